"""Fundamental quality checks: degenerate text, language match (implemented in language.py), length bounds."""

from __future__ import annotations

import re
from collections import Counter

from .. import hookimpl
from ..dimensions import Dimension, DimensionType, Record, Score
from .text import words

DANGLING = re.compile(r"\b(?:the|a|an|and|or|but|of|to|with|for|in|on|at|by|because|if|your|is|are)\s*$", re.IGNORECASE)
TERMINAL = set(".!?)]}\"'”’*`_。！？")
CJK_OR_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\s\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


@hookimpl
def quark_register_dimensions(register):
    register(
        DimensionType(
            name="repetition",
            implementation=Repetition,
            category="fundamental",
            description="No degenerate output: repeated n-grams, looping lines or a truncated ending.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "ngram": {"type": "integer", "minimum": 1, "maximum": 10, "default": 4},
                    "max_repeated_fraction": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.3},
                    "max_line_repeats": {"type": "integer", "minimum": 1, "default": 2},
                    "check_truncation": {"type": "boolean", "default": True},
                },
            },
        )
    )
    register(
        DimensionType(
            name="language_match",
            implementation="quarkcli.default_plugins.language:LanguageMatch",
            category="fundamental",
            description="The response is in the prompt's language (or one the prompt asks for), sentence by "
                        "sentence, by an offline language detector (lingua).",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "languages": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]{2}$"},
                                  "minItems": 2, "description": "ISO 639-1 codes the detector chooses among "
                                  "(default: the 13 in quarkcli/data/languages.yaml)."},
                    "min_letters": {"type": "integer", "minimum": 1, "default": 10,
                                    "description": "Shorter texts are not judged: a prompt is left unscored, a "
                                                   "response passes, a sentence is read with the rest "
                                                   "(a CJK character counts as three letters)."},
                    "min_confidence": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.5,
                                       "description": "A text the detector is less sure of is not judged."},
                    "max_foreign_share": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.2,
                                          "description": "Largest share of the response (by letters) in other "
                                                         "languages, e.g. a second language inside the answer."},
                    "low_accuracy": {"type": "boolean", "default": False,
                                     "description": "lingua's low-accuracy mode: faster, worse on short text."},
                },
            },
        )
    )
    register(
        DimensionType(
            name="length",
            implementation=Length,
            category="format",
            description="Word or character count within bounds; the score decays with the distance outside them.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "minProperties": 1,
                "properties": {
                    "min_words": {"type": "integer", "minimum": 0},
                    "max_words": {"type": "integer", "minimum": 1},
                    "min_chars": {"type": "integer", "minimum": 0},
                    "max_chars": {"type": "integer", "minimum": 1},
                },
            },
        )
    )


class Repetition(Dimension):
    def score(self, record: Record) -> Score:
        text = record.response
        tokens = list(map(str.lower, words(text)))
        n = self.params["ngram"]
        evidence, raw = [], 1.0
        # n-grams built in C (zip of shifted lists): one Python tuple per token, no slicing per position
        grams = list(zip(*(tokens[i:] for i in range(n))))
        if grams:
            counts = Counter(grams)
            repeated = sum(c - 1 for c in counts.values() if c > 1) / len(grams)
            raw = 1.0 - repeated
            if repeated > self.params["max_repeated_fraction"]:
                top, times = counts.most_common(1)[0]
                evidence.append(f"{repeated:.0%} of {n}-grams are repeats; {' '.join(top)!r} occurs {times} times")
        lines = Counter(line.strip() for line in text.splitlines() if len(line.strip()) > 3)
        looping = [(line, c) for line, c in lines.items() if c > self.params["max_line_repeats"]]
        if looping:
            line, c = max(looping, key=lambda item: item[1])
            evidence.append(f"line repeated {c} times: {line[:60]!r}")
        if self.params["check_truncation"] and _truncated(text):
            evidence.append(f"response looks cut off: ends with {text.rstrip()[-40:]!r}")
        if not evidence:
            return Score(raw=raw, passed=True, evidence=["no degenerate repetition or truncation"])
        if looping or any("cut off" in e for e in evidence):
            raw *= 0.5
        return Score(raw=raw, passed=False, evidence=evidence)


def _truncated(text: str) -> bool:
    stripped = text.rstrip()
    if not stripped:
        return True
    if stripped.count("```") % 2:
        return True
    # DANGLING is anchored at the end and its longest word is 7 letters: its search on the last 40 characters
    # is the same as on a whole unbroken line, which would try every position of it
    last = stripped.splitlines()[-1].strip()
    tail = last[-40:]
    if re.match(r"^(?:[-*•]|\d+[.)])\s", last):
        return bool(DANGLING.search(tail))
    if stripped[-1] in ",:;-(" or DANGLING.search(tail):
        return True
    prose = not re.match(r"^(?:#|\||>)", last)
    return prose and stripped[-1] not in TERMINAL and len(last.split()) >= 4


def count_words(text: str) -> int:
    """Whitespace-separated words, counting each Chinese or Japanese character as one."""
    return len(CJK_OR_WORD.findall(text))


class Length(Dimension):
    def score(self, record: Record) -> Score:
        counts = {"words": count_words(record.response), "chars": len(record.response)}
        raw, evidence = 1.0, []
        for unit, n in counts.items():
            low, high = self.params.get(f"min_{unit}"), self.params.get(f"max_{unit}")
            if low is not None and n < low:
                raw = min(raw, n / low if low else 1.0)
                evidence.append(f"{n} {unit}, below the minimum {low}")
            if high is not None and n > high:
                raw = min(raw, high / n)
                evidence.append(f"{n} {unit}, above the maximum {high}")
        if evidence:
            return Score(raw=raw, passed=False, evidence=evidence)
        return Score(raw=1.0, passed=True, evidence=[f"{counts['words']} words, {counts['chars']} characters: within bounds"])
