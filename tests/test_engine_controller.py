"""Issue 12's properties of the controller: integral control meets targets, the critical constraint orders
expected rewards, redundancy comes from the frozen reference, attainment is in reference units."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quarkcli.batch import ScoredBatch
from quarkcli.engine import Calibrator, Engine
from tests.engine_helpers import make_reference, make_spec


def exact_passes(rate: float, n: int = 200) -> np.ndarray:
    """A column with exactly round(rate * n) passes: the batch's expectation without sampling noise."""
    column = np.zeros(n)
    column[:round(rate * n)] = 1.0
    return column


def closed_loop(engine, steps):
    """A policy whose pass rate on each dimension follows its weight: pass rate = min(1, 1.2 w)."""
    history = []
    for _ in range(steps):
        rates = np.minimum(1.0, 1.2 * engine.weights)
        passed = np.column_stack([exact_passes(r) for r in rates])
        engine.step(ScoredBatch.from_arrays(engine.dim_ids, passed, passed))
        history.append(rates)
    return np.array(history)


def test_integral_control_meets_a_target_that_fixed_weights_miss(tmp_path):
    dims = [("hard", "medium", 0.7, 1), ("easy", "medium", 0.3, 1)]
    fixed = closed_loop(Engine(make_spec(tmp_path, dims, weighting={"method": "static"}, name="s")), 60)
    adaptive = closed_loop(Engine(make_spec(tmp_path, dims)), 60)
    assert fixed[-1, 0] == pytest.approx(0.6), "base weights leave 'hard' 10 points short for good"
    assert adaptive[-20:, 0].mean() >= 0.7 - 0.01, "no steady-state violation under integral control"
    assert adaptive[-20:, 1].mean() >= 0.3 - 0.01


def test_a_multiplier_grows_while_short_and_relaxes_once_met(tmp_path):
    engine = Engine(make_spec(tmp_path, [("a", "high", 0.9, 1), ("b", "low", 0.5, 1)]))
    below = np.column_stack([exact_passes(0.8), exact_passes(0.8)])
    lams = []
    for _ in range(4):
        engine.step(ScoredBatch.from_arrays(engine.dim_ids, below, below))
        lams.append(engine.weighting.multipliers()[0])
    assert lams == pytest.approx([0.25, 0.5, 0.75, 1.0]), "λ += gain x tier (2.5) x shortfall (0.1)"
    assert not engine.weighting.penalties().any(), "μ is for critical dimensions only"
    assert engine.weighting.multipliers()[1] == 0.0, "above target: λ stays at 0"
    above = np.column_stack([exact_passes(1.0), exact_passes(0.8)])
    for _ in range(20):
        engine.step(ScoredBatch.from_arrays(engine.dim_ids, above, above))
    assert engine.weighting.multipliers()[0] == 0.0 and engine.factors()["weakness"][0] == 1.0


def test_the_multiplier_is_bounded(tmp_path):
    engine = Engine(make_spec(tmp_path, [("a", "critical", 0.99, 1), ("b", "low", 0.5, 1)]))
    never = np.zeros((10, 2))
    for _ in range(30):
        engine.step(ScoredBatch.from_arrays(engine.dim_ids, never, never))
    assert engine.weighting.multipliers()[0] == engine.settings.multiplier_max


CONSTRAINED = [("safe", "critical", 0.99, 1), ("quality", "low", 0.5, 3)]


def _constrained_engine(tmp_path):
    spec = make_spec(tmp_path, CONSTRAINED)
    return Engine(spec, make_reference(spec, {"safe": [1.0] * 19 + [0.0], "quality": list(np.linspace(0, 1, 20))}))


def _expected_advantages(engine, fail_probabilities, quality, relative=True):
    """Exact expected reward of each response slot of one prompt group, over every pattern of critical
    failures (slot i fails with probability fail_probabilities[i]; qualities fixed)."""
    n = len(fail_probabilities)
    expected = np.zeros(n)
    for pattern in itertools.product([False, True], repeat=n):
        probability = np.prod([p if f else 1 - p for p, f in zip(fail_probabilities, pattern)])
        if probability == 0:
            continue
        passed = np.column_stack([[0.0 if f else 1.0 for f in pattern], np.full(n, np.nan)])
        raw = np.column_stack([passed[:, 0], quality])
        reward = engine.combine(raw, engine.normalize(raw), passed, ["g"] * n, relative=relative)
        expected += probability * reward
    return expected


@pytest.mark.parametrize("q_low, q_high", [(0.0, 0.02), (0.02, 0.1), (0.1, 0.3)])
def test_lower_violation_probability_means_higher_expected_reward(tmp_path, q_low, q_high):
    engine = _constrained_engine(tmp_path)
    quality = np.array([0.6, 0.6, 0.6, 0.6])
    relative = _expected_advantages(engine, [q_low, q_high, 0.0, 0.0], quality)
    assert relative[0] > relative[1], "same quality: the response that fails less often has the higher advantage"
    absolute = _expected_advantages(engine, [q_low, q_high, 0.0, 0.0], quality, relative=False)
    assert absolute[0] > absolute[1]


def test_a_rare_tempting_failure_has_a_negative_expected_advantage_once_the_constraint_has_grown(tmp_path):
    """The unsafe answer is better on quality; at q = 0.02 only the constraint's multiplier μ can outweigh that."""
    engine = _constrained_engine(tmp_path)
    quality = np.array([0.9] + [0.6] * 7)
    fails = [0.02] + [0.0] * 7
    assert _expected_advantages(engine, fails, quality)[0] > 0, "λ = 0: the tempting answer pays"
    violating = np.column_stack([exact_passes(0.98), exact_passes(0.5)])
    while engine.weighting.penalties()[0] < engine.settings.constraint_max:
        engine.step(ScoredBatch.from_arrays(engine.dim_ids, violating, np.column_stack(
            [violating[:, 0], np.full(len(violating), np.nan)])))
    assert _expected_advantages(engine, fails, quality)[0] < 0, "grown, the constraint outweighs the quality"


@pytest.mark.parametrize("n_failing", [1, 4, 7])
def test_the_constraint_margin_survives_centring_however_rare_the_failures(tmp_path, n_failing):
    engine = _constrained_engine(tmp_path)
    n = 8
    passed = np.column_stack([np.r_[np.zeros(n_failing), np.ones(n - n_failing)], np.full(n, np.nan)])
    raw = np.column_stack([passed[:, 0], np.linspace(1, 0, n)])  # the failing ones have the best quality
    reward = engine.combine(raw, engine.normalize(raw), passed, ["g"] * n, relative=True)
    assert reward.sum() == pytest.approx(0.0, abs=1e-12)
    assert reward[:n_failing].max() <= reward[n_failing:].min() - engine.settings.gate_margin + 1e-12


def _redundancy_engines(tmp_path, rng, rate, n=4000, misfire=0.05, groups=False, target=0.95):
    x = (rng.random(n) < rate).astype(float)
    copy = np.abs(x - (rng.random(n) < misfire))
    y, z = ((rng.random(n) < 0.5).astype(float) for _ in range(2))
    group = ", redundancy_group: x" if groups else ""
    single = make_spec(tmp_path, [("x", "medium", target, 1), ("y", "medium", target, 1),
                                  ("z", "medium", target, 1)], name="single")
    double = make_spec(tmp_path, [("x", "medium", target, 1), ("x_copy", "medium", target, 1),
                                  ("y", "medium", target, 1), ("z", "medium", target, 1)], name="double")
    if groups:
        text = double.path
        with open(text, encoding="utf-8") as handle:
            body = handle.read().replace("weight: 1}", "weight: 1" + group + "}", 2)
        with open(text, "w", encoding="utf-8") as handle:
            handle.write(body)
        from quarkcli.spec import load_spec

        double = load_spec(text)
    engines = []
    for spec, columns in ((single, [x, y, z]), (double, [x, copy, y, z])):
        raw = np.column_stack(columns)
        calibrator = Calibrator(spec)
        calibrator.add(ScoredBatch.from_arrays([d.id for d in spec.dimensions], raw, raw))
        engines.append(Engine(spec, calibrator.reference()))
    return engines


def _train(engines, rng, rate, steps=30, n=256, misfire=0.05):
    one, two = engines
    for _ in range(steps):
        x = (rng.random(n) < rate).astype(float)
        copy = np.abs(x - (rng.random(n) < misfire))
        y, z = ((rng.random(n) < 0.5).astype(float) for _ in range(2))
        for engine, columns in ((one, [x, y, z]), (two, [x, copy, y, z])):
            raw = np.column_stack(columns)
            engine.step(ScoredBatch.from_arrays(engine.dim_ids, raw, raw))


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**16), rate=st.floats(0.3, 0.8), target=st.sampled_from([0.25, 0.95]))
def test_a_noisy_duplicate_leaves_the_pairs_weight_within_ten_percent(tmp_path_factory, seed, rate, target):
    """Targets met (no multipliers) or out of reach (multipliers at their bound): the steady states. On the
    way there the copy's misfires lower its attainment, so its multiplier can run ahead for a while."""
    rng = np.random.default_rng(seed)
    one, two = _redundancy_engines(tmp_path_factory.mktemp("r"), rng, rate, target=target)
    _train((one, two), rng, rate, steps=60)
    assert two.weights[0] + two.weights[1] == pytest.approx(one.weights[0], rel=0.10)


def test_frozen_redundancy_does_not_switch_off_when_the_shared_behaviour_saturates(tmp_path):
    rng = np.random.default_rng(11)
    one, two = _redundancy_engines(tmp_path, rng, 0.6)
    _train((one, two), rng, rate=1.0, steps=40)  # the policy always passes x; only the copy's misfires vary
    assert two.weights[0] + two.weights[1] == pytest.approx(one.weights[0], rel=0.10)
    on_policy = two.weighting.corr[0, 1]
    assert abs(on_policy) < 0.2, "on-policy correlation is gone, the frozen one is not"


def test_a_declared_redundancy_group_gets_one_dimensions_weight(tmp_path):
    rng = np.random.default_rng(12)
    one, two = _redundancy_engines(tmp_path, rng, 0.99, groups=True)
    assert two.factors()["redundancy"][:2] == pytest.approx([0.5, 0.5])
    assert two.weights[0] + two.weights[1] == pytest.approx(one.weights[0], rel=1e-9), "one weight, one floor"


def test_a_reference_without_correlations_still_loads_and_shares_nothing(tmp_path):
    spec = make_spec(tmp_path, [("x", "medium", 0.9, 1), ("y", "medium", 0.9, 1)])
    engine = Engine(spec, make_reference(spec, {"x": [0, 1] * 10, "y": [0, 1] * 10}))
    assert engine.factors()["redundancy"].tolist() == [1.0, 1.0]


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**16), scale=st.floats(0.05, 20), shift=st.floats(-100, 100))
def test_the_controller_ignores_a_reward_models_logit_shift_and_scale(tmp_path_factory, seed, scale, shift):
    """Attainment of a dimension without pass/fail is its reference quantile: an increasing affine change
    of the logits, with the reference recalibrated on it, changes no multiplier, weight or composite."""
    spec = make_spec(tmp_path_factory.mktemp("a"), [("rm", "high", 0.7, 1), ("check", "critical", 0.9, 1)])
    rng = np.random.default_rng(seed)

    def engine_for(transform):
        ref = np.column_stack([transform(rng_ref.normal(size=300)), (rng_ref.random(300) < 0.8).astype(float)])
        calibrator = Calibrator(spec)
        calibrator.add(ScoredBatch.from_arrays(["rm", "check"], ref, np.column_stack([np.full(300, np.nan),
                                                                                         ref[:, 1]])))
        return Engine(spec, calibrator.reference())

    rng_ref = np.random.default_rng(seed)
    plain = engine_for(lambda v: v)
    rng_ref = np.random.default_rng(seed)
    moved = engine_for(lambda v: scale * v + shift)
    for _ in range(5):
        logits = rng.normal(0.3, 1.0, size=64)
        check = (rng.random(64) < 0.85).astype(float)
        passed = np.column_stack([np.full(64, np.nan), check])
        groups = [str(i // 4) for i in range(64)]
        a = plain.step(ScoredBatch.from_arrays(["rm", "check"], np.column_stack([logits, check]), passed, groups))
        b = moved.step(ScoredBatch.from_arrays(["rm", "check"], np.column_stack([scale * logits + shift, check]),
                                               passed, groups))
        np.testing.assert_allclose(moved.weighting.multipliers(), plain.weighting.multipliers(), atol=1e-9)
        np.testing.assert_allclose(b, a, atol=1e-6)
    assert plain.weighting.multipliers()[0] > 0 or plain.weighting.attained[0] >= 0.7


def test_evaluation_weights_are_the_fixed_point_and_unscored_dimensions_get_zero(tmp_path):
    spec = make_spec(tmp_path, [("short", "medium", 0.9, 1), ("fine", "medium", 0.5, 1), ("never", "low", 0.5, 1)])
    engine = Engine(spec)
    passed = np.column_stack([exact_passes(0.6, 20), exact_passes(0.6, 20), np.full(20, np.nan)])
    engine.evaluate(ScoredBatch.from_arrays(engine.dim_ids, passed, passed))
    assert engine.weighting.multipliers().tolist() == [engine.settings.multiplier_max, 0.0, 0.0]
    assert engine.weights[2] == 0.0 and engine.weights.sum() == pytest.approx(1.0)
    stepped = Engine(spec)
    for _ in range(40):
        stepped.step(ScoredBatch.from_arrays(engine.dim_ids, passed, passed))
    np.testing.assert_allclose(stepped.weighting.multipliers()[:2], engine.weighting.multipliers()[:2])


def test_calibration_stores_each_pairs_correlation_over_the_records_both_scored(tmp_path):
    spec = make_spec(tmp_path, [("a", "medium", 0.9, 1), ("b", "medium", 0.9, 1), ("c", "medium", 0.9, 1)])
    rng = np.random.default_rng(5)
    a = rng.normal(size=40)
    b = 3 * a + 1
    b[:5] = np.nan  # unscored there: the pair uses the 35 records both scored
    c = np.r_[a[:8], np.full(32, np.nan)]  # fewer than 10 shared records: no correlation stored
    calibrator = Calibrator(spec)
    calibrator.add(ScoredBatch.from_arrays(["a", "b", "c"], np.column_stack([a, b, c])))
    stats = calibrator.reference().stats("a")
    assert stats["correlations"]["b"] == pytest.approx(1.0)
    assert "c" not in stats["correlations"]


def test_a_target_without_pass_fail_is_a_reference_quantile_in_the_summary(tmp_path):
    from quarkcli.summary import Summary

    spec = make_spec(tmp_path, [("rm", "medium", 0.6, 1), ("check", "medium", 0.9, 1)])
    calibrator = Calibrator(spec)
    reference_raw = np.column_stack([np.arange(1.0, 21.0), np.ones(20)])
    calibrator.add(ScoredBatch.from_arrays(["rm", "check"], reference_raw,
                                           np.column_stack([np.full(20, np.nan), np.ones(20)])))
    engine = Engine(spec, calibrator.reference())
    batch = ScoredBatch.from_arrays(["rm", "check"], np.column_stack([np.full(5, 18.0), np.ones(5)]),
                                    np.column_stack([np.full(5, np.nan), np.ones(5)]))
    engine.evaluate(batch)
    summary = Summary(spec)
    summary.add(batch)
    rm = summary.to_json(engine)["dimensions"]["rm"]
    assert rm["attainment"] == pytest.approx(0.89, abs=0.01), "18 beats ~89% of the 101-point grid of 1..20"
    assert rm["below_target"] is False, "a raw mean of 18 says nothing against 0.6; its quantile does"


def test_the_constraint_multiplier_integrates_the_relative_violation(tmp_path):
    engine = _constrained_engine(tmp_path)
    for rate, expected in ((0.97, 2.0), (0.97, 4.0), (1.0, 3.0), (1.0, 2.0)):
        passed = np.column_stack([exact_passes(rate), np.full(200, np.nan)])
        engine.step(ScoredBatch.from_arrays(engine.dim_ids, np.column_stack([passed[:, 0], np.full(200, 0.5)]),
                                            passed))
        assert engine.weighting.penalties()[0] == pytest.approx(expected), "μ += (target - a) / (1 - target)"


def test_on_policy_redundancy_is_an_option_for_runs_without_a_reference(tmp_path):
    rng = np.random.default_rng(13)
    batches = [(rng.random((64, 2)) < [0.6, 0.5]).astype(float) for _ in range(10)]
    engines = {}
    for source in ("reference", "on_policy"):
        spec = make_spec(tmp_path, [("x", "medium", 0.5, 1), ("x_copy", "medium", 0.5, 1), ("y", "medium", 0.5, 1)],
                         weighting={"redundancy_source": source}, name=source)
        engine = engines[source] = Engine(spec)
        for b in batches:
            raw = np.column_stack([b[:, 0], b])
            engine.step(ScoredBatch.from_arrays(engine.dim_ids, raw, raw))
    assert engines["reference"].factors()["redundancy"].tolist() == [1.0, 1.0, 1.0], "no reference, nothing declared"
    assert engines["on_policy"].factors()["redundancy"] == pytest.approx([0.5, 0.5, 1.0], abs=0.05)
