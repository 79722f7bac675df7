"""The shipped lexicons, thresholds and example data."""

import json
import re
from collections import defaultdict
from dataclasses import replace
from importlib import resources

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quarkcli.data import load_data
from quarkcli.dimensions import Record, dimension_types
from quarkcli.scoring import Scorer
from quarkcli.spec import load_spec
from tests.conftest import EXAMPLES, MEDICAL_SPEC

DATA_FILES = ["red_flags.yaml", "harmful_claims.yaml", "phrases.yaml", "drug_maxima.yaml", "languages.yaml"]


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)


def word_lists(value):
    if isinstance(value, list) and any(isinstance(item, str) for item in value):
        yield value
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        yield from word_lists(child)


def test_every_data_file_reads_the_same_with_the_pure_python_loader():
    """Where PyYAML lacks libyaml, load_data falls back to the pure-Python loader, which is stricter about flow
    sequences (a bare `services?` in one broke it); both must give the same objects."""
    for path in sorted(resources.files("quarkcli.data").iterdir()):
        if path.name.endswith(".yaml"):
            text = path.read_text("utf-8")
            assert yaml.load(text, Loader=yaml.SafeLoader) == load_data(path.name), path.name


def test_no_word_in_a_data_file_is_read_as_a_yaml_boolean():
    """YAML 1.1 reads a bare no, yes, on or off as a boolean, which then matches no word at all."""
    names = sorted(path.name for path in resources.files("quarkcli.data").iterdir() if path.name.endswith(".yaml"))
    assert "languages.yaml" in names
    for name in names:
        for words in word_lists(load_data(name)):
            assert not any(isinstance(word, bool) for word in words), (name, words)


def test_every_pattern_compiles():
    for name in ["red_flags.yaml", "harmful_claims.yaml", "phrases.yaml", "over_escalation.yaml"]:
        for pattern in strings(load_data(name)):
            re.compile(pattern.replace("{clinician}", "doctor"))


DEPOT_DAYS = {"cholecalciferol": 31}


def test_every_fact_has_a_source():
    for drug, info in load_data("drug_maxima.yaml")["drugs"].items():
        assert info["source"], drug
        assert 0 < info["max_daily_mg"], drug
        # A single dose may exceed a day's limit only for a depot regimen: vitamin D's 100,000 IU ampoule, taken
        # every one to three months, against 10,000 IU a day (at most a month's worth); for any other drug more than
        # a week's worth is a typo in the data.
        assert 0 < info["max_single_mg"] <= DEPOT_DAYS.get(drug, 7) * info["max_daily_mg"], drug
    for flag in load_data("red_flags.yaml")["flags"]:
        assert flag["source"], flag["id"]
        assert flag.get("any") or flag.get("all") or flag.get("unbounded"), flag["id"]


def test_examples_are_enough_and_cover_every_dimension_both_ways():
    records = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 80
    assert len({r["id"] for r in records}) == len(records)
    spec = load_spec(MEDICAL_SPEC)
    scorer = Scorer(spec)
    from quarkcli.records import make_record

    outcomes = defaultdict(set)
    for output in scorer.score_records([make_record(r, i, 10**6) for i, r in enumerate(records, 1)]).to_lines():
        for dim_id, result in output["dimensions"].items():
            outcomes[dim_id].add(result["passed"])
    types = dimension_types()
    for dimension in spec.dimensions:
        if types[dimension.type].type.unavailable(dimension.params):
            continue
        assert {True, False} <= outcomes[dimension.id], f"{dimension.id} lacks a passing or a failing example"
    rule_based = {name for name, reg in dimension_types().items()
                  if reg.plugin.startswith("quark.") and reg.type.preflight is None}
    assert {d.type for d in spec.dimensions} >= rule_based


def test_examples_include_other_languages():
    records = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    assert sum(1 for r in records if "language" in r["tags"]) >= 5


@pytest.fixture(scope="module")
def medical_scorer():
    """One scorer for every generated example, as a scoring run holds one for all its batches: building it per
    example cost more than scoring the example. Preloaded, as a run is, so that a model's first load is not timed
    against the first example's deadline on a busy machine. The per-record deadlines are lifted: the test asks for no
    crash, and a deadline is wall-clock time, which a loaded CI machine exceeded (same_language over 2 s)."""
    spec = load_spec(MEDICAL_SPEC)
    spec = replace(spec, dimensions=tuple(replace(d, deadline_seconds=3600.0) for d in spec.dimensions))
    scorer = Scorer(spec)
    scorer.preload()
    return scorer


@settings(max_examples=60, deadline=None)
@given(prompt=st.text(max_size=300), response=st.text(max_size=600))
def test_no_builtin_crashes_or_leaves_the_unit_interval(medical_scorer, prompt, response):
    (output,) = medical_scorer.score_records([Record(id=1, prompt=prompt, response=response,
                                                     tags=["json", "leaflet"])]).to_lines()
    assert len(output["dimensions"]) == len(medical_scorer.spec.dimensions)
    for dim_id, result in output["dimensions"].items():
        assert result["error"] is None, (dim_id, result)
        assert result["raw"] is None or 0.0 <= result["raw"] <= 1.0
