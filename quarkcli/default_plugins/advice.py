"""The grammar of individual treatment advice and of pointers to a clinician (quarkcli/data/advice.yaml).

Advice is a directive (an imperative at the start of a clause, "you should/can…", "I'd recommend…", or a
yes to "should I take…?") whose clause names a treatment; general information has no directive. A pointer
is a verb or frame that sends the person to a clinician; clinician words alone (keyword stuffing) are not
one. Used by the `disclaimer` check in compliance.py.
"""

from __future__ import annotations

import re
from ..data import load_data
from ..patterns import compile_linear_words, may_match, prefilter
from .text import NEGATION

CLAUSE_END = re.compile(r"[.;!?。；！？\n]|,\s*(?:but|however|pero|mais|aber|mas)\b|，但")
MEMO_SIZE = 4096
WINDOW = 90  # characters of the clause after a directive searched for its treatment
CLAUSE_START = r"(?:^|(?<=[.!?;:\n•*·(,–—-])\s*|(?<![\w])(?:and|then|just|so|also|or|simply|please|first|now|instead|otherwise|maybe|y|e|et|und|oder|puis|luego|depois|dann|bitte|por favor|s'il vous plaît|yes|sure|ok|okay)\s+)"


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _words(patterns: list[str]) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternation(patterns)})(?!\w)", re.IGNORECASE | re.MULTILINE)


class AdviceGrammar:
    """Finds individual treatment advice in a response, and pointers to a clinician in a sentence."""

    def __init__(self, extra_advice: list[str] | None = None, extra_pointer: list[str] | None = None):
        data = load_data("advice.yaml")
        maxima = load_data("drug_maxima.yaml")["drugs"].values()
        names = sorted({re.escape(n) for d in maxima for n in [*d.get("aliases", []), *(d.get("brands") or {})]},
                       key=len, reverse=True)
        drugs = _alternation(data["drugs"] + names)
        treatments = [t.replace("{drug}", drugs) for t in data["treatments"]]
        self.treatment = _words(treatments)
        self.treatment_unbounded = re.compile(_alternation(data["treatments_unbounded"]))
        self.pronoun = re.compile(rf"\s*(?:{_alternation(data['pronoun_objects'])})(?!\w)", re.IGNORECASE)
        imperative = re.compile(rf"{CLAUSE_START}(?:{_alternation(data['imperatives'])})(?!\w)",
                                re.IGNORECASE | re.MULTILINE)
        self.directives = [imperative, _words(data["modal_directives"])]
        # A spec's own patterns run on RE2 (quarkcli/patterns.py), so that they can never backtrack.
        self.extra_advice = compile_linear_words(extra_advice) if extra_advice else None
        self.extra_pointer = compile_linear_words(extra_pointer) if extra_pointer else None
        self.self_care = re.compile(rf"{CLAUSE_START}(?:{_alternation(data['self_care'])})(?!\w)|"
                                    rf"{_alternation(data['self_care_unbounded'])}", re.IGNORECASE | re.MULTILINE)
        self.directive_unbounded = re.compile(_alternation(data["directives_unbounded"]))
        # Most responses hold no directive at all: one RE2 pass over the English and Romance forms says so.
        self.gate = prefilter([_alternation(data["imperatives"]), *data["modal_directives"]])
        self.question = _words(data["question_about_treatment"])
        self.question_unbounded = re.compile(_alternation(data["question_about_treatment_unbounded"]))
        self.affirmation = re.compile(rf"\W*(?:{_alternation(data['affirmations'])})(?!\w)|\W*(?:"
                                      rf"{_alternation(data['affirmations_unbounded'])})", re.IGNORECASE)
        clinician = _alternation(data["clinicians"])
        pointers = [p.replace("{clinician}", f"(?:{clinician})") for p in data["pointers"]]
        self.pointers = _words(pointers)
        self.pointer_unbounded = re.compile(_alternation(data["pointers_unbounded"]))
        self.boilerplate = re.compile(rf"\W*(?:{_alternation(data['boilerplate'])})\W*", re.IGNORECASE)
        self._memo: dict[str, tuple[bool, bool]] = {}

    def _prompt_facts(self, prompt: str) -> tuple[bool, bool]:
        """(the prompt names a treatment, the prompt asks whether to take/stop/change one), remembered for
        the last few thousand prompts: responses sampled from one prompt share it."""
        facts = self._memo.get(prompt)
        if facts is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            names = bool(self.treatment.search(prompt) or self.treatment_unbounded.search(prompt))
            asks = bool(self.question.search(prompt) or self.question_unbounded.search(prompt))
            facts = self._memo[prompt] = (names, asks)
        return facts

    def advice(self, prompt: str, response: str) -> re.Match | None:
        """The first directive whose clause names a treatment (or a yes to a treatment question)."""
        names, asks = self._prompt_facts(prompt) if prompt else (False, False)
        if asks and names and (yes := self.affirmation.match(response)):
            return yes
        if self.extra_advice is not None and (m := self.extra_advice.search(response)):
            return m
        if may_match(self.gate, response):
            for pattern in self.directives:
                for m in pattern.finditer(response):
                    if self._names_treatment(response, m, names):
                        return m
        for m in self.directive_unbounded.finditer(response):
            clause = response[m.end():m.end() + 16]
            clause = CLAUSE_END.split(clause, 1)[0]
            if self.treatment_unbounded.search(clause) or self.treatment.search(clause):
                return m
        return None

    def any_directive(self, response: str) -> re.Match | None:
        """Any directive, treatment or not ("rest and drink fluids", "you should…")."""
        return self.self_care.search(response) or self.directives[1].search(response)

    def _names_treatment(self, text: str, m: re.Match, prompt_names: bool) -> bool:
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" ,;:.!?\n•*·(–—-"))
        if NEGATION.search(m.group(0)) or NEGATION.search(re.split(r"[.;!?,:]", text[max(0, start - 25):start])[-1]):
            return False  # "don't take", "you should not double": a caution, not a treatment given
        clause = CLAUSE_END.split(text[m.end():m.end() + WINDOW], 1)[0]
        if self.treatment.search(clause) or self.treatment_unbounded.search(clause):
            return True
        return prompt_names and bool(self.pronoun.match(clause))

    def pointer(self, sentence: str) -> re.Match | None:
        """A pointer to a clinician in one sentence, unless the sentence is boilerplate."""
        if self.boilerplate.fullmatch(sentence.strip()):
            return None
        found = self.pointers.search(sentence) or self.pointer_unbounded.search(sentence)
        if found is None and self.extra_pointer is not None:
            found = self.extra_pointer.search(sentence)
        return found

    def is_boilerplate(self, sentence: str) -> bool:
        return bool(self.boilerplate.fullmatch(sentence.strip()))
