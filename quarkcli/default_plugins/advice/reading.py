"""How the advice grammar reads a response (grammar.py, pointers.py, chinese.py): lower-case
words and punctuation, read once, and tables of phrases looked up by their first word."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Punctuation becomes a word of its own, line breaks end a sentence, quotes and brackets are dropped:
# a few str.replace calls and str.split read a response several times faster than a regular expression.
SPACED = [(c, f" {c} ") for c in ".,;:!?*"] + [("\n", " . "), ("’", "'")] + [(c, " ") for c in "\"()/"]
SPACED_WIDE = [(c, f" {c} ") for c in "•–—。！？；，“”"]
CLAUSE_PUNCT = frozenset(".!?;:,•*-–—。！？；，")
SENTENCE_PUNCT = frozenset(".!?;。！？；")
HAN = re.compile(r"[\u3400-\u9fff]")  # the Chinese patterns are only read in text with a Chinese character


@dataclass(frozen=True)
class Advice:
    kind: str  # "treatment", "self-care" or "caution" (the last two are advice only beside a pointer)
    words: str  # the directive and the start of its clause, for evidence


def read(text: str) -> list[str]:
    """The text as lower-case words and punctuation."""
    text = text.lower()
    for old, new in SPACED if text.isascii() else SPACED + SPACED_WIDE:
        text = text.replace(old, new)
    return text.split()


def flat(value) -> list[str]:
    return [w for part in value for w in (part if isinstance(part, list) else [part])]


def phrases(words: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the phrases starting with it, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words:
        parts = tuple(phrase.lower().split())
        table.setdefault(parts[0], []).append(parts)
    for options in table.values():
        options.sort(key=len, reverse=True)
    return table


def phrase_at(table: dict, toks: list[str], i: int) -> int:
    """Length in words of the longest phrase of ``table`` at ``toks[i]``, 0 for none."""
    for parts in table.get(toks[i], ()):
        if len(parts) == 1 or tuple(toks[i:i + len(parts)]) == parts:
            return len(parts)
    return 0


def decimal_point(toks: list[str], j: int) -> bool:
    return 0 < j < len(toks) - 1 and toks[j] in ".," and toks[j - 1][-1].isdigit() and toks[j + 1][0].isdigit()
