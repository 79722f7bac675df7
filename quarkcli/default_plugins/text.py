"""Small text helpers shared by the rule checkers: sentences, words, phrase lists, fenced blocks.

Rule plugins share code only through this module (and ``red_flags``), never by importing each other.
"""

from __future__ import annotations

import re

REGEX_LIST = {"type": "array", "items": {"type": "string", "format": "regex"}}  # a params-schema fragment
FENCED = re.compile(r"```(?:json|JSON)?\s*\n(.*?)```", re.DOTALL)  # a fenced (JSON) code block
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
WORD = re.compile(r"\w+(?:['’]\w+)*")
NEGATION = re.compile(
    r"\b(?:not|never|no|don['’]?t|do not|doesn['’]?t|does not|shouldn['’]?t|should not|won['’]?t|"
    r"cannot|can['’]?t|avoid|stop believing|without)\b",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def words(text: str) -> list[str]:
    return WORD.findall(text)


def compile_phrases(patterns: list[str]) -> re.Pattern:
    """One case-insensitive alternation of regex fragments, each bounded by words."""
    body = "|".join(f"(?:{p})" for p in patterns) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def negated(text: str, start: int, window: int = 40) -> bool:
    """True when a negation word sits shortly before ``start`` in the same clause."""
    before = re.split(r"[.;!?,:]", text[max(0, start - window):start])[-1]
    return bool(NEGATION.search(before))


def snippet(text: str, start: int, end: int, width: int = 30) -> str:
    left, right = max(0, start - width), min(len(text), end + width)
    return ("…" if left else "") + text[left:right].replace("\n", " ") + ("…" if right < len(text) else "")
