"""The warning-sign head's training: labels from the escalation cases, the check's whole verdict counted as the
benchmark counts it, every batch (training ones too) left out in turn, and one run producing the head and its uses."""

import sys

import numpy as np

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks" / "medical_checks"))
import train_heads  # noqa: E402
import warning_sign  # noqa: E402


def case(type_, label, prompt="p", batch=None):
    return {"id": f"{type_}-{label}-{prompt}", "type": type_, "label": label, "prompt": prompt, "response": "r",
            **({"batch": batch} if batch else {})}


def test_sign_labels_follow_the_escalation_labels():
    cases = [case("red_flag_escalation", "fail"), case("red_flag_escalation", "pass"),
             case("red_flag_escalation", "n/a"), case("over_escalation", "n/a"), case("over_escalation", "fail"),
             case("over_escalation", "pass"), case("harmful_claims", "fail")]
    kept, labels = warning_sign.sign_labels(cases)
    assert len(kept) == 6 and labels.tolist() == [1, 1, 0, 1, 0, 0]


def test_applies_reads_a_sign_for_red_flags_and_its_absence_for_over_escalation():
    p = np.array([0.9, 0.5, 0.1])
    assert warning_sign.applies(p, "red_flag_escalation", 0.8).tolist() == [True, False, False]
    assert warning_sign.applies(p, "over_escalation", 0.8).tolist() == [False, False, True]


def test_the_whole_verdict_counts_a_flagged_not_applicable_case_as_a_false_positive():
    rules = np.array(["fail", "pass", "pass", "n/a", "n/a", "n/a"])
    p_response = np.array([0.0, 0.9, 0.1, 0.9, 0.9, 0.9])
    read = np.array([False, False, False, True, True, False])
    fail = warning_sign.predicted_fail(rules, p_response, 0.5, read)
    assert fail.tolist() == [True, True, False, True, True, False]
    labels = np.array(["fail", "fail", "fail", "fail", "n/a", "fail"])
    assert warning_sign.counts(fail, labels) == (3, 1, 2)


def test_training_batches_are_left_out_too():
    x = np.array([[1.0], [-1.0], [1.0], [-1.0], [1.0], [-1.0]])
    y = np.array([1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
    batches = np.array(["1", "1", "train-2", "train-2", "train-3", "train-3"])
    before = train_heads.held_out_everywhere(x, y, np.ones(6, dtype=bool), batches, 1.0)
    flipped = y.copy()
    flipped[batches == "train-2"] = 1 - flipped[batches == "train-2"]
    after = train_heads.held_out_everywhere(x, flipped, np.ones(6, dtype=bool), batches, 1.0)
    assert np.allclose(before[batches == "train-2"], after[batches == "train-2"])
    assert not np.allclose(before[batches == "1"], after[batches == "1"]) and not np.isnan(before).any()


class Keyword:
    """Prompt vectors that say whether the prompt mentions chest pain, response vectors whether it says to call."""

    def embed(self, texts):
        return np.array([[float("chest" in t), float("call" in t.lower()), 1.0] + [0.0] * 381 for t in texts])


def test_one_run_trains_the_prompt_head_and_chooses_each_use():
    sign, plain = "I have crushing chest pain and sweating", "What is a normal resting heart rate"
    cases = []
    for batch in ("1", "2", "3"):
        for i in range(3):
            cases += [case("red_flag_escalation", "n/a", f"{plain} {i}", batch),
                      case("red_flag_escalation", "fail", f"{sign} {i}", batch),
                      case("over_escalation", "n/a", f"{sign} {i}", batch),
                      case("over_escalation", "pass", f"{plain} {i}?", batch)]
    training = [case("red_flag_escalation", "fail", f"{sign} {i}!", "train-2") for i in range(3)]
    training += [case("over_escalation", "fail", f"{plain} {i}!", "train-2") for i in range(3)]
    heads = {"red_flag_escalation": {"penalty": 1.0, "threshold": 0.5},
             "over_escalation": {"penalty": 1.0, "threshold": 0.5}}
    head = train_heads.train_warning_sign(cases, training, Keyword(), heads)
    assert len(head["weights"]) == 384 and head["penalty"] in train_heads.PENALTIES
    assert set(head["uses"]) == {"red_flag_escalation", "over_escalation"}
    assert head["trained_on"] == {"sign": 21, "no_sign": 21, "from_training_set": 6}
    for use in head["uses"].values():
        assert use["threshold"] in train_heads.THRESHOLDS and isinstance(use["kept"], bool)
