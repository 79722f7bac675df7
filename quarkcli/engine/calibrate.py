"""Collect the reference policy's scores into frozen statistics."""

from __future__ import annotations

from ..spec import Spec
from .reference import Reference, build_reference, dimension_stats


class Calibrator:
    """Feed it scored output lines (from the Scorer); ask it for the Reference.

    Raw values are kept per dimension to compute quantiles, so memory grows with
    the reference sample (a few MB per 100,000 records and dimension).
    """

    def __init__(self, spec: Spec):
        self.spec = spec
        self.values: dict[str, list[float]] = {d.id: [] for d in spec.dimensions}
        self.unscored = dict.fromkeys(self.values, 0)
        self.passed = dict.fromkeys(self.values, 0)
        self.judged = dict.fromkeys(self.values, 0)
        self.n_records = 0

    def add(self, output: dict) -> None:
        if output.get("error"):
            return
        self.n_records += 1
        for dim_id, result in output["dimensions"].items():
            if result["raw"] is None:
                self.unscored[dim_id] += 1
            else:
                self.values[dim_id].append(result["raw"])
            if result["passed"] is not None:
                self.judged[dim_id] += 1
                self.passed[dim_id] += bool(result["passed"])

    def reference(self) -> Reference:
        stats = {d: dimension_stats(v, self.unscored[d], self.passed[d], self.judged[d]) for d, v in self.values.items()}
        return build_reference(self.spec, self.n_records, stats)
