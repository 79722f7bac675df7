"""`quark diagnose`: attribution, comparison, feedback, weights, JSON schema, bad input."""

import json
from pathlib import Path

import jsonschema
import numpy as np
import pytest

from quarkcli.engine import Engine
from quarkcli.engine.weights_file import load_weights
from quarkcli.spec import load_spec
from tests.conftest import ROOT

SPEC = """\
name: diag
version: 1
dimensions:
  - {id: no_bad_words, category: expert, type: keyword, risk: critical, target: 0.95, params: {exclude: [bad]}}
  - {id: wordy, category: fundamental, type: mock_words, risk: low, target: 0.8, params: {min: 3}}
  - {id: no_links, category: format, type: regex, risk: high, target: 0.9, params: {must_not_match: ['https?://']}}
"""


def record(i, response, tags):
    return {"id": f"r{i}", "prompt": f"question {i}", "response": response, "tags": tags}


@pytest.fixture
def setup(invoke, write, records_file, tmp_path):
    spec = write("diag.yaml", SPEC)

    def scores(records, name):
        data = records_file(records, name=f"{name}.jsonl")
        out = tmp_path / f"{name}-scores.jsonl"
        result = invoke("score", spec, data, "-o", out, "-q")
        assert result.exit_code == 0, result.output
        return out

    return spec, scores


def planted(n=40, fail_chest=True):
    """Every failure of no_bad_words is a 'chest' record; wordy fails at random."""
    rng = np.random.default_rng(0)
    out = []
    for i in range(n):
        chest = i % 4 == 0
        words = "one two three four" if rng.random() > 0.3 else "one"
        response = words + (" bad" if chest and fail_chest else "")
        out.append(record(i, response, ["chest" if chest else "other", "axis:accuracy"]))
    return out


def test_attribution_finds_the_planted_cause(invoke, setup, tmp_path):
    spec, scores = setup
    path = scores(planted(), "current")
    out = tmp_path / "d.json"
    result = invoke("diagnose", path, "--spec", spec, "--json", out)
    assert result.exit_code == 0, result.output
    diagnosis = json.loads(out.read_text())
    found = next(a for a in diagnosis["attribution"] if a["dimension"] == "no_bad_words")
    top = found["tags"][0]
    assert top["tag"] == "chest" and top["share_of_failures"] == 1.0 and top["n_failures"] == 10
    assert top["lift"] == pytest.approx(4.0)
    assert found["causes"][0]["cause"] == "excluded word present" and found["causes"][0]["share"] == 1.0
    assert found["worst"][0]["prompt"].startswith("question")
    first = diagnosis["matrix"]["dimensions"][0]
    assert first["dimension"] == "no_bad_words" and first["below_target"] is True
    assert diagnosis["recommendations"][0]["dimension"] == "no_bad_words"
    assert "'chest' records" in diagnosis["recommendations"][0]["text"]
    assert "no_bad_words" in result.stdout and "Recommendations" in result.stdout


def test_baseline_flags_the_planted_regression_only(invoke, setup, tmp_path):
    spec, scores = setup
    before = scores(planted(fail_chest=False), "before")
    after = scores(planted(fail_chest=True), "after")
    out = tmp_path / "d.json"
    result = invoke("diagnose", after, "--spec", spec, "--baseline", before, "--json", out)
    assert result.exit_code == 0, result.output
    comparison = json.loads(out.read_text())["comparison"]
    assert comparison["regressions"] == ["no_bad_words"]
    rows = {r["dimension"]: r for r in comparison["dimensions"]}
    assert rows["wordy"]["direction"] == "unchanged" and rows["wordy"]["delta"] == 0
    assert rows["no_bad_words"]["delta"] == pytest.approx(-0.25)
    assert rows["no_bad_words"]["ci_high"] < 0
    gate = invoke("diagnose", after, "--spec", spec, "--baseline", before, "--fail-on-regression", "-q")
    assert gate.exit_code == 3 and "no_bad_words" in gate.stderr
    assert invoke("diagnose", before, "--spec", spec, "--baseline", before, "--fail-on-regression", "-q").exit_code == 0


def test_partial_overlap_warns_with_counts_and_no_overlap_fails(invoke, setup):
    spec, scores = setup
    base = scores(planted(40), "base")
    half = scores(planted(20), "half")
    result = invoke("diagnose", half, "--spec", spec, "--baseline", base, "-q")
    assert result.exit_code == 0, result.output
    assert "20 records matched by id (20 in the scores, 40 in the baseline)" in result.stderr
    other = scores([record(i + 100, "one two three", ["x"]) for i in range(5)], "other")
    result = invoke("diagnose", other, "--spec", spec, "--baseline", base)
    assert result.exit_code == 2 and "shares no record ids" in result.stderr


def test_weights_out_loads_in_the_engine(invoke, setup, tmp_path):
    spec, scores = setup
    path = scores(planted(), "current")
    weights = tmp_path / "weights.yaml"
    assert invoke("diagnose", path, "--spec", spec, "--weights-out", weights, "-q").exit_code == 0
    loaded = load_weights(weights)
    engine = Engine(load_spec(spec), initial=loaded)
    expected = np.array([loaded.initial_weights[d] for d in engine.dim_ids])
    np.testing.assert_allclose(engine.weights, expected / expected.sum(), atol=1e-6)
    assert engine.weights[0] == max(engine.weights), "the failing critical dimension gets the most weight"


def test_json_validates_against_the_shipped_schema(invoke, setup, tmp_path, write):
    spec, scores = setup
    path = scores(planted(), "current")
    feedback = write("feedback.jsonl", '{"id": "f1", "complaints": ["refused"]}\n'
                                       '{"id": "f2", "dimension": "no_links"}\n{"id": "f3", "complaints": ["weird"]}\n')
    out = tmp_path / "d.json"
    result = invoke("diagnose", path, "--spec", spec, "--baseline", path, "--feedback", feedback, "--json", out)
    assert result.exit_code == 0, result.output
    schema = json.loads((ROOT / "schemas" / "diagnosis.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    diagnosis = json.loads(out.read_text())
    jsonschema.validate(diagnosis, schema)
    rows = {r["dimension"]: r for r in diagnosis["feedback"]["dimensions"]}
    assert rows["no_links"]["n_complaints"] == 1
    assert diagnosis["feedback"]["unmapped_tags"] == [{"tag": "refused", "count": 1}, {"tag": "weird", "count": 1}]


def test_without_spec_it_still_diagnoses(invoke, setup):
    _, scores = setup
    path = scores(planted(), "current")
    Path(f"{path}.spec.yaml").unlink()
    result = invoke("diagnose", path, "--json", "-")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["spec"] is None
    assert "no --spec" in result.stderr


def test_bad_inputs_are_clear_errors(invoke, setup, write, tmp_path):
    spec, scores = setup
    other = write("other.yaml", SPEC.replace("no_links", "no_urls"))
    path = scores(planted(), "current")
    result = invoke("diagnose", path, "--spec", other)
    assert result.exit_code == 2
    assert "different spec" in result.stderr and "no_urls" in result.stderr and "no_links" in result.stderr
    empty = write("empty.jsonl", "")
    assert "no scored records" in invoke("diagnose", empty).stderr
    garbage = write("garbage.jsonl", '{"hello": 1}\n')
    assert "not a scored record" in invoke("diagnose", garbage).stderr
    Path(f"{path}.spec.yaml").unlink()
    assert invoke("diagnose", path, "--weights-out", tmp_path / "w.yaml").exit_code == 2


def test_records_with_errors_are_left_out_with_a_warning(invoke, setup, write, tmp_path):
    spec, _ = setup
    data = write("mixed.jsonl", json.dumps(record(1, "one two three", ["a"])) + "\n{broken\n")
    out = tmp_path / "s.jsonl"
    assert invoke("score", spec, data, "-o", out, "--on-error", "skip", "-q").exit_code == 0
    result = invoke("diagnose", out, "--spec", spec, "-q")
    assert result.exit_code == 0, result.output
    assert "1 bad-input lines" in result.stderr


def test_rates_are_over_applicable_records(invoke, write, records_file, tmp_path):
    spec = write("na.yaml", "name: na\nversion: 1\ndimensions:\n"
                            "  - {id: escalation, category: expert, type: red_flag_escalation, risk: critical, target: 0.9}\n")
    emergency = "I have chest pain and I'm short of breath."
    records = ([{"id": "e1", "prompt": emergency, "response": "Call 911 right now."},
                {"id": "e2", "prompt": emergency, "response": "Rest and drink some tea."}]
               + [{"id": f"b{i}", "prompt": "What foods contain vitamin D?", "response": "Oily fish."} for i in range(8)])
    scores = tmp_path / "scores.jsonl"
    assert invoke("score", spec, records_file(records), "-o", scores, "-q").exit_code == 0
    out, report = tmp_path / "d.json", tmp_path / "report.html"
    result = invoke("diagnose", scores, "--spec", spec, "--json", out, "--html", report)
    assert result.exit_code == 0, result.output
    diagnosis = json.loads(out.read_text())
    jsonschema.validate(diagnosis, json.loads((ROOT / "schemas" / "diagnosis.schema.json").read_text()))
    (row,) = diagnosis["matrix"]["dimensions"]
    assert (row["n_applicable"], row["n_scored"], row["n_unscored"]) == (2, 2, 0)
    assert row["pass_rate"] == 0.5 and row["below_target"] is True, "8 prompts without a red flag are not passes"
    (causes,) = diagnosis["attribution"]
    assert (causes["n_failures"], causes["n_judged"], causes["failure_rate"]) == (1, 2, 0.5)
    assert "Appl" in result.stdout
    assert "<th>Applicable</th>" in report.read_text() and '<td class="num">2</td>' in report.read_text()


def test_causes_are_counted_once_per_failing_record(tmp_path):
    from quarkcli.diagnose.load import load_scores
    from quarkcli.diagnose.matrix import attribution

    def line(i, evidence):
        return {"id": f"r{i}", "tags": [], "excerpt": "", "category_scores": {}, "composite": None,
                "dimensions": {"dosage": {"raw": 0.0, "passed": False, "evidence": evidence, "error": None}}}

    three = [f"ibuprofen: '{d} mg' is above the maximum" for d in (800, 900, 1000)]
    lines = [line(i, three + ["acetaminophen: '5 g' is above the maximum"]) for i in range(5)]
    lines += [line(i, ["acetaminophen: '6 g' is above the maximum"]) for i in range(5, 10)]
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    [dosage] = attribution(load_scores(path, None))
    shares = {c["cause"]: (c["count"], c["share"]) for c in dosage["causes"]}
    assert shares == {"acetaminophen": (10, 1.0), "ibuprofen": (5, 0.5)}
