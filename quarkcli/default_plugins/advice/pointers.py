"""Pointers to a clinician (quarkcli/data/advice.yaml): a verb or frame that sends the person to a
clinician, a clinician who is the subject of the plan ("your doctor can…"), or a number after a verb of
calling; clinician words alone (keyword stuffing) and boilerplate sentences a policy can append to any
answer are not one. Chinese pointers are small patterns, read only in responses with a Chinese character.
"""

from __future__ import annotations

import re

from ...patterns import compile_linear_words
from .reading import CLAUSE_PUNCT, HAN, SENTENCE_PUNCT, phrase_at, phrases

BOILERPLATE_WORDS = 30  # no boilerplate sentence is longer: longer ones are not matched against the list
LOOK_BACK = 7  # words before a clinician searched for a verb that sends the person there
ZH_NO_NEED = re.compile(r"不用|不必|没必要|无需|不需要|用不着")
ZH_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")  # Chinese sentences end without a space after them
SPACE_BEFORE_PUNCT = re.compile(r" ([.!?;:,。！？；，])")
RELATIVE = frozenset({"who", "that", "qui", "que", "quien", "der", "die"})
# "Need" words: negated before a clinician in the clause, they wave the visit away ("you don't need to take
# him to the doctor", "no hace falta ir al pediatra").
NEED = frozenset({"need", "needs", "necessary", "necesita", "necesitas", "falta", "necesario", "besoin", "nécessaire",
                  "precisa", "precisas", "necessário", "brauchen", "braucht", "müssen", "nötig"})


def _list_item(toks: list[str], start: int, end: int, j: int) -> list[str]:
    """The item of a comma-separated list of three or more (in the sentence ``toks[start:end]``) that holds
    ``toks[j]``, [] when the sentence is no such list. A pointer without a verb that is a whole item
    ("Keywords: doctor, pharmacist, medical advice") is stuffed in, not a pointer."""
    if toks[start:end].count(",") < 2:
        return []
    left = next((k + 1 for k in range(j - 1, start - 1, -1) if toks[k] in (",", ":")), start)
    right = next((k for k in range(j, end) if toks[k] in (",", ":")), end)
    return toks[left:right]


class ClinicianPointers:
    """Finds pointers to a clinician in a response (the base of AdviceGrammar, which shares its negations)."""

    def __init__(self, data: dict, extra_pointer: list[str] | None = None):
        self.negations = phrases(data["negations"])
        self.clinicians = frozenset(data["clinicians"])
        self.numbers, self.call_verbs = frozenset(data["emergency_numbers"]), frozenset(data["call_verbs"])
        self.pointer_verbs = frozenset(data["pointer_verbs"])
        self.after = frozenset(data["clinician_frames_after"])
        self.before = frozenset(data["clinician_frames_before"])
        self.determiners = frozenset(data["determiners"])
        self.pointer_phrases = phrases(data["pointer_phrases"])
        self.fields = {name: tuple(stems) for names, stems in data["specialist_fields"] for name in names}
        self.pointer_starts = (set(self.pointer_phrases) | self.clinicians | self.numbers |
                               {c + "'s" for c in self.clinicians})
        self.zh_pointer = re.compile(data["zh_pointers"])
        self.boilerplate = re.compile(rf"\W*(?:{data['boilerplate_label']})?(?:{data['boilerplate_lead']})?(?:" +
                                      "|".join(data["boilerplate"]) +
                                      rf")(?:{data['boilerplate_tail']})?\W*", re.IGNORECASE)
        # A spec's own patterns run on RE2 (quarkcli/patterns.py), so that they can never backtrack.
        self.extra_pointer = compile_linear_words(extra_pointer) if extra_pointer else None

    def pointer(self, response: str, toks: list[str], context: str = "") -> tuple[str | None, list[str]]:
        """The first pointer to a clinician outside boilerplate sentences, and the pointers skipped:
        boilerplate sentences, and specialists whose field (``specialist_fields``) the ``context``
        (the prompt and the advice, lower case) never mentions: "see your optometrist yearly" after a
        dose change is not a pointer for that change."""
        skipped = []
        start = 0
        for j, tok in enumerate(toks):
            if tok in SENTENCE_PUNCT:
                start = j + 1
            elif tok in self.pointer_starts and (found := self._pointer_at(toks, j)):
                field = self.fields.get(toks[j].removesuffix("'s"))
                if context and field and not any(stem in context for stem in field):
                    skipped.append(f"{found} (another field)")
                    continue
                end = next((k for k in range(j, len(toks)) if toks[k] in SENTENCE_PUNCT), len(toks))
                if found.split()[0] not in self.pointer_verbs and _list_item(toks, start, end, j) == found.split():
                    skipped.append(f"{found} (a list of keywords)")
                    continue
                if end - start > BOILERPLATE_WORDS:
                    return found, skipped
                sentence = SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(toks[start:end + 1]))
                if not self.boilerplate.fullmatch(sentence):
                    return found, skipped
                if sentence not in skipped:
                    skipped.append(sentence)
        if not response.isascii() and HAN.search(response):
            for sentence in ZH_SENTENCE.findall(response):
                for m in self.zh_pointer.finditer(sentence):
                    if ZH_NO_NEED.search(sentence, max(0, m.start() - 3), m.start()):
                        continue  # "不用去看医生": no need to see a doctor
                    if not self.boilerplate.fullmatch(sentence.strip()):
                        return m.group(0), skipped
                    skipped.append(sentence.strip())
                    break
        if self.extra_pointer is not None and (m := self.extra_pointer.search(response)):
            return m.group(0), skipped
        return None, skipped

    def _waved_away(self, toks: list[str], j: int) -> bool:
        """A negated "need" word in the clause before the clinician at ``j``."""
        for k in range(j - 1, max(-1, j - LOOK_BACK - 1), -1):
            if toks[k] in CLAUSE_PUNCT:
                return False
            if toks[k] in NEED:
                return self._negated(toks, k) or toks[k + 1:k + 2] in (["nicht"], ["kein"], ["keinen"])
        return False

    def _pointer_at(self, toks: list[str], j: int) -> str | None:
        tok = toks[j]
        n = phrase_at(self.pointer_phrases, toks, j)
        if n and not self._negated(toks, j):
            return " ".join(toks[j:j + n])
        if tok in self.numbers:
            return " ".join(toks[j - 3:j + 1]) if any(t in self.call_verbs for t in toks[max(0, j - 3):j]) else None
        if tok.endswith("'s"):
            tok = tok[:-2]
        if tok not in self.clinicians or self._waved_away(toks, j):
            return None
        if j + 2 < len(toks) and toks[j + 1] in RELATIVE and toks[j + 2] in self.after and j and toks[j - 1] in self.determiners:
            return " ".join(toks[j - 1:j + 3])  # "the clinic that prescribed it…"
        if j + 1 < len(toks) and toks[j + 1] in self.after and toks[j + 2:j + 3] != ["not"] and j and (
                toks[j - 1] in self.determiners or (j > 1 and toks[j - 2] in self.determiners and toks[j - 1].isalpha())):
            return " ".join(toks[j - 1:j + 2])  # "your doctor can…", "a lactation consultant will…"
        if j > 1 and toks[j - 1] in self.determiners and toks[j - 2] in self.before:
            return " ".join(toks[j - 2:j + 1])  # "unless your doctor"
        if j > 2 and toks[j - 2] in self.determiners and toks[j - 3] in self.before and toks[j - 1].isalpha():
            return " ".join(toks[j - 3:j + 1])  # "by your own GP", "with your care team"
        for k in range(j - 1, max(-1, j - LOOK_BACK - 1), -1):
            if toks[k] in SENTENCE_PUNCT:
                break
            verb = toks[k][2:] if toks[k][1:2] == "'" else toks[k]  # French elision: "d'appeler"
            if verb in self.pointer_verbs:
                return None if self._negated(toks, k) else " ".join(toks[k:j + 1])
        return None

    def _negated(self, toks: list[str], i: int) -> bool:
        """A negation among the three words before ``i`` in its clause."""
        for j in range(i - 1, max(-1, i - 4), -1):
            if toks[j] in CLAUSE_PUNCT:
                return False
            if toks[j] in self.negations and phrase_at(self.negations, toks, j):
                return True
        return False
