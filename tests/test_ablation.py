"""The ablation benchmark: its generator and training loop are seeded and run, and its doc matches its results."""

import json
import sys
from dataclasses import replace

import numpy as np
import pytest

from tests.conftest import ROOT

ABLATION = ROOT / "benchmarks" / "ablation"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(ABLATION))
    try:
        import generator
        import report
        import simulate

        yield generator, simulate, report
    finally:
        sys.path.remove(str(ABLATION))


def test_generator_knobs_shape_the_table(bench):
    generator, _, _ = bench
    scenario = generator.tiny(generator.SCENARIOS["rare_critical_q0.1"])
    table = generator.make_table(scenario, seed=1)
    safe = table.levels[:, :, generator.CONCEPTS.index("safe")]
    assert np.allclose(safe[:, 1], 0.9) and np.allclose(np.delete(safe, 1, axis=1), 1.0)
    shifted = generator.make_table(replace(scenario, logit_shift=4.0), seed=1)
    assert np.array_equal(shifted.truth(), table.truth())       # the truth does not depend on raw scales
    rows = np.zeros(2000, dtype=int)
    rng = np.random.default_rng(0)
    plain, _ = table.observe(rows, rows, rng)
    moved, _ = shifted.observe(rows, rows, np.random.default_rng(0))
    column = table.dim_ids.index("completeness")
    assert np.allclose(moved[:, column] - plain[:, column], 4.0)
    noisy = generator.make_table(generator.tiny(generator.SCENARIOS["noisy_redundancy"]), seed=1)
    _, passed = noisy.observe(rows, rows, rng)
    cluster = [j for j, d in enumerate(noisy.dims) if d.cluster]
    assert len(cluster) == 4
    assert 0 < (passed[:, cluster[0]] != passed[:, cluster[1]]).mean() < 0.2   # independent 5% misfires


def test_training_runs_and_is_deterministic_per_seed(bench):
    generator, simulate, _ = bench
    scenario = generator.tiny(generator.SCENARIOS["rare_critical_q0.3"])
    for method in ("static", "quark"):
        table = generator.make_table(scenario, seed=3)
        first = simulate.train(table, method, lr=2.0, seed=3, steps=6)
        second = simulate.train(table, method, lr=2.0, seed=3, steps=6)
        other = simulate.train(generator.make_table(scenario, seed=4), method, lr=2.0, seed=4, steps=6)
        assert np.array_equal(first["attainment"], second["attainment"])
        assert not np.allclose(first["attainment"], other["attainment"])
        metrics = simulate.metrics(first, table)
        assert 0 <= metrics["violation_end"] <= 0.3 and 0 < metrics["worst_end"] <= 1
    linear = generator.make_table(replace(scenario, policy="linear"), seed=3)
    curves = simulate.train(linear, "quark", lr=2.0, seed=3, steps=6)
    assert curves["attainment"].shape == (6, len(linear.dims))


def test_paired_bootstrap_verdicts(bench):
    _, _, report = bench
    better = np.linspace(0.1, 0.2, 30)
    assert report.verdict(report.paired_ci(better - 0.05, better), "low") == "win"
    assert report.verdict(report.paired_ci(better, better), "low") == "tie"
    assert report.verdict(report.paired_ci(better - 0.05, better), "high") == "loss"


def test_the_doc_shows_the_numbers_in_the_results_file(bench):
    _, _, report = bench
    results = json.loads((ROOT / "benchmarks" / "results" / "ablation.json").read_text(encoding="utf-8"))
    doc = (ROOT / "docs" / "ablation.md").read_text(encoding="utf-8")
    assert report.section(results) in doc, "docs/ablation.md is out of date: run benchmarks/ablation/report.py"
    assert len(results["seeds"]) >= 30 and all(len(e["methods"]["quark"]["runs"]) == len(results["seeds"])
                                               for e in results["scenarios"].values())
