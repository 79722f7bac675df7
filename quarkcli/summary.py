"""Running aggregates over scored records, in constant memory."""

from __future__ import annotations

from dataclasses import dataclass

from . import __version__
from .batch import ScoredBatch, Tally, achieved
from .healthbench import HealthBenchTally
from .spec import Spec

COMPOSITE_NOTE = "base-weighted mean of scored raw values (no reference: pass --reference to normalize and weight)"


@dataclass
class _Mean:
    """A running mean, added to one value at a time so that results do not depend on batch boundaries."""

    n: int = 0
    total: float = 0.0

    def add(self, values) -> None:
        for value in values:
            self.n += 1
            self.total += value

    def mean(self) -> float | None:
        return self.total / self.n if self.n else None


class Summary:
    """Constant-memory aggregates of scored batches, for the matrix `quark score` prints."""

    def __init__(self, spec: Spec, mean_ranges: dict[str, tuple[float, float]] | None = None):
        import numpy as np
        self.spec = spec
        self.mean_ranges = mean_ranges or {}
        n_dims = len(spec.dimensions)
        self.tally = Tally(n_dims)
        self.raw = [_Mean() for _ in range(n_dims)]
        self.normalized = [_Mean() for _ in range(n_dims)]
        self.categories = {c: _Mean() for c in spec.categories}
        self.composite = _Mean()
        self.instructions = np.zeros((n_dims, 2), dtype=int)  # followed, checked: from verifiable_instructions' details
        self.n_records = 0
        self.n_skipped = 0
        self.healthbench = HealthBenchTally(spec.dimensions)

    def add(self, batch: ScoredBatch) -> None:
        import numpy as np
        self.n_records += len(batch)
        self.tally.add(batch)
        for j, column in enumerate(batch.scored_raw.T):
            self.raw[j].add(column[~np.isnan(column)].tolist())
            if batch.normalized is not None:
                values = batch.normalized[:, j]
                self.normalized[j].add(values[~np.isnan(values)].tolist())
        for category, values in batch.category_scores.items():
            self.categories[category].add(values[~np.isnan(values)].tolist())
        self.composite.add(batch.composite[~np.isnan(batch.composite)].tolist())
        self.healthbench.add(batch)
        for row in batch.details:
            for j, found in enumerate(row):
                if found and "checked" in found:
                    self.instructions[j] += (found["followed"], found["checked"])

    def add_skipped(self, count: int) -> None:
        """Count inputs that were not records (bad lines skipped with --on-error skip)."""
        self.n_records += count
        self.n_skipped += count

    def _clip(self, dim_id: str, mean: float | None) -> float | None:
        bounds = self.mean_ranges.get(dim_id)
        return mean if mean is None or bounds is None else min(max(mean, bounds[0]), bounds[1])

    def to_json(self, engine=None, usage: dict | None = None) -> dict:
        """The summary; with an engine, also normalized means, final weights and the three factors."""
        total_weight = sum(d.base_weight for d in self.spec.dimensions)
        weights = {d.id: (d.base_weight / total_weight if total_weight else 0.0) for d in self.spec.dimensions}
        factors, attainment = {}, {}
        if engine is not None:
            weights, factors = engine.weights_by_dimension(), engine.factors_by_dimension()
            attainment = engine.attained_by_dimension()
        dimensions = {}
        for j, d in enumerate(self.spec.dimensions):
            mean, pass_rate = self.raw[j].mean(), self.tally.pass_rate(j)
            attained = achieved(pass_rate, mean) if attainment.get(d.id) is None else attainment[d.id]
            dimensions[d.id] = {
                "category": d.category,
                "type": d.type,
                "risk": d.risk,
                "target": d.target,
                "mean": self._clip(d.id, mean),
                "pass_rate": pass_rate,
                "attained": attained,
                "n_applicable": int(self.tally.n_applicable[j]),
                "n_scored": int(self.tally.n_scored[j]),
                "n_unscored": int(self.tally.n_unscored[j]),
                "n_errors": int(self.tally.n_errors[j]),
                "n_deadline_exceeded": int(self.tally.n_deadline[j]),
                "below_target": None if attained is None else attained < d.target,
            }
            followed, checked = self.instructions[j]
            if checked:  # IFEval's instruction-level accuracy, beside the prompt-level pass rate
                dimensions[d.id]["instruction_level"] = int(followed) / int(checked)
            if engine is not None:
                dimensions[d.id].update({
                    "normalized_mean": self.normalized[j].mean(),
                    "attainment": attainment[d.id],
                    "weight": weights[d.id],
                    "factors": {name: values[d.id] for name, values in factors.items()},
                })
        return {
            "spec": {"name": self.spec.name, "version": self.spec.version, "hash": self.spec.content_hash},
            "quark_version": __version__,
            "n_records": self.n_records,
            "n_skipped": self.n_skipped,
            "composite_mean": self.composite.mean(),
            "composite_method": COMPOSITE_NOTE if engine is None else engine.describe(),
            **({} if engine is None else {"engine": engine.info()}),
            **({"usage": usage} if usage else {}),
            **({"healthbench": healthbench} if (healthbench := self.healthbench.to_json()) else {}),
            "weights": weights,
            "dimensions": dimensions,
            "categories": {
                c: {
                    "mean": r.mean(),
                    "n_scored": r.n,
                    "dimensions": [d.id for d in self.spec.dimensions if d.category == c],
                }
                for c, r in self.categories.items()
            },
        }


def summary_rows(summary: dict) -> list[dict]:
    """One row per dimension, then one per category, for tables and CSV."""
    rows = [
        {"category": d["category"], "dimension": dim_id, "risk": d["risk"], "mean": d["mean"],
         "pass_rate": d["pass_rate"], "target": d["target"], "n_applicable": d["n_applicable"],
         "n_scored": d["n_scored"],
         "n_unscored": d["n_unscored"], "n_errors": d["n_errors"], "below_target": d["below_target"],
         "normalized_mean": d.get("normalized_mean"), "weight": summary["weights"][dim_id],
         **{f"{name}_factor": value for name, value in d.get("factors", {}).items()}}
        for dim_id, d in summary["dimensions"].items()
    ]
    rows.sort(key=lambda r: list(summary["categories"]).index(r["category"]))
    return rows
