"""Collect the reference policy's scores into frozen statistics."""

from __future__ import annotations

import numpy as np

from ..batch import ScoredBatch, Tally
from ..spec import Spec
from .reference import Reference, build_reference, dimension_stats


class Calibrator:
    """Feed it scored batches (from the Scorer); ask it for the Reference.

    Raw values are kept per dimension to compute quantiles, so memory grows with
    the reference sample (a few MB per 100,000 records and dimension).
    """

    def __init__(self, spec: Spec):
        self.spec = spec
        self.dim_ids = [d.id for d in spec.dimensions]
        self.values: list[list[float]] = [[] for _ in self.dim_ids]
        self.tally = Tally(len(self.dim_ids))
        self.n_records = 0

    def add(self, batch: ScoredBatch) -> None:
        """Take a batch's scored raw values and verdicts into the reference sample."""
        self.n_records += len(batch)
        self.tally.add(batch)
        for values, column in zip(self.values, batch.scored_raw.T):
            values.extend(column[~np.isnan(column)].tolist())

    def reference(self) -> Reference:
        """The frozen statistics of everything added so far."""
        t = self.tally
        stats = {dim_id: dimension_stats(self.values[j], int(t.n_unscored[j]), int(t.n_passed[j]), int(t.n_judged[j]))
                 for j, dim_id in enumerate(self.dim_ids)}
        return build_reference(self.spec, self.n_records, stats)
