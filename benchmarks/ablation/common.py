"""Shared by the ablation benchmarks: the benchmark-only dimension types, and the tiny GRPO run's metrics."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from quarkcli import hookimpl
from quarkcli.dimensions import Dimension, DimensionType, Score
from quarkcli.plugins import load_plugins

HERE = Path(__file__).resolve().parent
METHODS = ("static", "gdpo", "rfn", "quark")


class LetterPoints(Dimension):
    """0-100: the percentage of non-space characters that are letters."""

    def score(self, record):
        chars = [c for c in record.response if not c.isspace()]
        if not chars:
            return Score(raw=0.0, passed=False, evidence=["empty response"])
        points = 100.0 * sum(c.isalpha() for c in chars) / len(chars)
        return Score(raw=points, passed=points >= 85, evidence=[f"{points:.0f}% letters"])


class TableColumn(Dimension):
    """A dimension whose scores come from the controlled benchmark's generated table, never from a response."""

    def score(self, record):
        return Score.unscored("benchmark table column")


class BenchmarkPlugin:
    """The benchmark-only dimension types, registered like any third-party plugin."""

    __name__ = "ablation-benchmark"

    @hookimpl
    def quark_register_dimensions(self, register):
        register(DimensionType(name="letter_points", implementation=LetterPoints, category="fundamental",
                               description="Percent of characters that are letters (benchmark only)."))
        register(DimensionType(name="table_column", implementation=TableColumn, category="expert",
                               description="A column of the controlled benchmark's generated table (benchmark only)."))


def register_benchmark_plugin() -> None:
    pm = load_plugins()
    if not pm.has_plugin("ablation-benchmark"):
        pm.register(BenchmarkPlugin(), name="ablation-benchmark")


def attainment(raw: np.ndarray, passed: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Per dimension: pass rate where the dimension reports pass/fail, else mean raw (weighted rows)."""
    w = np.ones(len(raw)) if weights is None else weights
    values = np.where(np.isnan(passed), raw, passed)
    known = ~np.isnan(values)
    return (np.where(known, values, 0.0) * w[:, None]).sum(0) / np.maximum((known * w[:, None]).sum(0), 1e-12)


def summarize(curves: dict, targets: np.ndarray, base: np.ndarray, critical: np.ndarray, tail: float = 0.2) -> dict:
    """The benchmark's metrics for one run from its per-step attainment and critical-violation curves."""
    att = np.asarray(curves["attainment"])          # steps x dims
    ratio = np.minimum(att / targets, 1.0)
    worst = ratio.min(axis=1)
    reached = np.flatnonzero((att >= targets).all(axis=1))
    last = att[int(len(att) * (1 - tail)):]
    return {
        "worst_final": float(worst[-1]),
        "worst_mean": float(worst.mean()),
        "critical_violation_final": float(curves["critical_violation"][-1]),
        "critical_violation_mean": float(np.mean(curves["critical_violation"])),
        "steps_to_targets": int(reached[0]) if len(reached) else None,
        "common_composite_final": float((np.clip(att[-1], 0, 1) * base).sum() / base.sum()),
        "stability": float(last.var(axis=0).mean()),
    }
