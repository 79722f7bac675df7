"""score_throughput.py's helpers: the CPU-derived --workers 2 bound and the varied-text records."""

import json
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from score_throughput import VARIED, cpu_bound, make_varied_data  # noqa: E402


def test_cpu_bound_splits_the_workers_but_not_the_parent():
    single = {"cpu": 10.8}
    pair = {"cpu": 3.5, "workers_cpu": 7.9}  # 3.5 s serial start-up, scoring split over two workers
    assert cpu_bound(single, pair) == pytest.approx(10.8 / (3.5 + 7.9 / 2))


def test_cpu_bound_reaches_two_only_without_a_serial_share():
    assert cpu_bound({"cpu": 8.0}, {"cpu": 0.0, "workers_cpu": 8.0}) == pytest.approx(2.0)


def test_varied_records_are_distinct_and_leave_the_test_split_out(tmp_path):
    assert all(path.parent.name == "medical_checks" and path.name != "test.jsonl" for path in VARIED)
    n = make_varied_data(tmp_path / "varied.jsonl")
    records = [json.loads(line) for line in (tmp_path / "varied.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == n > 4000
    assert len({(r["prompt"], r["response"]) for r in records}) == n
    assert len({r["id"] for r in records}) == n
