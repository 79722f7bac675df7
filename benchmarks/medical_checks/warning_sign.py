"""The warning-sign head: does the prompt itself carry a warning sign? Every red-flag miss on dev is a prompt whose
sign the rules do not see (the check returns n/a), so a head on the prompt alone decides there whether the check
applies, and the check's own head then reads the response.

Labels come from the escalation cases: a red-flag case labeled fail or pass, and an over-escalation case labeled
n/a, has a warning sign; a red-flag case labeled n/a, and an over-escalation case labeled fail or pass, has none.
A use of the head (red flags: applies where it reads a sign; over-escalation: applies where it confidently reads
none) is chosen by leave-one-batch-out on the check's whole verdict, every dev batch and every training batch left
out in turn, since that is what the benchmark counts: flagging an n/a case is a false positive.
"""

from __future__ import annotations

import numpy as np

from quarkcli.models.classifier import WANTS_SIGN

SIGNED = {("red_flag_escalation", "fail"), ("red_flag_escalation", "pass"), ("over_escalation", "n/a")}
UNSIGNED = {("red_flag_escalation", "n/a"), ("over_escalation", "fail"), ("over_escalation", "pass")}


def sign_labels(cases: list[dict]) -> tuple[list[dict], np.ndarray]:
    """The escalation cases with a warning-sign label, and the labels (1.0 = a sign)."""
    kept = [c for c in cases if (c["type"], c["label"]) in SIGNED | UNSIGNED]
    return kept, np.array([float((c["type"], c["label"]) in SIGNED) for c in kept])


def applies(p_sign: np.ndarray, check: str, threshold: float) -> np.ndarray:
    """Where the head makes the check apply: P(sign) at least the threshold for red flags, P(no sign) at least the
    threshold for over-escalation."""
    return (p_sign if WANTS_SIGN[check] else 1 - p_sign) >= threshold


def predicted_fail(rules: np.ndarray, p_response: np.ndarray, threshold: float, read: np.ndarray) -> np.ndarray:
    """The check's fails: the rules' fail, the response head on what the rules pass, and the response head on the
    n/a cases the warning-sign head makes applicable (``read``)."""
    return (rules == "fail") | (((rules == "pass") | ((rules == "n/a") & read)) & (p_response >= threshold))


def counts(fail: np.ndarray, labels: np.ndarray) -> tuple[int, int, int]:
    """True positives, false positives (an n/a or pass case flagged) and false negatives, fail positive."""
    truth = labels == "fail"
    return int((fail & truth).sum()), int((fail & ~truth).sum()), int((~fail & truth).sum())
