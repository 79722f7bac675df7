"""Typo tolerance for the lexicon checks: words one edit away from a lexicon word are read as that word.

Users type "chest presure" and "sucidal"; a regex lexicon misses both. Rather than loosening every
pattern, the text is corrected first: each word of at least ``MIN_LENGTH`` letters that is not itself a
lexicon word, and is one insertion, deletion, substitution or transposition away from exactly one
lexicon word with the same first letter, is replaced by it. The same first letter keeps ordinary words
apart ("paint" is not "faint"), and the length floor keeps short words, where one edit changes the
meaning, out of it.
"""

from __future__ import annotations

import re

MIN_LENGTH = 5
CACHE_SIZE = 65536
WORD = re.compile(r"[^\W\d_]+")
LITERAL = re.compile(r"(?<![\\(?])[^\W\d_]{%d,}" % MIN_LENGTH)


def literal_words(patterns: list[str]) -> set[str]:
    """The plain words of at least MIN_LENGTH letters written in regex fragments ("chest (?:pressure|pain)"
    gives "chest" and "pressure"); a stem before a group ("sweat(?:ing)") counts as a word too."""
    return {w.lower() for p in patterns for w in LITERAL.findall(p)}


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Damerau distance exactly 1 (a transposition counts as one edit)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                   and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class TypoCorrector:
    """Corrects words one edit away from a vocabulary (symmetric-delete index: lookups cost one set
    probe per letter of the word, whatever the vocabulary's size)."""

    def __init__(self, vocabulary: set[str], real_words: set[str] = frozenset()):
        self.vocabulary = {w.lower() for w in vocabulary if len(w) >= MIN_LENGTH}
        self.real_words = {w.lower() for w in real_words}  # words of the language: never typos
        # one edit changes a word's length by one at most: a longer word (a run of CJK characters, which has no
        # spaces, or degenerate text) is no typo of any, and its deletes would cost its length squared
        self.longest = max(map(len, self.vocabulary), default=0)
        self.index: dict[str, set[str]] = {}
        for word in self.vocabulary:
            for key in _deletes(word) | {word}:
                self.index.setdefault(key, set()).add(word)
        self._known: dict[str, str | None] = {}  # words repeat across prompts: look each up once

    def candidate(self, word: str) -> str | None:
        low = word.lower()
        if not MIN_LENGTH <= len(low) <= self.longest + 1 or low in self.vocabulary or low in self.real_words:
            return None
        if low not in self._known:
            if len(self._known) >= CACHE_SIZE:
                self._known.clear()
            self._known[low] = self._lookup(low)
        return self._known[low]

    def _lookup(self, low: str) -> str | None:
        found = set()
        for key in _deletes(low) | {low}:
            found |= self.index.get(key, set())
        found = {w for w in found if w[0] == low[0] and _one_edit(low, w)}
        return found.pop() if len(found) == 1 else None

    def correct(self, text: str) -> str:
        """The text with each correctable word replaced; unchanged (the same object) when none is."""
        changed = False
        parts, last = [], 0
        for m in WORD.finditer(text):
            fix = self.candidate(m.group(0))
            if fix is not None:
                parts += [text[last:m.start()], fix]
                last, changed = m.end(), True
        if not changed:
            return text
        return "".join(parts) + text[last:]
