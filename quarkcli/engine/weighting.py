"""Tri-Factor Adaptive Dynamic Weighting, and the static baseline.

Weights change only through ``update(BatchStats)``. BatchStats are plain sums,
so statistics from several processes can be added (all-reduced) first: every
rank then computes identical weights. Formulas and constants: docs/engine.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..risk import Risk
from .settings import WeightingSettings


@dataclass
class BatchStats:
    """Sufficient statistics of one batch; add two to merge them."""

    n_rows: float
    perf_sum: np.ndarray
    perf_n: np.ndarray
    x_sum: np.ndarray
    xx: np.ndarray

    @classmethod
    def from_batch(cls, performance: np.ndarray, normalized: np.ndarray) -> "BatchStats":
        """``performance``: pass (1/0) or raw in [0, 1] per record and dimension, NaN when unknown."""
        known = ~np.isnan(performance)
        x = np.nan_to_num(normalized, nan=0.0)
        return cls(
            n_rows=float(len(normalized)),
            perf_sum=np.where(known, performance, 0.0).sum(axis=0),
            perf_n=known.sum(axis=0).astype(float),
            x_sum=x.sum(axis=0),
            xx=x.T @ x,
        )

    def __add__(self, other: "BatchStats") -> "BatchStats":
        return BatchStats(self.n_rows + other.n_rows, self.perf_sum + other.perf_sum, self.perf_n + other.perf_n,
                          self.x_sum + other.x_sum, self.xx + other.xx)

    def to_vector(self) -> np.ndarray:
        """One flat float64 vector, for an all-reduce (sum) across processes."""
        return np.concatenate([[self.n_rows], self.perf_sum, self.perf_n, self.x_sum, self.xx.ravel()])

    @classmethod
    def from_vector(cls, vector: np.ndarray, n_dims: int) -> "BatchStats":
        """The inverse of ``to_vector``, after the all-reduce."""
        d = n_dims
        return cls(float(vector[0]), vector[1:1 + d], vector[1 + d:1 + 2 * d], vector[1 + 2 * d:1 + 3 * d],
                   vector[1 + 3 * d:].reshape(d, d))


def correlation(stats: BatchStats) -> np.ndarray | None:
    """Pearson correlation of normalized scores (nulls as 0, the reference mean)."""
    if stats.n_rows < 2:
        return None
    mean = stats.x_sum / stats.n_rows
    cov = stats.xx / stats.n_rows - np.outer(mean, mean)
    std = np.sqrt(np.clip(np.diag(cov), 0.0, None))
    denom = np.outer(std, std)
    with np.errstate(invalid="ignore", divide="ignore"):
        corr = np.where(denom > 1e-12, cov / denom, 0.0)
    np.fill_diagonal(corr, 1.0)
    return np.clip(corr, -1.0, 1.0)


class Weighting:
    """Base weights, normalised to sum to 1 (the `static` method).

    Three kinds of weight, three names: ``base`` is the spec's ``weight`` per dimension, ``weights``
    the current weights (what the composite uses now), and ``start_from`` takes the initial weights
    of a weights file.
    """

    def __init__(self, base: np.ndarray, targets: np.ndarray, risks: list[str], settings: WeightingSettings):
        self.base = base
        self.targets = targets
        self.risks = risks
        self.settings = settings
        self.steps = 0
        total = base.sum()
        self.weights = base / total if total > 0 else np.zeros_like(base)

    def update(self, stats: BatchStats) -> None:
        self.steps += 1

    def start_from(self, initial_weights: np.ndarray) -> None:
        """Begin from initial weights (e.g. from `quark diagnose --weights-out`), normalised to sum to 1."""
        total = initial_weights.sum()
        if total > 0:
            self.weights = initial_weights / total

    def proposed(self) -> np.ndarray:
        """The weights the current statistics call for (static: always the base weights)."""
        return self.weights

    def factors(self) -> dict[str, np.ndarray]:
        ones = np.ones_like(self.base)
        return {"weakness": ones, "risk": ones, "redundancy": ones}

    def state_dict(self) -> dict:
        return {"steps": self.steps, "weights": self.weights.tolist()}

    def load_state_dict(self, state: dict) -> None:
        self.steps = state["steps"]
        self.weights = np.asarray(state["weights"], dtype=float)


class Tadw(Weighting):
    """Weight = base x weakness x risk x redundancy, normalised, floored and smoothed."""

    def __init__(self, base, targets, risks, settings):
        super().__init__(base, targets, risks, settings)
        self.tiers = np.array([settings.risk_tiers[r] for r in risks])
        self.guarded = np.array([Risk(r).guarded for r in risks])
        self.performance = np.full(len(base), np.nan)
        self.corr: np.ndarray | None = None
        self.weights = self._floor_mix(base * self.tiers)

    def _floor_mix(self, raw: np.ndarray) -> np.ndarray:
        """Normalise over weighted dimensions and lift each to at least min_weight."""
        active = self.base > 0
        total = raw[active].sum()
        if not active.any() or total <= 0:
            return np.where(active, 1.0 / max(active.sum(), 1), 0.0)
        floor = self.settings.min_weight
        return np.where(active, floor + (1 - active.sum() * floor) * raw / total, 0.0)

    def proposed(self) -> np.ndarray:
        """The weights the current statistics call for, before smoothing."""
        f = self.factors()
        return self._floor_mix(self.base * f["weakness"] * f["risk"] * f["redundancy"])

    def factors(self) -> dict[str, np.ndarray]:
        s = self.settings
        gap = np.where(np.isnan(self.performance), 0.0, np.clip(self.targets - self.performance, 0.0, None))
        weakness = 1.0 + s.weakness_gain * gap
        with np.errstate(invalid="ignore", divide="ignore"):
            violation = np.where(self.targets > 0, gap / self.targets, 0.0)
        risk = self.tiers * np.where(self.guarded, 1.0 + s.violation_gain * violation, 1.0)
        redundancy = np.ones_like(self.base)
        if self.corr is not None:
            share = np.clip((self.corr - s.redundancy_threshold) / (1 - s.redundancy_threshold), 0.0, 1.0)
            np.fill_diagonal(share, 0.0)
            share[:, self.base <= 0] = 0.0
            redundancy = 1.0 / (1.0 + share.sum(axis=1))
        return {"weakness": weakness, "risk": risk, "redundancy": redundancy}

    def update(self, stats: BatchStats) -> None:
        m = self.settings.momentum
        seen = stats.perf_n > 0
        with np.errstate(invalid="ignore", divide="ignore"):
            batch_perf = np.where(seen, stats.perf_sum / np.where(seen, stats.perf_n, 1.0), np.nan)
        fresh = seen & np.isnan(self.performance)
        blended = m * self.performance + (1 - m) * batch_perf
        self.performance = np.where(fresh, batch_perf, np.where(seen, blended, self.performance))
        corr = correlation(stats)
        if corr is not None:
            self.corr = corr if self.corr is None else m * self.corr + (1 - m) * corr
        self.weights = (1 - self.settings.smoothing) * self.weights + self.settings.smoothing * self.proposed()
        self.steps += 1

    def state_dict(self) -> dict:
        return {
            **super().state_dict(),
            "performance": [None if np.isnan(v) else float(v) for v in self.performance],
            "corr": None if self.corr is None else self.corr.tolist(),
        }

    def load_state_dict(self, state: dict) -> None:
        super().load_state_dict(state)
        self.performance = np.array([np.nan if v is None else v for v in state["performance"]], dtype=float)
        self.corr = None if state["corr"] is None else np.asarray(state["corr"], dtype=float)
