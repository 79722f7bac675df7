"""Small text helpers shared by the rule checkers: sentences, words, phrase lists, fenced blocks.

Rule plugins share code only through this module (and ``red_flags``, ``fuzzy``), never by importing each other.
"""

from __future__ import annotations

import re

from ..patterns import (RE2_READS_DIFFERENTLY, UNSURE, compile_linear_words, may_match, prefilter,
                        wide_reading)
from ..regex_store import compile_stored

REGEX_LIST = {"type": "array", "items": {"type": "string", "format": "regex"}}  # a params-schema fragment
FENCED = re.compile(r"```(?:json|JSON)?\s*\n(.*?)```", re.DOTALL)  # a fenced (JSON) code block
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
WORD = re.compile(r"\w+(?:['’]\w+)*")
NEGATION = re.compile(
    r"\b(?:not|never|no|don['’]?t|do not|doesn['’]?t|does not|shouldn['’]?t|should not|won['’]?t|"
    r"cannot|can['’]?t|avoid|stop believing|without"
    r"|nunca|não|nao|sin|sem|ne|jamais|nicht|kein\w*|niemals|evite|évitez|vermeiden)\b|\bn['’]|不要|别|不用|不能|切勿",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def words(text: str) -> list[str]:
    return WORD.findall(text)


def compile_phrases(patterns: list[str], superset=None, wide: bool = True) -> "re.Pattern | Gated":
    r"""One case-insensitive alternation of regex fragments, each bounded by words, behind an RE2 prefilter of
    the same fragments where RE2 can read them (``Gated``, which answers like the re.Pattern).

    Every built-in fragment starts with a word character, so ``(?=\w)`` lets a position in a run of
    punctuation or spaces fail before the whole alternation is tried there.

    ``superset``: an RE2 pattern, compiled already, that matches wherever the fragments do (the harmful-claims
    gate's reading of them), taken as the prefilter instead of compiling another one (about 1.6 ms each) where
    nothing in them is read differently by the two engines.

    ``wide``: False where the caller searches only texts in which an RE2 reading of the fragments has already
    matched (the harmful-claims gate and ``Prechecked``): text beyond ASCII then goes to ``re`` without compiling
    a wide reading (``Gated.wide``) that could only say "may match" again.
    """
    body = "|".join(f"(?:{p})" for p in patterns) or r"(?!x)x"
    source = rf"(?<!\w)(?=\w)(?:{body})(?!\w)"
    alike = superset is not None and not any(marker in p for p in patterns for marker in RE2_READS_DIFFERENTLY)
    gate = superset if alike else prefilter(patterns)
    return Gated(source, gate, wide) if gate is not None else re.compile(source, re.IGNORECASE)


class Gated:
    """A lexicon pattern (on ``re``) searched only where its RE2 prefilter finds one of its fragments.

    Most texts contain none of a lexicon's phrases: RE2 says so in one linear pass over the bytes, where ``re``
    tries the whole alternation at every word (tens of times slower for the long lexicons). The answers are
    those of the pattern itself; anything other than ``search``, ``finditer`` and ``findall`` goes to it ungated.

    The ``re`` pattern (case-insensitive) is compiled when it is first needed: most lexicons' prefilters find
    nothing in a whole run (141 of the medical spec's 183 over 3,000 benchmark records), and compiling every
    pattern up front was a fifth of the CPU that building a Scorer took, paid by every run and reward call. A
    large one is read from the compiled-pattern store (``regex_store``) where an earlier process compiled it.
    """

    __slots__ = ("pattern", "gate", "_regex", "_wide")

    def __init__(self, pattern: str, gate, wide: bool = True):
        self.pattern = pattern
        self.gate = gate
        self._regex = None
        self._wide = False if wide else None  # False: not read yet; None: none (RE2 cannot, or not wanted)

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = compile_stored(self.pattern, re.IGNORECASE)
        return self._regex

    @property
    def wide(self):
        """The prefilter for text beyond ASCII (``wide_reading``), compiled at the first such text: two responses
        in three of the labeled cases hold an accent, a curly quote or a Chinese character, and without it each
        met the whole alternation on ``re`` (issue 17: a third of no_over_escalation's CPU on varied text)."""
        if self._wide is False:
            self._wide = wide_reading(self.pattern)
        return self._wide

    def may_match(self, text: str) -> bool:
        return may_match(self.gate, text, None if text.isascii() else self.wide)  # ASCII: compile no wide reading

    def search(self, text: str, *span):
        return self.regex.search(text, *span) if self.may_match(text) else None

    def finditer(self, text: str, *span):
        return self.regex.finditer(text, *span) if self.may_match(text) else iter(())

    def findall(self, text: str, *span):
        return self.regex.findall(text, *span) if self.may_match(text) else []

    def __getattr__(self, name: str):
        return getattr(self.regex, name)  # ``flags``, ``match``, ``sub``…: as the re.Pattern has them


class Phrases:
    """Built-in lexicon fragments (on ``re``, reviewed for linear matching) together with fragments a spec adds
    (on RE2, so that a user's pattern can never backtrack); searched as one set."""

    def __init__(self, builtin: list[str], extra: list[str] | None = None):
        self.builtin = compile_phrases(builtin)
        self.extra = compile_linear_words(extra) if extra else None

    def finditer(self, text: str) -> list:
        found = list(self.builtin.finditer(text))
        if self.extra is not None:
            found = sorted(found + list(self.extra.finditer(text)), key=lambda m: m.start())
        return found

    def search(self, text: str):
        first = self.builtin.search(text)
        other = self.extra.search(text) if self.extra is not None else None
        if first is None or (other is not None and other.start() < first.start()):
            return other
        return first


def clause_before(text: str, start: int, window: int = 40) -> str:
    """The words shortly before ``start`` in the same clause: where a negation of what starts there would stand."""
    return re.split(r"[.;!?,:]", text[max(0, start - window):start])[-1]


def negated(text: str, start: int, window: int = 40) -> bool:
    """True when a negation word sits shortly before ``start`` in the same clause."""
    return bool(NEGATION.search(clause_before(text, start, window)))


def snippet(text: str, start: int, end: int, width: int = 30) -> str:
    left, right = max(0, start - width), min(len(text), end + width)
    return ("…" if left else "") + text[left:right].replace("\n", " ") + ("…" if right < len(text) else "")


def unbounded(patterns: list[str]) -> "re.Pattern | Screened | None":
    """Phrases in scripts without spaces between words (Chinese), matched anywhere; None for none. Behind an RE2
    reading of them (``Screened``) where RE2 reads them alike."""
    if not patterns:
        return None
    source = "|".join(patterns)
    regex = re.compile(source, re.IGNORECASE)
    screen = wide_reading(source)
    return regex if screen is None else Screened(regex, screen)


class Screened:
    """An unbounded phrase list (on ``re``) searched only where its RE2 reading (a superset: classes widened to
    every script, ``re2_superset``) matches. These lists are searched in every response that is not ASCII, most
    of them Latin-script text with an accent, where ``re`` tries the whole alternation at every character:
    0.1 to 0.15 ms a search, against 5 µs for RE2 (issue 17: a seventh of the refusal check's CPU on varied
    text). Anything other than ``search``, ``finditer`` and ``findall`` goes to the pattern itself."""

    __slots__ = ("regex", "screen")

    def __init__(self, regex: re.Pattern, screen):
        self.regex, self.screen = regex, screen

    def may_match(self, text: str) -> bool:
        """False only where the list cannot match: a character the engines fold or class differently (``UNSURE``:
        "ı", a separator only ``re``'s \\s takes) lets the text through."""
        return UNSURE.search(text) is not None or self.screen.search(text) is not None

    def search(self, text: str, *span):
        return self.regex.search(text, *span) if self.may_match(text) else None

    def finditer(self, text: str, *span):
        return self.regex.finditer(text, *span) if self.may_match(text) else iter(())

    def findall(self, text: str, *span):
        return self.regex.findall(text, *span) if self.may_match(text) else []

    def __getattr__(self, name: str):
        return getattr(self.regex, name)


def either(bounded: re.Pattern | Gated | Phrases, patterns: list[str]) -> list:
    """Word-bounded phrases plus unbounded ones, as one list for ``search_any``."""
    return [bounded] + ([unbounded(patterns)] if patterns else [])


def search_any(patterns: list, text: str) -> re.Match | None:
    """The first match of the first pattern in the list that matches (None entries stand for no pattern)."""
    return next((m for p in patterns if p is not None and (m := p.search(text))), None)
