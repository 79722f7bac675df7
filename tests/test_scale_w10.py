"""The CPU-derived --workers 2 bound that `make bench` prints next to the noisy wall-clock ratio."""

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from score_throughput import cpu_bound  # noqa: E402


def test_cpu_bound_splits_the_workers_but_not_the_parent():
    single = {"cpu": 10.8}
    pair = {"cpu": 3.5, "workers_cpu": 7.9}  # 3.5 s serial start-up, scoring split over two workers
    assert cpu_bound(single, pair) == pytest.approx(10.8 / (3.5 + 7.9 / 2))


def test_cpu_bound_reaches_two_only_without_a_serial_share():
    assert cpu_bound({"cpu": 8.0}, {"cpu": 0.0, "workers_cpu": 8.0}) == pytest.approx(2.0)
