"""Applicability heads: where a check's rules return n/a, does the case call for the check at all? Every red-flag
miss on dev was a prompt whose warning sign the rules do not see, and most disclaimer misses are answers whose
individual advice they do not see, so a head decides there whether the check applies, and the check's own head then
reads the response.

The warning-sign head reads the prompt. A red-flag case labeled fail or pass, and an over-escalation case labeled
n/a, has a warning sign; a red-flag case labeled n/a, and an over-escalation case labeled fail or pass, has none.
The advice head reads what leave-one-batch-out chooses (the response, the prompt, or both): a disclaimer case
labeled fail or pass gives individual advice, one labeled n/a does not. A use of a head (red flags: applies where it
reads a sign; over-escalation: where it confidently reads none; disclaimer: where it reads advice) is chosen by
leave-one-batch-out on the check's whole verdict, every dev batch and every training batch left out in turn, since
that is what the benchmark counts: flagging an n/a case is a false positive.
"""

from __future__ import annotations

import numpy as np

from quarkcli.models.classifier import APPLIES_BY, PROMPT_PASSAGES, PROMPT_SENTENCES, PROMPT_UNITS

# Per head: the name of its class in trained_on, the (type, label) pairs that have it and those that do not, and the
# inputs tried (the warning sign is the prompt's by design: the whole prompt, its sentences one by one, or its passages)
HEADS = {
    "warning_sign": {"class": "sign", "inputs": ("prompt", PROMPT_SENTENCES, PROMPT_PASSAGES),
                     "has": {("red_flag_escalation", "fail"), ("red_flag_escalation", "pass"),
                             ("over_escalation", "n/a")},
                     "lacks": {("red_flag_escalation", "n/a"), ("over_escalation", "fail"),
                               ("over_escalation", "pass")}},
    "advice": {"class": "advice", "inputs": ("response", "prompt", "prompt and response"),
               "has": {("disclaimer", "fail"), ("disclaimer", "pass")}, "lacks": {("disclaimer", "n/a")}},
}


def sentence_labels(cases: list[dict], y: np.ndarray, reads: str = PROMPT_SENTENCES
                    ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The prompts' units (classifier.PROMPT_UNITS[reads]: sentences or passages), the case each belongs to, and its
    label for a head that reads them: every unit of a prompt without the class is 0; of a prompt with it, the units
    holding the words its writer marked (`warning_sign`) and the whole prompt are 1 and the others unknown (NaN: a
    sign may need two sentences), and an unmarked prompt's only sentence is 1 and its several unknown."""
    units, owner, labels = [], [], []
    for i, (case, has) in enumerate(zip(cases, y)):
        cut = PROMPT_UNITS[reads](case["prompt"])
        mark = case.get("warning_sign", "")
        whole = len(cut) - 1 if reads == PROMPT_PASSAGES and len(cut) > 1 else None  # passages end with the prompt
        for k, unit in enumerate(cut):
            units.append(unit)
            owner.append(i)
            labels.append(0.0 if not has else 1.0 if k == whole or (holds(unit, mark) if mark else len(cut) == 1)
                          else np.nan)
    return units, np.array(owner, dtype=int), np.array(labels)


def holds(unit: str, mark: str, edge: int = 12) -> bool:
    """Whether a sentence holds the marked words, or a part of them: a mark may run over two sentences, so any
    stretch of ``edge`` characters of it counts."""
    unit, mark = unit.casefold(), mark.casefold().strip()
    if not mark:
        return False
    if mark in unit or unit in mark:
        return True
    return any(mark[start:start + edge] in unit for start in range(max(1, len(mark) - edge + 1)))


def uses(name: str) -> list[str]:
    """The checks that read the head, in APPLIES_BY's order (the first one's verdict chooses the penalty)."""
    return [check for check, (head, _) in APPLIES_BY.items() if head == name]


def head_labels(name: str, cases: list[dict]) -> tuple[list[dict], np.ndarray]:
    """The cases that say something about the head's class, and their labels (1.0 = the class)."""
    has, lacks = HEADS[name]["has"], HEADS[name]["lacks"]
    kept = [c for c in cases if (c["type"], c["label"]) in has | lacks]
    return kept, np.array([float((c["type"], c["label"]) in has) for c in kept])


def applies(p_head: np.ndarray, check: str, threshold: float) -> np.ndarray:
    """Where the head makes the check apply: its probability at least the threshold where the check wants its
    class, one minus it where the check wants its absence."""
    return (p_head if APPLIES_BY[check][1] else 1 - p_head) >= threshold


def predicted_fail(rules: np.ndarray, p_response: np.ndarray, threshold: float, read: np.ndarray) -> np.ndarray:
    """The check's fails: the rules' fail, the response head on what the rules pass, and the response head on the
    n/a cases the applicability head makes applicable (``read``)."""
    return (rules == "fail") | (((rules == "pass") | ((rules == "n/a") & read)) & (p_response >= threshold))


def counts(fail: np.ndarray, labels: np.ndarray) -> tuple[int, int, int]:
    """True positives, false positives (an n/a or pass case flagged) and false negatives, fail positive."""
    truth = labels == "fail"
    return int((fail & truth).sum()), int((fail & ~truth).sum()), int((~fail & truth).sum())
