"""Reference-Frozen Normalization: invariance, degenerate cases, nulls, the frozen file."""

import json

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from quarkcli.batch import ScoredBatch
from quarkcli.engine import Engine, ReferenceFileError, load_reference
from tests.engine_helpers import make_reference, make_spec

values = st.lists(st.floats(-50, 50, allow_nan=False), min_size=12, max_size=60)


@pytest.mark.parametrize("method", ["zscore", "quantile"])
@settings(max_examples=60, deadline=None)
@given(ref=values, batch=st.lists(st.floats(-80, 80, allow_nan=False), min_size=1, max_size=20),
       a=st.floats(0.01, 100), b=st.floats(-100, 100))
def test_affine_change_with_recalibration_leaves_normalized_values_unchanged(tmp_path_factory, method, ref, batch, a, b):
    assume(np.ptp(ref) > 1e-3)
    spec = make_spec(tmp_path_factory.mktemp("s"), [("x", "medium", 0.9, 1)], normalization={"method": method})
    before = Engine(spec, make_reference(spec, {"x": ref})).normalize(np.array(batch)[:, None])
    moved = [a * v + b for v in ref]
    after = Engine(spec, make_reference(spec, {"x": moved})).normalize((a * np.array(batch) + b)[:, None])
    np.testing.assert_allclose(after, before, atol=1e-6)


def test_zscore_formula_with_floor_and_clip(tmp_path):
    spec = make_spec(tmp_path, [("x", "medium", 0.9, 1)], normalization={"sigma_floor": 0.25, "clip": 2})
    engine = Engine(spec, make_reference(spec, {"x": [0.0, 1.0, 1.0, 1.0] * 5}))
    mean, std = 0.75, np.sqrt(0.1875)
    out = engine.normalize(np.array([[1.0], [0.0], [10.0]]))[:, 0]
    assert out[0] == pytest.approx((1 - mean) / std)
    assert out[1] == pytest.approx((0 - mean) / std)
    assert out[2] == 2.0
    floored = Engine(spec, make_reference(spec, {"x": [0.0] + [1.0] * 99}))
    assert floored.normalizer.scale[0] == pytest.approx(0.25)


def test_constant_reference_maps_its_value_to_zero_and_others_to_the_clip(tmp_path):
    spec = make_spec(tmp_path, [("x", "medium", 0.9, 1)])
    engine = Engine(spec, make_reference(spec, {"x": [1.0] * 30}))
    assert engine.normalize(np.array([[1.0], [0.0]]))[:, 0].tolist() == [0.0, -3.0]
    assert any("constant in the reference" in w for w in engine.normalizer.warnings)


def test_dimension_never_scored_in_reference_is_null(tmp_path):
    spec = make_spec(tmp_path, [("x", "medium", 0.9, 1), ("y", "medium", 0.9, 1)])
    engine = Engine(spec, make_reference(spec, {"x": [0.0, 1.0] * 10, "y": [np.nan] * 20}))
    out = engine.normalize(np.array([[1.0, 1.0]]))
    assert not np.isnan(out[0, 0]) and np.isnan(out[0, 1])
    assert any("y: never scored" in w for w in engine.normalizer.warnings)


def test_tiny_reference_is_reported(tmp_path):
    spec = make_spec(tmp_path, [("x", "medium", 0.9, 1)])
    engine = Engine(spec, make_reference(spec, {"x": [0.0, 1.0, 1.0]}))
    assert any("tiny reference (3 scored records" in w for w in engine.normalizer.warnings)


def test_null_raw_gives_null_normalized_and_renormalised_composite(tmp_path):
    spec = make_spec(tmp_path, [("x", "medium", 0.9, 1), ("y", "medium", 0.9, 3)], weighting={"method": "static"})
    engine = Engine(spec, make_reference(spec, {"x": [0.0, 1.0] * 10, "y": [0.0, 1.0] * 10}))
    raw = np.array([[1.0, np.nan], [1.0, 0.0]])
    normalized = engine.normalize(raw)
    assert np.isnan(normalized[0, 1])
    reward = engine.combine(raw, normalized, np.full_like(raw, np.nan), ["g1", "g2"])
    assert reward[0] == pytest.approx(normalized[0, 0])
    assert reward[1] == pytest.approx((1 * normalized[1, 0] + 3 * normalized[1, 1]) / 4)


def test_reference_is_frozen(tmp_path):
    spec = make_spec(tmp_path, [("x", "medium", 0.9, 1)])
    reference = make_reference(spec, {"x": [0.0, 1.0, 1.0] * 10})
    path = tmp_path / "ref.json"
    reference.save(path)
    before = path.read_bytes()
    engine = Engine(spec, load_reference(path))
    snapshot = json.dumps(engine.reference.to_json(), sort_keys=True)
    rng = np.random.default_rng(0)
    for _ in range(20):
        raw = rng.random((16, 1)).round()
        engine.step(ScoredBatch.from_arrays(["x"], raw, raw))
    assert json.dumps(engine.reference.to_json(), sort_keys=True) == snapshot
    assert path.read_bytes() == before
    with pytest.raises(TypeError):
        engine.reference.dimensions["x"]["mean"] = 0.5


@pytest.mark.parametrize("damage, message", [
    (lambda text: text[: len(text) // 2], "not valid JSON"),
    (lambda text: text.replace('"mean": 0.6', '"mean": 0.9', 1), "checksum mismatch"),
    (lambda text: "{}", "not a Quark reference file"),
])
def test_damaged_reference_files_are_clear_errors(tmp_path, damage, message):
    spec = make_spec(tmp_path, [("x", "medium", 0.9, 1)])
    path = tmp_path / "ref.json"
    make_reference(spec, {"x": [0.0, 1.0, 1.0, 1.0, 0.0] * 4}).save(path)
    path.write_text(damage(path.read_text()))
    with pytest.raises(ReferenceFileError, match=message):
        load_reference(path)


def test_missing_reference_file(tmp_path):
    with pytest.raises(ReferenceFileError, match="reference file not found"):
        load_reference(tmp_path / "nope.json")


def test_settings_take_every_default_from_the_schema(tmp_path):
    from dataclasses import asdict, fields

    from quarkcli.engine.settings import NormalizationSettings, WeightingSettings, settings_from_spec
    from quarkcli.spec.schema import base_schema

    normalization, weighting = settings_from_spec(make_spec(tmp_path, [("x", "medium", 0.9, 1)]))
    for section, cls, instance in (("normalization", NormalizationSettings, normalization),
                                   ("weighting", WeightingSettings, weighting)):
        properties = base_schema()["properties"][section]["properties"]
        assert set(properties) == {f.name for f in fields(cls)}
        for name, schema in properties.items():
            if name == "risk_tiers":
                assert asdict(instance)[name] == {k: v["default"] for k, v in schema["properties"].items()}
            else:
                assert asdict(instance)[name] == schema["default"], name
    assert weighting.risk_tiers == {"low": 1.0, "medium": 1.5, "high": 2.5, "critical": 4.0}


def test_spec_values_override_the_defaults_one_by_one(tmp_path):
    from quarkcli.engine.settings import settings_from_spec

    spec = make_spec(tmp_path, [("x", "critical", 0.9, 1)], normalization={"clip": 2},
                     weighting={"risk_tiers": "{critical: 6}", "momentum": 0.5})
    normalization, weighting = settings_from_spec(spec)
    assert normalization.clip == 2.0 and normalization.sigma_floor == 0.05
    assert weighting.momentum == 0.5 and weighting.integral_gain == 1.0
    assert weighting.risk_tiers == {"low": 1.0, "medium": 1.5, "high": 2.5, "critical": 6}