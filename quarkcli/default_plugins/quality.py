"""Fundamental quality checks: degenerate text, language match, length bounds."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .. import hookimpl
from ..dimensions import Dimension, DimensionType, Record, Score
from ..data import load_data
from .text import words

DANGLING = re.compile(r"\b(?:the|a|an|and|or|but|of|to|with|for|in|on|at|by|because|if|your|is|are)\s*$", re.IGNORECASE)
TERMINAL = set(".!?)]}\"'”’*`_。！？")
CJK_OR_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\s\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")
SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "DEVANAGARI", "THAI", "HANGUL", "HIRAGANA", "KATAKANA", "CJK")


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
            implementation=LanguageMatch,
            category="fundamental",
            description="The response is in the language (script) of the prompt.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "min_letters": {"type": "integer", "minimum": 1, "default": 5},
                    "latin_languages": {"type": "boolean", "default": True},
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


@lru_cache(maxsize=65536)
def script_of(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return next((s for s in SCRIPTS if name.startswith(s)), "OTHER")


def scripts(text: str) -> Counter:
    """Letters per Unicode script; distinct characters are classified once."""
    counts: Counter = Counter()
    for ch, n in Counter(text).items():
        script = script_of(ch)
        if script:
            counts[script] += n
    if counts["HIRAGANA"] or counts["KATAKANA"]:
        counts["JAPANESE"] = counts.pop("HIRAGANA", 0) + counts.pop("KATAKANA", 0) + counts.pop("CJK", 0)
    return counts


def latin_language(text: str, vocab: dict[str, set[str]]) -> str | None:
    """The best-covered language by function words, when the signal is clear."""
    tokens = [w.lower() for w in words(text)]
    hits = {lang: sum(t in stop for t in tokens) for lang, stop in vocab.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= 3 and top >= 1.5 * second else None


class LanguageMatch(Dimension):
    def __init__(self, params: dict):
        super().__init__(params)
        self.vocab = {lang: set(ws) for lang, ws in load_data("languages.yaml").items()}

    def score(self, record: Record) -> Score:
        min_letters = self.params["min_letters"]
        asked, answered = scripts(record.prompt_text), scripts(record.response)
        if sum(asked.values()) < min_letters:
            return Score.unscored("prompt has too few letters to tell its language")
        if not answered:
            return Score.verdict(False, ["response contains no letters"])
        want, got = asked.most_common(1)[0][0], answered.most_common(1)[0][0]
        if want != got:
            return Score.verdict(False, [f"prompt is in {want.title()} script, response in {got.title()} script"])
        if want == "LATIN" and self.params["latin_languages"]:
            lang_q, lang_a = latin_language(record.prompt_text, self.vocab), latin_language(record.response, self.vocab)
            if lang_q and lang_a and lang_q != lang_a:
                return Score.verdict(False, [f"prompt reads as '{lang_q}', response as '{lang_a}'"])
        return Score.verdict(True, [f"both in {want.title()} script"])


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
