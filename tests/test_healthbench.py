"""HealthBench reporting: prompt_id as the record id, clipped per-tag aggregates with a bootstrap std."""

import json
from pathlib import Path

import pytest

from quarkcli.healthbench import clipped_stats
from tests.judge_server import JudgeServer

FIXTURE = Path(__file__).parent / "fixtures" / "healthbench_mini.jsonl"
SPEC = ("name: hb\nversion: 1\ndimensions:\n  - {id: rubric, category: expert, type: judge_rubric, params: "
        "{backend: {base_url: '%s', model: judge, api_key_env: QUARK_TEST_JUDGE_KEY}}}\n")
# Per-example scores of the fixture, by hand: points of met criteria over positive points.
EXAMPLES = {"hb-001": 5 / 8, "hb-002": (4 - 6) / 6, "hb-003": 1.0, "hb-004": 0.5, "hb-005": (7 - 2) / 10}


@pytest.fixture
def scored(invoke, write, tmp_path, monkeypatch):
    monkeypatch.setenv("QUARK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("QUARK_TEST_JUDGE_KEY", "sk-test")
    monkeypatch.setenv("COLUMNS", "100")
    out = tmp_path / "scores.jsonl"
    with JudgeServer() as server:
        spec = write("hb.yaml", SPEC % server.url)
        summary = invoke("score", spec, FIXTURE, "-o", out, "--summary-json", tmp_path / "summary.json")
    assert summary.exit_code == 0, summary.output
    return out, json.loads((tmp_path / "summary.json").read_text()), summary.stdout


def test_healthbench_records_keep_their_prompt_id(scored):
    out, _, _ = scored
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert {line["id"]: line["dimensions"]["rubric"]["raw"] for line in lines} == pytest.approx(EXAMPLES)


def test_per_tag_aggregates_are_clipped_means_with_a_bootstrap_std(scored):
    _, summary, stdout = scored
    aggregate = summary["healthbench"]["rubric"]
    overall = aggregate["overall"]
    assert overall["score"] == pytest.approx(sum(EXAMPLES.values()) / 5)
    assert overall["n"] == 5
    assert overall["bootstrap_std"] == pytest.approx(0.195, abs=0.02)  # population std / sqrt(5) of EXAMPLES
    tags = {tag: (v["score"], v["n"]) for tag, v in aggregate["tags"].items()}
    assert tags["theme:emergency_referrals"] == (pytest.approx((5 / 8 - 1 / 3) / 2), 2)
    assert tags["theme:hedging"] == (pytest.approx(0.75), 2)
    assert tags["axis:accuracy"] == (pytest.approx((1.0 - 0.5 + 0.0 + 1.0) / 4), 4)
    assert tags["axis:communication"] == (pytest.approx((0.0 + 1.0 - 2 / 3) / 3, abs=1e-3), 3)  # evidence: 3 places
    assert tags["axis:completeness"] == (pytest.approx(2 / 3, abs=1e-3), 3)
    assert "rubric, HealthBench-style" in stdout and "axis:accuracy" in stdout


def test_clipping_applies_to_the_mean_and_to_every_bootstrap_mean():
    stats = clipped_stats([-0.5, -0.2, -0.1])
    assert stats == {"score": 0.0, "bootstrap_std": 0.0, "n": 3}
    assert clipped_stats([0.2, 0.4]) == clipped_stats([0.2, 0.4])  # seeded: reproducible
