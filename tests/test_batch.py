"""The ScoredBatch: what the Scorer produces, and its JSON at file boundaries."""

import json

import numpy as np

from quarkcli.backends.local_model import pick_device
from quarkcli.batch import ScoredBatch, Tally
from quarkcli.dimensions import Record, Score
from quarkcli.risk import Risk
from quarkcli.scoring import Scorer
from quarkcli.spec import load_spec


def test_scorer_fills_columns_and_marks_records_outside_applies_to_tags(write):
    spec = load_spec(write("s.yaml", "name: s\nversion: 1\ndimensions:\n"
                                     "  - {id: words, category: format, type: mock_words}\n"
                                     "  - {id: tagged, category: format, type: mock_words, applies_to: {tags: [x]}}\n"))
    records = [Record(id="a", prompt="p", response="one two", tags=["x"]),
               Record(id="b", prompt="p", response="boom", tags=[]),
               Record(id="c", prompt="q", response="three", tags=[], extra={"group": "g"})]
    batch = Scorer(spec).score_records(records)
    assert batch.dim_ids == ["words", "tagged"] and batch.ids == ["a", "b", "c"]
    assert batch.groups == ["p", "p", "g"]
    assert batch.applicable.tolist() == [[True, True], [True, False], [True, False]]
    assert np.isnan(batch.raw[1]).all() and batch.errors[1][0] == "RuntimeError: mock plugin exploded"
    assert batch.evidence[2][1] == ["not applicable: record lacks the tags x"]
    assert batch.composite is None, "the Scorer leaves the composite to whatever combines the batch"


def test_lines_round_trip_through_json():
    raw = np.array([[1.0, np.nan], [0.25, 0.5]])
    batch = ScoredBatch.from_arrays(["a", "b"], raw, np.array([[1.0, np.nan], [0.0, np.nan]]))
    batch.errors[0][1] = "broke"
    batch.normalized, batch.weights = np.array([[0.5, np.nan], [-1.0, 0.0]]), np.array([0.25, 0.75])
    batch.composite, batch.category_scores = np.array([0.5, np.nan]), {"expert": np.array([0.5, np.nan])}
    lines = [json.loads(json.dumps(line)) for line in batch.to_lines()]
    assert lines[0]["dimensions"]["a"] == {"raw": 1.0, "passed": True, "applicable": True, "evidence": [],
                                           "error": None, "normalized": 0.5, "weight": 0.25}
    assert lines[1]["composite"] is None and lines[1]["category_scores"] == {"expert": None}
    back = ScoredBatch.from_lines(lines, ["a", "b"])
    for column in ("raw", "passed", "normalized", "composite"):
        np.testing.assert_array_equal(getattr(back, column), getattr(batch, column))
    assert back.error_mask.tolist() == [[False, True], [False, False]]


def test_outcome_is_the_verdict_else_the_raw_score_and_ignores_non_applicable_entries():
    batch = ScoredBatch.from_arrays(["a", "b"], np.array([[0.3, 0.7]]), np.array([[1.0, np.nan]]))
    assert batch.outcome().tolist() == [[1.0, 0.7]]
    batch.applicable = np.array([[True, False]])
    assert batch.outcome()[0, 0] == 1.0 and np.isnan(batch.outcome()[0, 1])
    tally = Tally(2)
    tally.add(batch)
    assert tally.n_applicable.tolist() == [1, 0] and tally.n_unscored.tolist() == [0, 0]
    assert tally.pass_rate(0) == 1.0 and tally.pass_rate(1) is None


def test_not_applicable_is_its_own_outcome_from_plugin_to_file_and_back():
    records = [Record(id=i, prompt="p", response="r") for i in range(4)]
    column = [Score.verdict(True, ["ok"]), Score.verdict(False, ["bad"]), Score.not_applicable("nothing to judge"),
              Score.unscored("cannot tell")]
    batch = ScoredBatch.from_scores(records, ["d"], [column])
    assert batch.applicable[:, 0].tolist() == [True, True, False, True]
    lines = [json.loads(json.dumps(line)) for line in batch.to_lines()]
    assert lines[2]["dimensions"]["d"] == {"raw": None, "passed": None, "applicable": False,
                                           "evidence": ["nothing to judge"], "error": None}
    back = ScoredBatch.from_lines(lines, ["d"])
    np.testing.assert_array_equal(back.applicable, batch.applicable)
    for scored in (batch, back):
        tally = Tally(1)
        tally.add(scored)
        counts = (tally.n_applicable[0], tally.n_scored[0], tally.n_unscored[0], tally.n_judged[0])
        assert counts == (3, 2, 1, 2) and tally.pass_rate(0) == 0.5, "rates are over applicable records"


def test_a_not_applicable_score_that_carries_a_value_is_an_error():
    score = Score(raw=1.0, passed=True, applicable=False).checked()
    assert score.raw is None and score.applicable and "not applicable" in score.error


def test_risk_tiers_order_and_guard():
    assert sorted(Risk, key=lambda r: r.rank) == [Risk.CRITICAL, Risk.HIGH, Risk.MEDIUM, Risk.LOW]
    assert [r.guarded for r in Risk] == [False, False, True, True]


def test_a_named_device_is_used_as_given():
    assert pick_device("cpu") == "cpu" and pick_device("cuda:1") == "cuda:1"
