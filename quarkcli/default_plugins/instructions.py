"""Verifiable format instructions in the style of IFEval's instruction families.

Constraints come from each record: either ``constraints: [{"id": ..., **kwargs}]``
or IFEval's own ``instruction_id_list`` + ``kwargs`` fields, so IFEval-style data
loads unchanged. Everything is checked with plain string rules, fully offline.
"""

from __future__ import annotations

import json
import re
from typing import Callable

from .. import hookimpl
from ..dimensions import Dimension, DimensionType, Record, Score
from .text import FENCED, sentences, words

def _compare(count: int, relation: str, n: int) -> bool:
    return count < n if relation == "less than" else count >= n


def _paragraphs(text: str, splitter: str = r"\s?\*\*\*\s?") -> list[str]:
    return [p for p in re.split(splitter, text) if p.strip()]


def keywords_existence(text, keywords):
    missing = [k for k in keywords if not re.search(re.escape(k), text, re.IGNORECASE)]
    return not missing, f"missing keywords: {missing}" if missing else "all keywords present"


def keywords_forbidden(text, forbidden_words):
    found = [w for w in forbidden_words if re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)]
    return not found, f"forbidden words used: {found}" if found else "no forbidden words"


def keywords_frequency(text, keyword, frequency, relation):
    count = len(re.findall(re.escape(keyword), text, re.IGNORECASE))
    return _compare(count, relation, frequency), f"{keyword!r} appears {count} times ({relation} {frequency} required)"


def letter_frequency(text, letter, let_frequency, let_relation):
    count = text.lower().count(letter.lower())
    return _compare(count, let_relation, let_frequency), f"letter {letter!r} appears {count} times ({let_relation} {let_frequency} required)"


def number_words(text, num_words, relation):
    count = len(words(text))
    return _compare(count, relation, num_words), f"{count} words ({relation} {num_words} required)"


def number_sentences(text, num_sentences, relation):
    count = len(sentences(text))
    return _compare(count, relation, num_sentences), f"{count} sentences ({relation} {num_sentences} required)"


def number_paragraphs(text, num_paragraphs):
    count = len(_paragraphs(text))
    return count == num_paragraphs, f"{count} paragraphs separated by *** ({num_paragraphs} required)"


def nth_paragraph_first_word(text, num_paragraphs, nth_paragraph, first_word):
    paras = _paragraphs(text, r"\n\s*\n")
    if len(paras) != num_paragraphs or nth_paragraph > len(paras):
        return False, f"{len(paras)} paragraphs ({num_paragraphs} required)"
    got = (words(paras[nth_paragraph - 1]) or [""])[0].lower()
    return got == first_word.lower(), f"paragraph {nth_paragraph} starts with {got!r} ({first_word!r} required)"


def number_bullet_lists(text, num_bullets):
    count = len(re.findall(r"^[^\S\n]*[*-]\s", text, re.MULTILINE))
    return count == num_bullets, f"{count} bullet points ({num_bullets} required)"


def number_highlighted_sections(text, num_highlights):
    count = len([h for h in re.findall(r"\*[^\n*]+\*", text) if h.strip("*").strip()])
    return count >= num_highlights, f"{count} highlighted sections (at least {num_highlights} required)"


def multiple_sections(text, section_spliter, num_sections):
    count = len(re.split(rf"\s?{re.escape(section_spliter)}\s?\d+\s?", text)) - 1
    return count >= num_sections, f"{count} '{section_spliter} N' sections (at least {num_sections} required)"


def title(text):
    found = re.search(r"<<[^\n]+>>", text)
    return bool(found), f"title {found.group(0)!r}" if found else "no <<title>> found"


def json_format(text):
    candidate = FENCED.findall(text)
    try:
        json.loads(candidate[0] if candidate else text.strip())
        return True, "response is JSON"
    except json.JSONDecodeError as exc:
        return False, f"not valid JSON ({exc.msg})"


def constrained_response(text):
    options = ("My answer is yes.", "My answer is no.", "My answer is maybe.")
    ok = any(o in text for o in options)
    return ok, "uses one of the fixed answers" if ok else "none of the fixed answers used"


def postscript(text, postscript_marker):
    found = re.search(re.escape(postscript_marker), text, re.IGNORECASE)
    return bool(found), f"postscript {postscript_marker!r} " + ("found" if found else "missing")


def number_placeholders(text, num_placeholders):
    count = len(re.findall(r"\[[^\]]*\]", text))
    return count >= num_placeholders, f"{count} [placeholders] (at least {num_placeholders} required)"


def quotation(text):
    stripped = text.strip()
    ok = len(stripped) > 1 and stripped[0] == '"' and stripped[-1] == '"'
    return ok, "wrapped in double quotes" if ok else "not wrapped in double quotes"


def end_checker(text, end_phrase):
    ok = text.strip().lower().endswith(end_phrase.strip().lower())
    return ok, f"ends with {end_phrase!r}" if ok else f"does not end with {end_phrase!r}"


def english_lowercase(text):
    ok = text == text.lower()
    return ok, "all lowercase" if ok else "contains capital letters"


def english_capital(text):
    ok = text == text.upper()
    return ok, "all capitals" if ok else "contains lowercase letters"


def capital_word_frequency(text, capital_frequency, capital_relation):
    count = len([w for w in words(text) if w.isupper()])
    return _compare(count, capital_relation, capital_frequency), f"{count} all-capital words ({capital_relation} {capital_frequency} required)"


def no_comma(text):
    count = text.count(",")
    return count == 0, "no commas" if not count else f"{count} commas"


def repeat_prompt(text, prompt_to_repeat):
    ok = text.strip().lower().startswith(prompt_to_repeat.strip().lower())
    return ok, "starts by repeating the request" if ok else "does not start by repeating the request"


def two_responses(text):
    parts = [p.strip() for p in text.split("******")]
    ok = len(parts) == 2 and all(parts) and parts[0] != parts[1]
    return ok, "two different responses separated by ******" if ok else "not two different responses separated by ******"


CHECKS: dict[str, Callable] = {
    "keywords:existence": keywords_existence,
    "keywords:forbidden_words": keywords_forbidden,
    "keywords:frequency": keywords_frequency,
    "keywords:letter_frequency": letter_frequency,
    "length_constraints:number_words": number_words,
    "length_constraints:number_sentences": number_sentences,
    "length_constraints:number_paragraphs": number_paragraphs,
    "length_constraints:nth_paragraph_first_word": nth_paragraph_first_word,
    "detectable_format:number_bullet_lists": number_bullet_lists,
    "detectable_format:number_highlighted_sections": number_highlighted_sections,
    "detectable_format:multiple_sections": multiple_sections,
    "detectable_format:title": title,
    "detectable_format:json_format": json_format,
    "detectable_format:constrained_response": constrained_response,
    "detectable_content:postscript": postscript,
    "detectable_content:number_placeholders": number_placeholders,
    "startend:quotation": quotation,
    "startend:end_checker": end_checker,
    "change_case:english_lowercase": english_lowercase,
    "change_case:english_capital": english_capital,
    "change_case:capital_word_frequency": capital_word_frequency,
    "punctuation:no_comma": no_comma,
    "combination:repeat_prompt": repeat_prompt,
    "combination:two_responses": two_responses,
}


@hookimpl
def quark_register_dimensions(register):
    register(
        DimensionType(
            name="verifiable_instructions",
            implementation=VerifiableInstructions,
            category="format",
            description="Per-record verifiable format constraints (IFEval instruction families), read from 'constraints'.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "strict": {"type": "boolean", "default": False,
                               "description": "Score 1 only when every constraint holds (else the fraction that holds)."},
                },
            },
        )
    )


def record_constraints(record: Record) -> list[dict]:
    if record.constraints:
        return [dict(c) for c in record.constraints]
    ids = record.extra.get("instruction_id_list") or []
    kwargs = record.extra.get("kwargs") or [{} for _ in ids]
    return [{"id": i, **{k: v for k, v in (kw or {}).items() if v is not None}} for i, kw in zip(ids, kwargs)]


class VerifiableInstructions(Dimension):
    def score(self, record: Record) -> Score:
        constraints = record_constraints(record)
        if not constraints:
            return Score.not_applicable("record has no constraints")
        met, known, evidence = 0, 0, []
        for constraint in constraints:
            cid = constraint.pop("id", None)
            check = CHECKS.get(cid)
            if check is None:
                evidence.append(f"{cid}: unknown instruction, not scored")
                continue
            try:
                ok, why = check(record.response, **constraint)
            except TypeError as exc:
                evidence.append(f"{cid}: bad arguments ({exc}), not scored")
                continue
            known += 1
            met += ok
            evidence.append(f"{cid}: {'met' if ok else 'NOT met'}: {why}")
        if not known:
            return Score(raw=None, passed=None, evidence=evidence)
        fraction = met / known
        strict = self.params["strict"]
        return Score(raw=float(met == known) if strict else fraction, passed=met == known, evidence=evidence)
