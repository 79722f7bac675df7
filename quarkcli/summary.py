"""Running aggregates over scored records, in constant memory."""

from __future__ import annotations

from dataclasses import dataclass

from . import __version__
from .deadline import DEADLINE_ERROR
from .spec import Spec

COMPOSITE_NOTE = "base-weighted mean of scored raw values (no reference: pass --reference to normalize and weight)"


@dataclass
class _Running:
    n_scored: int = 0
    total: float = 0.0
    n_unscored: int = 0
    n_errors: int = 0
    n_deadline: int = 0
    n_judged: int = 0
    n_passed: int = 0
    n_normalized: int = 0
    normalized_total: float = 0.0

    def mean(self) -> float | None:
        return self.total / self.n_scored if self.n_scored else None

    def pass_rate(self) -> float | None:
        return self.n_passed / self.n_judged if self.n_judged else None

    def normalized_mean(self) -> float | None:
        return self.normalized_total / self.n_normalized if self.n_normalized else None


class Summary:
    def __init__(self, spec: Spec, mean_ranges: dict[str, tuple[float, float]] | None = None):
        self.spec = spec
        self.mean_ranges = mean_ranges or {}
        self.dims = {d.id: _Running() for d in spec.dimensions}
        self.categories = {c: _Running() for c in spec.categories}
        self.composite = _Running()
        self.n_records = 0
        self.n_skipped = 0

    def add(self, output: dict) -> None:
        self.n_records += 1
        if output.get("error"):
            self.n_skipped += 1
            return
        for dim_id, result in output["dimensions"].items():
            running = self.dims[dim_id]
            if result["error"]:
                running.n_errors += 1
                running.n_deadline += result["error"].startswith(DEADLINE_ERROR)
            if result["raw"] is None:
                running.n_unscored += 1
            else:
                running.n_scored += 1
                running.total += result["raw"]
            if result["passed"] is not None:
                running.n_judged += 1
                running.n_passed += bool(result["passed"])
            if result.get("normalized") is not None:
                running.n_normalized += 1
                running.normalized_total += result["normalized"]
        for category, value in output["category_scores"].items():
            self._add_value(self.categories[category], value)
        self._add_value(self.composite, output["composite"])

    def _clip(self, dim_id: str, mean: float | None) -> float | None:
        bounds = self.mean_ranges.get(dim_id)
        return mean if mean is None or bounds is None else min(max(mean, bounds[0]), bounds[1])

    @staticmethod
    def _add_value(running: _Running, value: float | None) -> None:
        if value is None:
            running.n_unscored += 1
        else:
            running.n_scored += 1
            running.total += value

    def to_json(self, engine=None, usage: dict | None = None) -> dict:
        """The summary; with an engine, also normalized means, final weights and the three factors."""
        total_weight = sum(d.weight for d in self.spec.dimensions)
        weights = {d.id: (d.weight / total_weight if total_weight else 0.0) for d in self.spec.dimensions}
        factors = {}
        if engine is not None:
            weights = dict(zip(engine.dim_ids, map(float, engine.weights)))
            factors = {name: dict(zip(engine.dim_ids, map(float, values))) for name, values in engine.factors().items()}
        dimensions = {}
        for d in self.spec.dimensions:
            running = self.dims[d.id]
            achieved = running.pass_rate() if running.pass_rate() is not None else running.mean()
            dimensions[d.id] = {
                "category": d.category,
                "type": d.type,
                "risk": d.risk,
                "target": d.target,
                "mean": self._clip(d.id, running.mean()),
                "pass_rate": running.pass_rate(),
                "n_scored": running.n_scored,
                "n_unscored": running.n_unscored,
                "n_errors": running.n_errors,
                "n_deadline_exceeded": running.n_deadline,
                "below_target": None if achieved is None else achieved < d.target,
            }
            if engine is not None:
                dimensions[d.id].update({
                    "normalized_mean": running.normalized_mean(),
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
            "weights": weights,
            "dimensions": dimensions,
            "categories": {
                c: {
                    "mean": r.mean(),
                    "n_scored": r.n_scored,
                    "dimensions": [d.id for d in self.spec.dimensions if d.category == c],
                }
                for c, r in self.categories.items()
            },
        }


def summary_rows(summary: dict) -> list[dict]:
    """One row per dimension, then one per category, for tables and CSV."""
    rows = [
        {"category": d["category"], "dimension": dim_id, "risk": d["risk"], "mean": d["mean"],
         "pass_rate": d["pass_rate"], "target": d["target"], "n_scored": d["n_scored"],
         "n_unscored": d["n_unscored"], "n_errors": d["n_errors"], "below_target": d["below_target"],
         "normalized_mean": d.get("normalized_mean"), "weight": summary["weights"][dim_id],
         **{f"{name}_factor": value for name, value in d.get("factors", {}).items()}}
        for dim_id, d in summary["dimensions"].items()
    ]
    rows.sort(key=lambda r: list(summary["categories"]).index(r["category"]))
    return rows
