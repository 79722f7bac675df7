"""TADW's weights, the critical constraint, and the static/normalize_then_sum baselines."""

import math
import statistics

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quarkcli.batch import ScoredBatch
from quarkcli.engine import BatchStats, Engine
from tests.engine_helpers import make_reference, make_spec


def run(engine, raw_batches, passed_batches=None):
    for i, raw in enumerate(raw_batches):
        engine.step(ScoredBatch.from_arrays(engine.dim_ids, raw, passed_batches[i] if passed_batches else None))
    return engine


def bernoulli(rng, rates, n=64):
    return (rng.random((n, len(rates))) < np.array(rates)).astype(float)


def test_weakness_raises_a_below_target_dimension(tmp_path):
    spec = make_spec(tmp_path, [("weak", "medium", 0.9, 1), ("strong", "medium", 0.9, 1)])
    engine = Engine(spec)
    start = engine.weights.copy()
    rng = np.random.default_rng(1)
    run(engine, [bernoulli(rng, [0.5, 0.97]) for _ in range(20)])
    assert engine.weights[0] > start[0]
    assert engine.weights[0] > 1.5 * engine.weights[1]
    factors = engine.factors()
    assert factors["weakness"][0] > 2.0 and factors["weakness"][1] == 1.0


def test_critical_outranks_low_at_equal_performance(tmp_path):
    spec = make_spec(tmp_path, [("critical_dim", "critical", 0.9, 1), ("low_dim", "low", 0.9, 1)])
    engine = run(Engine(spec), [bernoulli(np.random.default_rng(2), [0.95, 0.95]) for _ in range(10)])
    assert engine.weights[0] > engine.weights[1]
    violated = make_spec(tmp_path, [("critical_dim", "critical", 0.9, 1), ("low_dim", "low", 0.9, 1)], name="v")
    below = run(Engine(violated), [np.column_stack([np.r_[np.ones(32), np.zeros(32)]] * 2)] * 2)
    weakness = below.factors()["weakness"]
    assert weakness[0] - 1 == pytest.approx(4 * (weakness[1] - 1)), "the multiplier integrates faster by the tier"


def test_weights_sum_to_one_and_respect_the_floor(tmp_path):
    spec = make_spec(tmp_path, [(f"d{i}", "low", 0.9, 1) for i in range(4)] + [("hot", "critical", 0.99, 5)],
                     weighting={"min_weight": 0.05})
    engine = run(Engine(spec), [bernoulli(np.random.default_rng(3), [1, 1, 1, 1, 0.2]) for _ in range(30)])
    assert engine.weights.sum() == pytest.approx(1.0)
    assert engine.weights.min() >= 0.05 - 1e-12


def test_split_and_aggregate_gives_the_single_process_weights(tmp_path):
    spec = make_spec(tmp_path, [("a", "critical", 0.95, 2), ("b", "medium", 0.8, 1), ("c", "low", 0.5, 1)])
    reference = make_reference(spec, {"a": [0, 1, 1, 1] * 5, "b": [0.2, 0.5, 0.9] * 7, "c": [0, 1] * 10})
    rng = np.random.default_rng(5)
    whole, split = Engine(spec, reference), Engine(spec, reference)
    for _ in range(5):
        raw = rng.random((32, 3)).round(1)
        raw[rng.random(raw.shape) < 0.1] = np.nan
        passed = (raw > 0.5).astype(float)
        whole.step(ScoredBatch.from_arrays(whole.dim_ids, raw, passed))
        mine, other = (ScoredBatch.from_arrays(split.dim_ids, raw[s], passed[s]) for s in (slice(0, 13), slice(13, 32)))
        others = split.statistics(other)
        split.step(mine, reduce=lambda stats: BatchStats.from_vector(stats.to_vector() + others.to_vector(), 3))
        np.testing.assert_allclose(split.weights, whole.weights, rtol=0, atol=1e-12)


def test_save_and_restore_continue_identically(tmp_path):
    spec = make_spec(tmp_path, [("a", "critical", 0.95, 2), ("b", "medium", 0.8, 1)])
    reference = make_reference(spec, {"a": [0, 1, 1] * 5, "b": [0.1, 0.4, 0.8] * 5})
    rng = np.random.default_rng(6)
    engine = run(Engine(spec, reference), [rng.random((16, 2)) for _ in range(4)])
    assert engine.weighting.multipliers().any()
    engine.weighting.targets = np.array([0.5, 0.6])  # as when started from a `quark diagnose` weights file
    engine.save(tmp_path / "state.json")
    restored = Engine.load(spec, tmp_path / "state.json")
    np.testing.assert_array_equal(restored.weights, engine.weights)
    np.testing.assert_array_equal(restored.weighting.targets, engine.weighting.targets)
    raw = rng.random((16, 2))
    for e in (engine, restored):
        run(e, [raw])
    np.testing.assert_array_equal(restored.weights, engine.weights)
    groups = list(range(16))
    passed = np.full_like(raw, np.nan)
    np.testing.assert_array_equal(restored.combine(raw, restored.normalize(raw), passed, groups),
                                  engine.combine(raw, engine.normalize(raw), passed, groups))


@settings(max_examples=80, deadline=None)
@given(data=st.lists(st.tuples(st.integers(0, 3), st.floats(-3, 3), st.floats(-3, 3), st.booleans()),
                     min_size=2, max_size=24))
def test_safety_gate_orders_failing_below_passing_within_a_group(tmp_path_factory, data):
    spec = make_spec(tmp_path_factory.mktemp("g"), [("critical_dim", "critical", 0.9, 1),
                                                    ("quality", "low", 0.9, 3)])
    engine = Engine(spec)
    groups = [g for g, *_ in data]
    values = np.array([[a, b] for _, a, b, _ in data])
    passed = np.array([[1.0 if ok else 0.0, np.nan] for *_, ok in data])
    reward = engine.combine(values, values, passed, groups)
    for g in set(groups):
        good = [r for r, gg, (*_, ok) in zip(reward, groups, data) if gg == g and ok]
        bad = [r for r, gg, (*_, ok) in zip(reward, groups, data) if gg == g and not ok]
        if good and bad:
            assert max(bad) <= min(good) - engine.settings.gate_margin + 1e-12


def test_gate_can_be_switched_off(tmp_path):
    spec = make_spec(tmp_path, [("c", "critical", 0.9, 1), ("q", "low", 0.9, 9)], weighting={"safety_gate": "false"})
    engine = Engine(spec)
    values = np.array([[-1.0, 3.0], [1.0, -3.0]])
    reward = engine.combine(values, values, np.array([[0.0, np.nan], [1.0, np.nan]]), ["g", "g"])
    assert reward[0] > reward[1]


def test_static_is_the_base_weighted_sum_over_the_weight_total(tmp_path):
    spec = make_spec(tmp_path, [("a", "critical", 0.9, 1), ("b", "low", 0.9, 3)], weighting={"method": "static"})
    engine = Engine(spec)
    raw = np.array([[1.0, 2.0], [0.5, -1.0]])
    run(engine, [raw])
    assert engine.weights.tolist() == [0.25, 0.75]
    reward = engine.combine(raw, raw, np.array([[0.0, np.nan], [1.0, np.nan]]), ["g", "g"])
    assert reward.tolist() == pytest.approx([(1 * 1.0 + 3 * 2.0) / 4, (1 * 0.5 + 3 * -1.0) / 4])


def test_normalize_then_sum_reproduces_gdpo(tmp_path):
    spec = make_spec(tmp_path, [("a", "medium", 0.9, 1), ("b", "medium", 0.9, 2)],
                     weighting={"method": "normalize_then_sum"})
    engine = Engine(spec)
    groups = ["p", "p", "p", "q", "q"]
    a = [1.0, 0.0, 1.0, 1.0, 0.0]
    b = [0.2, 0.6, 0.7, 0.5, 0.1]
    eps = 1e-4

    def group_normalised(column):
        out = []
        for value, group in zip(column, groups):
            members = [v for v, g in zip(column, groups) if g == group]
            out.append((value - statistics.mean(members)) / (statistics.stdev(members) + eps))
        return out

    summed = [1 * x + 2 * y for x, y in zip(group_normalised(a), group_normalised(b))]
    expected = [(s - statistics.mean(summed)) / (statistics.stdev(summed) + eps) for s in summed]
    raw = np.column_stack([a, b])
    reward = engine.combine(raw, raw, np.full_like(raw, np.nan), groups)
    assert reward.tolist() == pytest.approx(expected, abs=1e-9)
    assert all(math.isfinite(r) for r in reward)


def test_non_applicable_entries_count_as_unscored(tmp_path):
    spec = make_spec(tmp_path, [("a", "critical", 0.9, 1), ("b", "medium", 0.8, 2)])
    reference = make_reference(spec, {"a": [0, 1, 1] * 5, "b": [0.1, 0.4, 0.8] * 5})
    rng = np.random.default_rng(7)
    raw = rng.random((12, 2)).round(2)
    passed = (raw > 0.5).astype(float)
    hidden = rng.random(raw.shape) < 0.3
    masked = ScoredBatch.from_arrays(["a", "b"], raw, passed)
    masked.applicable = ~hidden
    blanked = ScoredBatch.from_arrays(["a", "b"], np.where(hidden, np.nan, raw), np.where(hidden, np.nan, passed))
    with_mask, with_nulls = Engine(spec, reference), Engine(spec, reference)
    for _ in range(3):
        np.testing.assert_array_equal(with_mask.step(masked), with_nulls.step(blanked))
        np.testing.assert_array_equal(with_mask.weights, with_nulls.weights)
    np.testing.assert_array_equal(masked.normalized, blanked.normalized)
    assert np.isnan(masked.normalized[hidden]).all()
    for category, values in masked.category_scores.items():
        np.testing.assert_array_equal(values, blanked.category_scores[category])


def test_a_plugins_not_applicable_verdicts_stay_out_of_the_reward_and_the_statistics(tmp_path):
    """Score.not_applicable from a plugin: the engine and the calibrator see nothing there, unlike a pass."""
    from quarkcli.dimensions import Record, Score
    from quarkcli.engine import Calibrator

    spec = make_spec(tmp_path, [("a", "critical", 0.9, 1), ("b", "medium", 0.8, 1)])
    reference = make_reference(spec, {"a": [0, 1, 1] * 5, "b": [0.1, 0.4, 0.8] * 5})
    rng = np.random.default_rng(3)
    records = [Record(id=i, prompt=f"p{i % 4}", response="r") for i in range(16)]
    verdicts = rng.random(16) < 0.4
    na = rng.random(16) < 0.5
    b_column = [Score(raw=float(v)) for v in rng.random(16).round(2)]

    def batch(stand_in):
        a_column = [stand_in if skip else Score.verdict(bool(ok), []) for ok, skip in zip(verdicts, na)]
        return ScoredBatch.from_scores(records, ["a", "b"], [a_column, b_column])

    not_applicable, unscored, passing = (batch(s) for s in (Score.not_applicable("n/a"), Score.unscored("?"),
                                                            Score.verdict(True, [])))
    engines = [Engine(spec, reference) for _ in range(3)]
    for _ in range(3):
        rewards = [engine.step(b) for engine, b in zip(engines, (not_applicable, unscored, passing))]
        np.testing.assert_array_equal(rewards[0], rewards[1])
        np.testing.assert_array_equal(engines[0].weights, engines[1].weights)
    assert not np.array_equal(rewards[0], rewards[2]) and not np.array_equal(engines[0].weights, engines[2].weights)
    assert np.isnan(not_applicable.normalized[na, 0]).all()

    calibrator = Calibrator(spec)
    calibrator.add(not_applicable)
    stats = calibrator.reference().stats("a")
    assert stats["n"] == int((~na).sum()) and stats["n_unscored"] == 0
    assert stats["mean"] == pytest.approx(verdicts[~na].mean())


def test_the_old_gdpo_method_name_is_read_as_normalize_then_sum_with_a_warning(tmp_path, capsys):
    spec = make_spec(tmp_path, [("a", "medium", 0.9, 1), ("b", "medium", 0.9, 2)], weighting={"method": "gdpo"})
    engine = Engine(spec)
    assert engine.method == "normalize_then_sum"
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.endswith("weighting.method 'gdpo' is deprecated, use 'normalize_then_sum'")


def test_an_engine_state_from_before_the_constraint_controller_is_refused_in_one_line(tmp_path):
    import json

    from quarkcli.errors import QuarkError

    spec = make_spec(tmp_path, [("a", "critical", 0.95, 2)])
    Engine(spec).save(tmp_path / "state.json")
    state = json.loads((tmp_path / "state.json").read_text())
    (tmp_path / "old.json").write_text(json.dumps({**state, "format": "quark-engine-state/1"}))
    with pytest.raises(QuarkError, match="engine state format 'quark-engine-state/1', expected 'quark-engine-state/2'"):
        Engine.load(spec, tmp_path / "old.json")
