"""The ablation benchmark: seeded, deterministic, and its doc matches its raw results."""

import json
import sys

import numpy as np
import pytest

from tests.conftest import ROOT

ABLATION = ROOT / "benchmarks" / "ablation"


@pytest.fixture(scope="module")
def benchmark():
    sys.path.insert(0, str(ABLATION))
    try:
        import common
        import policy_gradient

        common.register_benchmark_plugin()
        yield policy_gradient
    finally:
        sys.path.remove(str(ABLATION))


def test_policy_gradient_is_deterministic_per_seed(benchmark, tmp_path):
    specs = {m: benchmark.spec_variant(m, tmp_path) for m in ("static", "quark")}
    pool = benchmark.load_pool(specs["quark"])
    from quarkcli.engine import Calibrator

    calibrator = Calibrator(specs["quark"])
    calibrator.add(pool[1])
    reference = calibrator.reference()
    for method in specs:
        first = benchmark.run(method, specs[method], pool, reference, seed=3, steps=15)
        second = benchmark.run(method, specs[method], pool, reference, seed=3, steps=15)
        other = benchmark.run(method, specs[method], pool, reference, seed=4, steps=15)
        assert first == second
        assert not np.allclose(first["attainment"], other["attainment"])


def test_the_doc_shows_the_numbers_in_the_results_files():
    sys.path.insert(0, str(ABLATION))
    try:
        import report
    finally:
        sys.path.remove(str(ABLATION))
    doc = (ROOT / "docs" / "ablation.md").read_text(encoding="utf-8")
    for name in ("policy_gradient", "grpo_tiny"):
        results = json.loads((ROOT / "benchmarks" / "results" / f"{name}.json").read_text(encoding="utf-8"))
        table, _ = report.table(results)
        assert table in doc, f"docs/ablation.md is out of date for {name}: run benchmarks/ablation/report.py"
