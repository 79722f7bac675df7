"""TADW as a constraint controller, and the static baseline.

Weights change only through ``update(BatchStats)`` (training: one step per batch) or
``settle(BatchStats)`` (evaluation: the fixed point of the update for statistics that no
longer change). BatchStats are plain sums, so statistics from several processes can be
added (all-reduced) first: every rank then computes identical weights. Formulas and
constants: docs/engine.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

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
    def from_batch(cls, attainment: np.ndarray, normalized: np.ndarray) -> "BatchStats":
        """``attainment``: pass (1/0), else the raw score's reference quantile, per record and dimension;
        NaN when unknown."""
        known = ~np.isnan(attainment)
        x = np.nan_to_num(normalized, nan=0.0)
        return cls(
            n_rows=float(len(normalized)),
            perf_sum=np.where(known, attainment, 0.0).sum(axis=0),
            perf_n=known.sum(axis=0).astype(float),
            x_sum=x.sum(axis=0),
            xx=x.T @ x,
        )

    def __add__(self, other: "BatchStats") -> "BatchStats":
        return BatchStats(self.n_rows + other.n_rows, self.perf_sum + other.perf_sum, self.perf_n + other.perf_n,
                          self.x_sum + other.x_sum, self.xx + other.xx)

    def attained(self) -> np.ndarray:
        """Mean attainment per dimension, NaN where the dimension was never scored."""
        seen = self.perf_n > 0
        return np.where(seen, self.perf_sum / np.where(seen, self.perf_n, 1.0), np.nan)

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


def shares(corr: np.ndarray, threshold: float) -> np.ndarray:
    """How much of its weight each pair of dimensions shares: the correlation where it reaches the
    threshold, else nothing (conflicts and weak relations are left alone)."""
    share = np.where(corr >= threshold, corr, 0.0)
    np.fill_diagonal(share, 0.0)
    return share


class Weighting:
    """Base weights, normalised to sum to 1 (the `static` method).

    Three kinds of weight, three names: ``base`` is the spec's ``weight`` per dimension, ``weights``
    the current weights (what the composite uses now), and ``start_from`` takes the initial weights
    of a weights file.
    """

    def __init__(self, base: np.ndarray, targets: np.ndarray, tiers: np.ndarray, share: np.ndarray,
                 critical: np.ndarray, settings: WeightingSettings):
        self.base = base
        self.critical = critical
        self.targets = targets
        self.tiers = tiers
        self.share = share
        self.settings = settings
        self.steps = 0
        self.seen = np.ones(len(base), dtype=bool)
        self.attained = np.full(len(base), np.nan)
        self.weights = self._normalised(base)

    def _normalised(self, raw: np.ndarray) -> np.ndarray:
        active = (self.base > 0) & self.seen
        total = raw[active].sum()
        return np.where(active, raw / total, 0.0) if total > 0 else np.zeros_like(raw)

    def update(self, stats: BatchStats) -> None:
        self.steps += 1

    def settle(self, stats: BatchStats) -> None:
        """Evaluation weights for whole-data statistics: base weights over the dimensions that were scored."""
        self.attained = stats.attained()
        self.seen = ~np.isnan(self.attained)
        self.weights = self._normalised(self.base)

    def start_from(self, initial_weights: np.ndarray) -> None:
        """Begin from initial weights (e.g. from `quark diagnose --weights-out`), normalised to sum to 1."""
        total = initial_weights.sum()
        if total > 0:
            self.weights = initial_weights / total

    def factors(self) -> dict[str, np.ndarray]:
        ones = np.ones_like(self.base)
        return {"weakness": ones, "risk": ones, "redundancy": ones}

    def multipliers(self) -> np.ndarray:
        """The weight multipliers λ (all 0 without adaptation)."""
        return np.zeros_like(self.base)

    def penalties(self) -> np.ndarray:
        """The critical constraint's multipliers μ (all 0 without adaptation)."""
        return np.zeros_like(self.base)

    def state_dict(self) -> dict:
        return {"steps": self.steps, "weights": self.weights.tolist()}

    def load_state_dict(self, state: dict) -> None:
        self.steps = state["steps"]
        self.weights = np.asarray(state["weights"], dtype=float)


class Tadw(Weighting):
    """Weight ∝ base × risk tier × (1 + λ) × redundancy, with λ the integral of each dimension's
    shortfall against its target (a Lagrange multiplier per target)."""

    def __init__(self, base, targets, tiers, share, critical, settings):
        super().__init__(base, targets, tiers, share, critical, settings)
        self.lam = np.zeros(len(base))
        self.mu = np.zeros(len(base))
        self.corr: np.ndarray | None = None
        self.weights = self.proposed()

    def _floor_mix(self, raw: np.ndarray, redundancy: np.ndarray) -> np.ndarray:
        """Normalise over weighted, scored dimensions and lift each to at least min_weight × its redundancy
        factor (so that a cluster of copies shares one floor, as it shares one weight)."""
        active = (self.base > 0) & self.seen
        total = raw[active].sum()
        if not active.any() or total <= 0:
            return np.where(active, 1.0 / max(active.sum(), 1), 0.0)
        floor = self.settings.min_weight * np.where(active, redundancy, 0.0)
        return np.where(active, floor + (1 - floor.sum()) * raw / total, 0.0)

    def redundancy(self) -> np.ndarray:
        """1 / (1 + weight shared with other weighted dimensions): a cluster of k copies gets one copy's weight."""
        share = self.share
        if self.settings.redundancy_source == "on_policy" and self.corr is not None:
            share = np.maximum(share, shares(self.corr, self.settings.redundancy_threshold))
        share = np.where(((self.base > 0) & self.seen)[None, :], share, 0.0)
        return 1.0 / (1.0 + share.sum(axis=1))

    def proposed(self) -> np.ndarray:
        """The weights the current multipliers call for."""
        redundancy = self.redundancy()
        return self._floor_mix(self.base * self.tiers * (1.0 + self.lam) * redundancy, redundancy)

    def factors(self) -> dict[str, np.ndarray]:
        return {"weakness": 1.0 + self.lam, "risk": self.tiers.astype(float), "redundancy": self.redundancy()}

    def multipliers(self) -> np.ndarray:
        return self.lam.copy()

    def penalties(self) -> np.ndarray:
        return self.mu.copy()

    def start_from(self, initial_weights: np.ndarray) -> None:
        """Begin from initial weights, with the multipliers that reproduce them (smallest one 0), so that the
        first update continues from there instead of from the base weights."""
        super().start_from(initial_weights)
        prior = self.base * self.tiers * self.redundancy()
        active = (prior > 0) & (initial_weights > 0)
        if active.any():
            ratio = np.where(active, initial_weights / np.where(active, prior, 1.0), 0.0)
            self.lam = np.clip(np.where(active, ratio / ratio[active].min() - 1.0, 0.0), 0.0,
                               self.settings.multiplier_max)

    def update(self, stats: BatchStats) -> None:
        """One integral step: λ ← clip(λ + gain × tier × (target − attained), 0, λ_max), for the dimensions
        this batch scored."""
        s = self.settings
        attained = stats.attained()
        seen = ~np.isnan(attained)
        step = s.integral_gain * self.tiers * (self.targets - np.where(seen, attained, 0.0))
        self.lam = np.where(seen, np.clip(self.lam + step, 0.0, s.multiplier_max), self.lam)
        with np.errstate(invalid="ignore", divide="ignore"):
            relative = (self.targets - np.where(seen, attained, 0.0)) / np.maximum(1.0 - self.targets, 1e-3)
        self.mu = np.where(seen & self.critical,
                           np.clip(self.mu + s.constraint_gain * relative, 0.0, s.constraint_max), self.mu)
        self.attained = np.where(seen, attained, self.attained)
        corr = correlation(stats)
        if corr is not None:
            self.corr = corr if self.corr is None else s.momentum * self.corr + (1 - s.momentum) * corr
        self.weights = self.proposed()
        self.steps += 1

    def settle(self, stats: BatchStats) -> None:
        """The fixed point of ``update`` when every step sees these statistics: λ_max below target, 0 at or
        above it; dimensions never scored get weight 0."""
        attained = stats.attained()
        self.seen = ~np.isnan(attained)
        self.attained = attained
        below = self.seen & (attained < self.targets)
        self.lam = np.where(below, self.settings.multiplier_max, 0.0)
        self.mu = np.where(below & self.critical, self.settings.constraint_max, 0.0)
        self.corr = correlation(stats)
        self.weights = self.proposed()

    def state_dict(self) -> dict:
        return {
            **super().state_dict(),
            "multipliers": self.lam.tolist(),
            "penalties": self.mu.tolist(),
            "attained": [None if np.isnan(v) else float(v) for v in self.attained],
            "corr": None if self.corr is None else self.corr.tolist(),
        }

    def load_state_dict(self, state: dict) -> None:
        super().load_state_dict(state)
        self.lam = np.asarray(state["multipliers"], dtype=float)
        self.mu = np.asarray(state["penalties"], dtype=float)
        self.attained = np.array([np.nan if v is None else v for v in state["attained"]], dtype=float)
        self.corr = None if state["corr"] is None else np.asarray(state["corr"], dtype=float)
