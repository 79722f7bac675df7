"""Verifiable format instructions in the style of IFEval's instruction families.

Constraints come from each record: either ``constraints: [{"id": ..., **kwargs}]``
or IFEval's own ``instruction_id_list`` + ``kwargs`` fields, so IFEval-style data
loads unchanged. Everything is checked with plain string rules, fully offline.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Callable

from .. import hookimpl
from ..dimensions import Dimension, DimensionType, Record, Score
from .language import Identifier, LanguageCodeError, default_languages

def _compare(count: int, relation: str, n: int) -> bool:
    return count < n if relation == "less than" else count >= n


# IFEval's reference checker (google-research instruction_following_eval) is the semantics matched here; the
# places where Quark differs on purpose, or approximates a tokenizer it does not ship, are in docs/dimensions.md.
REF_WORD = re.compile(r"\w+")  # the reference counts word-character runs: "don't" is two words
ABBREVIATION = re.compile(r"(?:\b(?:mr|mrs|ms|dr|prof|st|vs|etc|e\.g|i\.e|inc|ltd|jr|sr|co|no|fig|approx)|\b[a-z])\.$",
                          re.IGNORECASE)
SENTENCE_STOP = re.compile(r"[.!?]+[\"')\]’”]*(?=\s|$)")


def count_sentences(text: str) -> int:
    """Sentences as the reference's punkt tokenizer counts them, approximately: a stop (. ! ?) followed by a space
    ends one, not a line break alone, an abbreviation (Dr., e.g.), an initial or a decimal point."""
    count, start = 0, 0
    for m in SENTENCE_STOP.finditer(text):
        if m.group(0)[0] == "." and ABBREVIATION.search(text[max(start, m.start() - 6):m.start() + 1]):
            continue
        if text[start:m.end()].strip():
            count += 1
        start = m.end()
    return count + bool(text[start:].strip())


def keywords_existence(text, keywords):
    missing = [k for k in keywords if not re.search(re.escape(k), text, re.IGNORECASE)]
    return not missing, f"missing keywords: {missing}" if missing else "all keywords present"


def keywords_forbidden(text, forbidden_words):
    found = [w for w in forbidden_words if re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)]
    return not found, f"forbidden words used: {found}" if found else "no forbidden words"


def keywords_frequency(text, keyword, frequency, relation):
    count = len(re.findall(re.escape(keyword.strip()), text, re.IGNORECASE))
    return _compare(count, relation, frequency), f"{keyword!r} appears {count} times ({relation} {frequency} required)"


def letter_frequency(text, letter, let_frequency, let_relation):
    count = text.lower().count(letter.lower())
    return _compare(count, let_relation, let_frequency), f"letter {letter!r} appears {count} times ({let_relation} {let_frequency} required)"


def number_words(text, num_words, relation):
    count = len(REF_WORD.findall(text))
    return _compare(count, relation, num_words), f"{count} words ({relation} {num_words} required)"


def number_sentences(text, num_sentences, relation):
    count = count_sentences(text)
    return _compare(count, relation, num_sentences), f"{count} sentences ({relation} {num_sentences} required)"


def number_paragraphs(text, num_paragraphs):
    parts = re.split(r"\s?\*\*\*\s?", text)
    if any(not p.strip() for p in parts[1:-1]):
        return False, "an empty paragraph between two *** dividers"
    count = sum(1 for p in parts if p.strip())
    return count == num_paragraphs, f"{count} paragraphs separated by *** ({num_paragraphs} required)"


def nth_paragraph_first_word(text, num_paragraphs, nth_paragraph, first_word):
    paras = text.split("\n\n")
    count = sum(1 for p in paras if p.strip())
    if nth_paragraph > count or not paras[nth_paragraph - 1].strip():
        return False, f"{count} paragraphs, no paragraph {nth_paragraph}"
    token = paras[nth_paragraph - 1].split()[0].lstrip("'").lstrip('"')
    got = re.split(r"[.,?!'\"]", token, maxsplit=1)[0].lower()  # the word ends at the first punctuation mark
    ok = count == num_paragraphs and got == first_word.lower()
    return ok, f"{count} paragraphs ({num_paragraphs} required); paragraph {nth_paragraph} starts with {got!r} ({first_word!r} required)"


def number_bullet_lists(text, num_bullets):
    count = len(re.findall(r"^\s*\*[^*].*$", text, re.MULTILINE)) + len(re.findall(r"^\s*-.*$", text, re.MULTILINE))
    return count == num_bullets, f"{count} bullet points ({num_bullets} required)"


def number_highlighted_sections(text, num_highlights):
    single = [h for h in re.findall(r"\*[^\n*]*\*", text) if h.strip("*").strip()]
    double = [h for h in re.findall(r"\*\*[^\n*]*\*\*", text) if h[2:-2].strip()]
    count = len(single) + len(double)
    return count >= num_highlights, f"{count} highlighted sections (at least {num_highlights} required)"


def multiple_sections(text, section_spliter, num_sections):
    count = len(re.split(rf"\s?{re.escape(section_spliter.strip())}\s?\d+\s?", text)) - 1
    return count >= num_sections, f"{count} '{section_spliter} N' sections (at least {num_sections} required)"


def title(text):
    found = [t for t in re.findall(r"<<[^\n]+>>", text) if t.lstrip("<").rstrip(">").strip()]
    return bool(found), f"title {found[0]!r}" if found else "no <<title>> found"


def json_format(text):
    body = text.strip()
    for prefix in ("```json", "```Json", "```JSON", "```"):
        body = body.removeprefix(prefix)
    body = body.removesuffix("```").strip()
    try:
        json.loads(body)
        return True, "response is JSON"
    except json.JSONDecodeError as exc:
        return False, f"not valid JSON ({exc.msg})"


def constrained_response(text):
    options = ("My answer is yes.", "My answer is no.", "My answer is maybe.")
    ok = any(o in text for o in options)
    return ok, "uses one of the fixed answers" if ok else "none of the fixed answers used"


def postscript(text, postscript_marker):
    marker = postscript_marker.strip()
    pattern = {"P.P.S": r"\s*p\.\s?p\.\s?s.*$", "P.S.": r"\s*p\.\s?s\..*$"}.get(marker, rf"\s*{re.escape(marker.lower())}.*$")
    found = re.search(pattern, text.lower(), re.MULTILINE)
    return bool(found), f"postscript {postscript_marker!r} " + ("found" if found else "missing")


def number_placeholders(text, num_placeholders):
    count = len(re.findall(r"\[.*?\]", text))
    return count >= num_placeholders, f"{count} [placeholders] (at least {num_placeholders} required)"


def quotation(text):
    stripped = text.strip()
    ok = len(stripped) > 1 and stripped[0] == '"' and stripped[-1] == '"'
    return ok, "wrapped in double quotes" if ok else "not wrapped in double quotes"


def end_checker(text, end_phrase):
    ok = text.strip().strip('"').lower().endswith(end_phrase.strip().lower())
    return ok, f"ends with {end_phrase!r}" if ok else f"does not end with {end_phrase!r}"


# IFEval languages lingua has no model for, told by their own script
SCRIPT_ONLY = {"kn": ("\u0c80", "\u0cff"), "ml": ("\u0d00", "\u0d7f")}
# Treebank-style tokens, as the reference's nltk.word_tokenize: contractions split off ("DON'T" is DO + N'T)
CAPITAL_TOKEN = re.compile(r"\w+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ll|ve|d|m)\b|\w+(?:[.\-]\w+)*\.?", re.IGNORECASE)


@lru_cache(maxsize=64)
def _identifier(code: str) -> Identifier:
    return Identifier(sorted(set(default_languages()) | {code}), min_letters=1)


def _language_is(text: str, code: str) -> tuple[bool, str]:
    """Whether the text reads as ``code``; a text the detector cannot tell counts as followed, as in the
    reference. Raises LanguageCodeError for a language neither lingua nor a script tells."""
    if code in SCRIPT_ONLY:
        low, high = SCRIPT_ONLY[code]
        letters = [ch for ch in text if ch.isalpha()]
        ok = bool(letters) and sum(low <= ch <= high for ch in letters) * 2 > len(letters)
        return ok, f"{'mostly' if ok else 'not mostly'} in the script of '{code}'"
    found = _identifier(code).identify(text.lower())
    if found is None:
        return True, "language not identifiable, counted as followed"
    return found == code, f"reads as '{found}'"


def response_language(text, language):
    ok, why = _language_is(text, language)
    return ok, f"{why} ('{language}' required)"


def english_lowercase(text):
    if not text.islower():
        return False, "contains capital letters (or no letters)"
    ok, why = _language_is(text, "en")
    return ok, f"all lowercase; {why}"


def english_capital(text):
    if not text.isupper():
        return False, "contains lowercase letters (or no letters)"
    ok, why = _language_is(text, "en")
    return ok, f"all capitals; {why}"


def capital_word_frequency(text, capital_frequency, capital_relation):
    count = len([w for w in CAPITAL_TOKEN.findall(text) if w.isupper()])
    return _compare(count, capital_relation, capital_frequency), f"{count} all-capital words ({capital_relation} {capital_frequency} required)"


def no_comma(text):
    count = text.count(",")
    return count == 0, "no commas" if not count else f"{count} commas"


def repeat_prompt(text, prompt_to_repeat):
    ok = text.strip().lower().startswith(prompt_to_repeat.strip().lower())
    return ok, "starts by repeating the request" if ok else "does not start by repeating the request"


def two_responses(text):
    parts = text.split("******")
    if any(not p.strip() for p in parts[1:-1]):
        return False, "an empty response between two ****** separators"
    answers = [p.strip() for p in parts if p.strip()]
    ok = len(answers) == 2 and answers[0] != answers[1]
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
    "language:response_language": response_language,
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


_warned: set[str] = set()


def warn_unknown(cid: str) -> None:
    """One stderr line per unknown instruction id and process: a typo in the data must not pass unnoticed."""
    if cid in _warned:
        return
    _warned.add(cid)
    from ..console import err_console

    err_console.print(f"warning: verifiable_instructions: unknown instruction id {cid!r}, not scored "
                      f"(known: {len(CHECKS)} IFEval ids)", markup=False, highlight=False)


class VerifiableInstructions(Dimension):
    """raw is the share of instructions followed (IFEval's instruction level; 1 or 0 with ``strict``), passed
    whether all are (its prompt level); ``details`` holds each instruction's verdict."""

    def score(self, record: Record) -> Score:
        constraints = record_constraints(record)
        if not constraints:
            return Score.not_applicable("record has no constraints")
        met, known, evidence, verdicts = 0, 0, [], []
        for constraint in constraints:
            cid = constraint.pop("id", None)
            check = CHECKS.get(cid)
            if check is None:
                warn_unknown(str(cid))
                evidence.append(f"{cid}: unknown instruction, not scored")
                verdicts.append({"id": cid, "followed": None, "why": "unknown instruction"})
                continue
            try:
                ok, why = check(record.response, **constraint)
            except LanguageCodeError as exc:
                evidence.append(f"{cid}: {exc}, not scored")
                verdicts.append({"id": cid, "followed": None, "why": str(exc)})
                continue
            except TypeError as exc:
                evidence.append(f"{cid}: bad arguments ({exc}), not scored")
                verdicts.append({"id": cid, "followed": None, "why": f"bad arguments ({exc})"})
                continue
            known += 1
            met += ok
            evidence.append(f"{cid}: {'met' if ok else 'NOT met'}: {why}")
            verdicts.append({"id": cid, "followed": bool(ok), "why": why})
        details = {"instructions": verdicts, "followed": met, "checked": known}
        if not known:
            return Score(raw=None, passed=None, evidence=evidence, details=details)
        fraction = met / known
        strict = self.params["strict"]
        return Score(raw=float(met == known) if strict else fraction, passed=met == known, evidence=evidence,
                     details=details)


def instruction_accuracy(details: list[dict | None]) -> dict:
    """IFEval's two accuracies over records' ``details``: prompt level (every instruction followed) and
    instruction level (instructions followed over instructions checked); unknown instructions count in neither."""
    scored = [d for d in details if d and d["checked"]]
    followed, checked = sum(d["followed"] for d in scored), sum(d["checked"] for d in scored)
    return {"prompts": len(scored),
            "prompt_level": sum(d["followed"] == d["checked"] for d in scored) / len(scored) if scored else None,
            "instructions": checked,
            "instruction_level": followed / checked if checked else None}
