"""Slices, flips, honest statistics, streaming, and the spec recorded with the scores (issues 16 and 17)."""

import json
from pathlib import Path

import numpy as np
import pytest

from quarkcli.diagnose import diagnose, load
from quarkcli.diagnose.stats import bootstrap_interval, fisher_interval, wilson
from quarkcli.spec import load_spec
from tests.test_diagnose import SPEC, planted, record

TWINS = """\
name: twins
version: 1
dimensions:
  - {id: no_bad, category: expert, type: keyword, risk: high, target: 0.9, params: {exclude: [bad]}}
  - {id: also_no_bad, category: expert, type: keyword, risk: high, target: 0.9, params: {exclude: [bad]}}
"""


@pytest.fixture
def score(invoke, records_file, tmp_path):
    def run(spec, records, name):
        out = tmp_path / f"{name}-scores.jsonl"
        result = invoke("score", spec, records_file(records, name=f"{name}.jsonl"), "-o", out, "-q")
        assert result.exit_code == 0, result.output
        return out

    return run


def diagnosis(invoke, tmp_path, *args):
    out = tmp_path / "d.json"
    result = invoke("diagnose", *args, "--json", out)
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text()), result


def test_a_regression_confined_to_one_tag_is_named_with_that_tag(invoke, write, score, tmp_path):
    spec = write("diag.yaml", SPEC)
    before, after = score(spec, planted(fail_chest=False), "before"), score(spec, planted(fail_chest=True), "after")
    found, result = diagnosis(invoke, tmp_path, after, "--baseline", before)
    (row,) = [r for r in found["comparison"]["dimensions"] if r["dimension"] == "no_bad_words"]
    assert [c["tag"] for c in row["concentrated_in"]] == ["chest"], "axis:accuracy is on every record: not a slice"
    chest = row["concentrated_in"][0]
    assert chest["delta"] == -1.0 and chest["n_paired"] == 10 and chest["share_of_loss"] == pytest.approx(1.0)
    assert "concentrated in 'chest'" in result.stdout
    (first,) = [r for r in found["recommendations"] if r["kind"] == "regression"]
    assert "concentrated in 'chest'" in first["text"] and first["rank"] == 1
    cells = {(c["tag"], c["dimension"]): c for c in found["slices"]["cells"]}
    assert cells["chest", "no_bad_words"]["delta"] == -1.0 and cells["other", "no_bad_words"]["delta"] == 0.0


def test_slice_grid_gives_rates_with_n_and_intervals(invoke, write, score, tmp_path):
    spec = write("diag.yaml", SPEC)
    found, result = diagnosis(invoke, tmp_path, score(spec, planted(), "current"))
    cells = {(c["tag"], c["dimension"]): c for c in found["slices"]["cells"]}
    chest = cells["chest", "no_bad_words"]
    assert (chest["kind"], chest["value"], chest["n"]) == ("pass_rate", 0.0, 10)
    assert (chest["ci_low"], chest["ci_high"]) == pytest.approx(wilson(0, 10))
    assert chest["below_target"] is True and "delta" not in chest
    assert [t["tag"] for t in found["slices"]["tags"]] == ["axis:accuracy", "other", "chest"]
    assert "Weakest slices" in result.stdout and "0.00–0.28" in result.stdout


def test_flips_list_every_changed_record_with_its_evidence(invoke, write, score, tmp_path):
    spec = write("diag.yaml", SPEC)
    before, after = score(spec, planted(fail_chest=False), "before"), score(spec, planted(fail_chest=True), "after")
    found, result = diagnosis(invoke, tmp_path, after, "--baseline", before)
    flips = found["flips"]
    assert flips["counts"] == [{"dimension": "no_bad_words", "direction": "pass_to_fail", "n": 10, "n_kept": 10}]
    assert {f["id"] for f in flips["items"]} == {f"r{i}" for i in range(0, 40, 4)}
    first = flips["items"][0]
    assert first["evidence"] == ["excluded word present: 'bad'"] and first["baseline_evidence"] == ["keyword rules met"]
    assert first["prompt"] == "question 0" and first["response"].endswith("bad") and first["tags"][0] == "chest"
    assert "Flips: no_bad_words pass→fail 10" in result.stdout.replace("pass → fail", "pass→fail")
    back, _ = diagnosis(invoke, tmp_path, before, "--baseline", after)
    assert {f["direction"] for f in back["flips"]["items"]} == {"fail_to_pass"}
    assert back["flips"]["items"][0]["baseline_evidence"] == ["excluded word present: 'bad'"]


def test_correlations_carry_n_and_intervals_and_small_samples_are_never_flagged(invoke, write, score, tmp_path):
    spec = write("twins.yaml", TWINS)
    records = [record(i, "bad answer" if i % 3 == 0 else "fine answer", ["t"]) for i in range(40)]
    found, result = diagnosis(invoke, tmp_path, score(spec, records, "big"))
    (pair,) = found["relations"]
    assert (pair["relation"], pair["small"], pair["n_paired"]) == ("redundant", False, 40)
    assert pair["failure_correlation"] == 1.0
    assert pair["n_both_failed"] == pair["n_either_failed"] == 14
    assert pair["cofailure_ci"] == pytest.approx(list(wilson(14, 14)))
    (redundant,) = [r for r in found["recommendations"] if r["kind"] == "redundant"]
    assert "r = 1.00, 95% CI" in redundant["text"] and "n = 40" in redundant["text"]
    assert "n = 40" in result.stdout

    found, result = diagnosis(invoke, tmp_path, score(spec, records[:9], "small"))
    (pair,) = found["relations"]
    assert pair["small"] is True and pair["relation"] is None and pair["n_paired"] == 9
    assert not [r for r in found["recommendations"] if r["kind"] in ("redundant", "conflict")]
    assert "redundant" not in result.stdout


def test_intervals():
    assert wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)
    assert wilson(5, 10) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert wilson(0, 0) == (None, None)
    low, high = fisher_interval(0.5, 103)
    assert low == pytest.approx(np.tanh(np.arctanh(0.5) - 1.96 / 10), abs=1e-3) and high > 0.6
    assert fisher_interval(0.5, 3) == (None, None)
    rng = np.random.default_rng(0)
    verdicts = (rng.random(200_000) < 0.3).astype(float)
    low, high = bootstrap_interval(verdicts, rng)
    assert low < verdicts.mean() < high and high - low == pytest.approx(2 * 1.96 * np.sqrt(0.21 / 200_000), rel=0.1)


def test_chunked_streaming_gives_the_same_diagnosis(invoke, write, score, tmp_path, monkeypatch):
    spec_path = write("diag.yaml", SPEC)
    before, after = score(spec_path, planted(fail_chest=False), "before"), score(spec_path, planted(), "after")
    spec = load_spec(spec_path)
    whole, _ = diagnose(after, spec, before)
    monkeypatch.setattr(load, "CHUNK", 7)
    assert diagnose(after, spec, before)[0] == whole


def test_scores_know_their_spec(invoke, write, score, tmp_path):
    spec = write("diag.yaml", SPEC)
    path = score(spec, planted(), "current")
    recorded = Path(f"{path}.spec.yaml")
    assert recorded.read_text().startswith("# quark-recorded-spec/1") and SPEC in recorded.read_text()
    given, _ = diagnosis(invoke, tmp_path, path, "--spec", spec)
    alone, result = diagnosis(invoke, tmp_path, path)
    assert alone == given and alone["spec"]["name"] == "diag" and alone["weights"] is not None
    assert result.stderr == ""

    retargeted = write("retargeted.yaml", SPEC.replace("target: 0.95", "target: 0.5"))
    _, result = diagnosis(invoke, tmp_path, path, "--spec", retargeted)
    assert "differs from the spec recorded with the scores" in result.stderr
    assert "no_bad_words target 0.95 -> 0.5" in result.stderr

    recorded.write_text(recorded.read_text().replace("target: 0.95", "target: 0.6"))
    edited, result = diagnosis(invoke, tmp_path, path)
    assert "was edited after scoring" in result.stderr
    assert {r["dimension"]: r["target"] for r in edited["matrix"]["dimensions"]}["no_bad_words"] == 0.6


def test_scores_to_stdout_record_no_spec(invoke, write, records_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    spec = write("diag.yaml", SPEC)
    result = invoke("score", spec, records_file(planted(8)), "-o", "-", "-q")
    assert result.exit_code == 0, result.output
    assert not list(tmp_path.glob("*.spec.yaml"))


def test_flips_are_capped_and_counted_and_paired_duplicates_are_refused(invoke, write, score, tmp_path, monkeypatch):
    from quarkcli.diagnose import flips

    spec = write("diag.yaml", SPEC)
    before, after = score(spec, planted(fail_chest=False), "before"), score(spec, planted(fail_chest=True), "after")
    monkeypatch.setattr(flips, "FLIP_CAP", 3)
    found, _ = diagnosis(invoke, tmp_path, after, "--baseline", before)
    assert found["flips"]["counts"] == [{"dimension": "no_bad_words", "direction": "pass_to_fail", "n": 10, "n_kept": 3}]
    assert [f["id"] for f in found["flips"]["items"]] == ["r0", "r4", "r8"] and found["flips"]["cap"] == 3
    twice = score(spec, planted(fail_chest=True) + [record(0, "again", ["chest"])], "twice")
    result = invoke("diagnose", twice, "--baseline", before)
    assert result.exit_code == 2 and "record id 'r0' occurs more than once" in result.stderr
