"""Generic in-house rules: include/exclude keyword lists and regular expressions."""

from __future__ import annotations

import re

from .. import hookimpl
from ..dimensions import Dimension, DimensionType, Record, Score
from ..patterns import compile_linear
from .text import REGEX_LIST

FIELD = {"enum": ["response", "prompt"], "default": "response"}
WORD_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}


@hookimpl
def quark_register_dimensions(register):
    register(
        DimensionType(
            name="keyword",
            implementation=Keyword,
            category="any",
            description="Include and exclude word lists, for in-house lexicons.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "anyOf": [{"required": ["include"]}, {"required": ["exclude"]}],
                "properties": {
                    "include": WORD_LIST,
                    "include_mode": {"enum": ["any", "all"], "default": "any"},
                    "exclude": WORD_LIST,
                    "case_sensitive": {"type": "boolean", "default": False},
                    "field": FIELD,
                },
            },
        )
    )
    register(
        DimensionType(
            name="regex",
            implementation=Regex,
            category="any",
            description="Patterns the text must match and patterns it must not match.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "anyOf": [{"required": ["must_match"]}, {"required": ["must_not_match"]}],
                "properties": {
                    "must_match": REGEX_LIST,
                    "must_not_match": REGEX_LIST,
                    "ignore_case": {"type": "boolean", "default": True},
                    "field": FIELD,
                },
            },
        )
    )


def _text(record: Record, field: str) -> str:
    return record.prompt_text if field == "prompt" else record.response


class Keyword(Dimension):
    """Each word is a regex bounded by non-word characters; a plain substring test rules most texts out first
    (exactly: a case-sensitive word must occur as written, and a case-insensitive ASCII word, in ASCII text, as
    written in lower case)."""

    def __init__(self, params: dict):
        super().__init__(params)
        self.case_sensitive = params["case_sensitive"]
        flags = 0 if self.case_sensitive else re.IGNORECASE
        self.include = [self._word(w, flags) for w in params.get("include", [])]
        self.exclude = [self._word(w, flags) for w in params.get("exclude", [])]

    def _word(self, word: str, flags: int) -> tuple[str, re.Pattern, str | None]:
        needle = word if self.case_sensitive else word.lower() if word.isascii() else None
        return word, re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", flags), needle

    def score(self, record: Record) -> Score:
        text = _text(record, self.params["field"])
        haystack = text if self.case_sensitive else text.lower() if text.isascii() else None

        def found(pattern: re.Pattern, needle: str | None) -> bool:
            return (needle is None or haystack is None or needle in haystack) and bool(pattern.search(text))

        evidence = []
        if self.include:
            missing = [w for w, p, needle in self.include if not found(p, needle)]
            need_all = self.params["include_mode"] == "all"
            if (need_all and missing) or (not need_all and len(missing) == len(self.include)):
                evidence.append(("missing: " if need_all else "none of: ") + ", ".join(repr(w) for w in missing))
        evidence += [f"excluded word present: {w!r}" for w, p, needle in self.exclude if found(p, needle)]
        if evidence:
            return Score.verdict(False, evidence)
        return Score.verdict(True, ["keyword rules met"])


class Regex(Dimension):
    def __init__(self, params: dict):
        super().__init__(params)
        self.must = [(p, compile_linear(p, params["ignore_case"])) for p in params.get("must_match", [])]
        self.must_not = [(p, compile_linear(p, params["ignore_case"])) for p in params.get("must_not_match", [])]

    def score(self, record: Record) -> Score:
        text = _text(record, self.params["field"])
        evidence = [f"no match for required pattern {p!r}" for p, rx in self.must if not rx.search(text)]
        for p, rx in self.must_not:
            found = rx.search(text)
            if found:
                evidence.append(f"forbidden pattern {p!r} matched {found.group(0)[:60]!r}")
        if evidence:
            return Score.verdict(False, evidence)
        return Score.verdict(True, ["pattern rules met"])
