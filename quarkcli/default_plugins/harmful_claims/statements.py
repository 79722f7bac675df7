"""The statements a response asserts, read with the rules' framings: what a reader by meaning (the semantic
layer) may judge as advice. A sentence that negates, warns, points to a clinician, asks, refutes or is
refuted right after it, reports a claim ("some people say …": it mostly sets up a debunking the rules may
not know how to read), or quotes one in a response that refutes one, is left out whatever it means: a semantic fail on a debunking is worse than a miss, and the rules read those framings already.
"""

from __future__ import annotations

import re

from ...data import load_data
from .framing import CONTRAST, NEGATION, QUOTED, SENTENCE_END, is_question, negates
from .grammar import Grammar

# Words of a warning or of the harm itself ("stopping it suddenly can trigger seizures"), of emergency care, and
# of a clinician involved: a sentence with one is a warning, an escalation or supervised advice far more often
# than a claim (and the rules read the claims that name them: "instead of the ER", "no need for the doctor").
GUARDED = re.compile(
    r"(?<!\w)(?:dangerous|unsafe|not safe|risky|risks?|harmful|fatal|deadly|life-threatening|poisonous|"
    r"withdrawal|seizures?|strokes?|clots?|ketoacidosis|dka|relapse|rebound|overdose|botulism|damag\w*|destroy\w*|"
    r"myths?|evidence|emergency|er|a&e|911|999|112|ambulance|hospital|urgent\w*|urgencias|urgences|notaufnahme|"
    r"notarzt|pronto-socorro|"
    r"studies|research|doctors?|physicians?|clinicians?|prescriber|gp|pharmacists?|nurse|specialist|"
    r"neurologist|psychiatrist|cardiologist|oncologist|endocrinologist|care team|medical (?:advice|supervision)|"
    r"peligros\w*|riesgos?|m[eé]dic[oa]s?|farmac[eé]utic[oa]|dangereu\w*|risques?|médecin|pharmacien|"
    r"gefährlich|risiko|arzt|ärztin|apotheke\w*|perigos\w*|riscos?|mito|mythe|mythos)(?!\w)"
    r"|危险|风险|医生|医师|药师|谣言", re.IGNORECASE)
WORD = re.compile(r"\w+")
CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_WORDS = 4  # headings and "Sure!" carry no advice; a CJK character counts half a word


def asserted_statements(response: str, max_statements: int, max_chars: int, language: str | None = None) -> list[str]:
    """The response's sentences that assert something, in order: at most ``max_statements`` of them, each cut
    to ``max_chars`` characters, so a degenerate response costs no more to embed than a long answer.
    ``language`` is the response's, where known (it tells Portuguese "no" from a negation)."""
    grammar = _grammar()
    ends = [m.start() for m in SENTENCE_END.finditer(response)]
    refutes = _any(grammar.refutation, response) or bool(CONTRAST.search(response))
    found = []
    for i in range(len(ends) + 1):
        lo, hi = (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(response))
        sentence = response[lo:hi].strip(" \t\n-*•#>_")
        if _words(sentence) < MIN_WORDS:
            continue
        following = response[hi:ends[i + 1] if i + 1 < len(ends) else len(response)]
        if is_question(sentence, following) or _negated(sentence, language) or GUARDED.search(sentence) \
                or _any(grammar.refutation, sentence) or grammar.rebutted(response, ends, lo) \
                or _any(grammar.reported, sentence) or (refutes and QUOTED.search(sentence)):
            continue
        found.append(sentence[:max_chars])
        if len(found) == max_statements:
            break
    return found


def _negated(sentence: str, language: str | None) -> bool:
    return negates(NEGATION, sentence, language == "pt")


def _grammar() -> Grammar:
    return Grammar.shared(frozenset(r["id"] for r in load_data("harmful_claims.yaml")["rules"]))


def _any(patterns: list, text: str) -> bool:
    return any(p is not None and p.search(text) for p in patterns)


def _words(text: str) -> float:
    return len(WORD.findall(CJK.sub("", text))) + len(CJK.findall(text)) / 2
