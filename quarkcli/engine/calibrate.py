"""Collect the reference policy's scores into frozen statistics."""

from __future__ import annotations

import numpy as np

from ..batch import ScoredBatch, Tally
from ..spec import Spec
from .reference import Reference, build_reference, dimension_stats

MIN_PAIRED = 10  # fewer records scored on both dimensions: no correlation is stored for the pair


class Calibrator:
    """Feed it scored batches (from the Scorer); ask it for the Reference.

    Raw values are kept per dimension to compute quantiles, so memory grows with
    the reference sample (a few MB per 100,000 records and dimension). Pairwise
    co-moments of the outcomes (pass, else raw) give the correlations the
    engine's redundancy factor uses.
    """

    def __init__(self, spec: Spec):
        self.spec = spec
        self.dim_ids = [d.id for d in spec.dimensions]
        self.values: list[list[float]] = [[] for _ in self.dim_ids]
        self.tally = Tally(len(self.dim_ids))
        self.n_records = 0
        d = len(self.dim_ids)
        self.n_pair, self.sum_x, self.sum_xx, self.sum_xy = (np.zeros((d, d)) for _ in range(4))

    def add(self, batch: ScoredBatch) -> None:
        """Take a batch's scored raw values and verdicts into the reference sample."""
        self.n_records += len(batch)
        self.tally.add(batch)
        for values, column in zip(self.values, batch.scored_raw.T):
            values.extend(column[~np.isnan(column)].tolist())
        outcome = batch.outcome()
        known = (~np.isnan(outcome)).astype(float)
        x = np.nan_to_num(outcome, nan=0.0)
        self.n_pair += known.T @ known
        self.sum_x += x.T @ known
        self.sum_xx += (x * x).T @ known
        self.sum_xy += x.T @ x

    def correlations(self) -> list[dict[str, float]]:
        """Per dimension, its Pearson correlation with each other dimension scored on the same records
        (at least MIN_PAIRED of them, neither constant there)."""
        n, sx, sxx = self.n_pair, self.sum_x, self.sum_xx
        with np.errstate(invalid="ignore", divide="ignore"):
            cov = n * self.sum_xy - sx * sx.T
            var = n * sxx - sx ** 2
            corr = cov / np.sqrt(var * var.T)
        usable = (n >= MIN_PAIRED) & (var > 1e-12 * n ** 2) & (var.T > 1e-12 * n ** 2)
        return [{other: round(float(np.clip(corr[j, k], -1, 1)), 6) for k, other in enumerate(self.dim_ids)
                 if k != j and usable[j, k]} for j in range(len(self.dim_ids))]

    def reference(self) -> Reference:
        """The frozen statistics of everything added so far."""
        t = self.tally
        correlations = self.correlations()
        stats = {dim_id: {**dimension_stats(self.values[j], int(t.n_unscored[j]), int(t.n_passed[j]),
                                            int(t.n_judged[j])), "correlations": correlations[j]}
                 for j, dim_id in enumerate(self.dim_ids)}
        return build_reference(self.spec, self.n_records, stats)
