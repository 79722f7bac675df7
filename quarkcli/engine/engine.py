"""The reward engine: plugins -> normalization -> weights -> one reward per record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import numpy as np

from ..dimensions import Record
from ..spec import Spec
from .combine import gdpo, group_codes, safety_gate, weighted_composite
from .normalize import Normalizer
from .reference import Reference, ReferenceError, load_reference_json
from .settings import settings_from_spec
from .weighting import BatchStats, Tadw, Weighting
from .weights_file import WeightsFile

STATE_FORMAT = "quark-engine-state/1"


class SpecMismatch(ReferenceError):
    pass


def check_reference(spec: Spec, reference: Reference, allow_mismatch: bool) -> None:
    if reference.spec_hash != spec.dimensions_hash and not allow_mismatch:
        raise SpecMismatch(
            f"the reference was calibrated on a different spec: reference spec hash {reference.spec_hash[:12]}, "
            f"this spec {spec.dimensions_hash[:12]} ({spec.path}); recalibrate, or pass --allow-spec-mismatch"
        )


def outputs_to_arrays(outputs: list[dict], dim_ids: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Raw scores and pass verdicts (1/0) as (records x dimensions) arrays, NaN for null."""
    raw = np.full((len(outputs), len(dim_ids)), np.nan)
    passed = np.full_like(raw, np.nan)
    for i, output in enumerate(outputs):
        dims = output["dimensions"]
        for j, dim_id in enumerate(dim_ids):
            result = dims.get(dim_id)
            if result is None:
                continue
            if result["raw"] is not None:
                raw[i, j] = result["raw"]
            if result["passed"] is not None:
                passed[i, j] = 1.0 if result["passed"] else 0.0
    return raw, passed


class Engine:
    """Built from a spec and an optional frozen reference; see docs/engine.md."""

    def __init__(self, spec: Spec, reference: Reference | None = None, *, allow_spec_mismatch: bool = False,
                 initial: WeightsFile | None = None):
        if reference is not None:
            check_reference(spec, reference, allow_spec_mismatch)
        self.spec = spec
        self.reference = reference
        self.dim_ids = [d.id for d in spec.dimensions]
        self.normalization, self.settings = settings_from_spec(spec)
        self.normalizer = Normalizer(self.dim_ids, reference, self.normalization)
        self.base = np.array([d.weight for d in spec.dimensions], dtype=float)
        self.critical = np.array([d.risk == "critical" for d in spec.dimensions])
        self.category_masks = {c: np.array([d.category == c for d in spec.dimensions]) for c in spec.categories}
        targets = np.array([d.target for d in spec.dimensions], dtype=float)
        if initial is not None:
            targets = self._check_initial(initial, allow_spec_mismatch)
        risks = [d.risk for d in spec.dimensions]
        weighting_class = Tadw if self.settings.method == "tadw" else Weighting
        self.weighting: Weighting = weighting_class(self.base, targets, risks, self.settings)
        if initial is not None:
            self.weighting.start_from(np.array([initial.weights[d] for d in self.dim_ids]))
        self._scorer = None

    def _check_initial(self, initial: WeightsFile, allow_mismatch: bool) -> np.ndarray:
        """Targets from a weights file, after checking it was made for this spec."""
        if initial.spec_hash != self.spec.dimensions_hash and not allow_mismatch:
            raise SpecMismatch(f"the weights file was made for a different spec: its hash {initial.spec_hash[:12]}, "
                               f"this spec {self.spec.dimensions_hash[:12]}")
        missing = [d for d in self.dim_ids if d not in initial.weights]
        if missing:
            raise ReferenceError(f"the weights file has no entry for: {', '.join(missing)}")
        return np.array([initial.targets[d] for d in self.dim_ids], dtype=float)

    @property
    def method(self) -> str:
        return self.settings.method

    @property
    def weights(self) -> np.ndarray:
        return self.weighting.weights

    def factors(self) -> dict[str, np.ndarray]:
        return self.weighting.factors()

    def describe(self) -> str:
        """One line saying how the composite is computed, for summaries and logs."""
        if self.method == "gdpo":
            return "gdpo: per-dimension group normalization of raw scores, base-weighted sum, batch whitening"
        scale = f"{self.normalizer.method}-normalized scores" if self.normalizer.method != "none" else "raw scores"
        weights = "adaptive weights (TADW)" if self.method == "tadw" else "static base weights"
        gate = ", safety gate on" if self.method == "tadw" and self.settings.safety_gate else ""
        return f"{self.method}: weighted mean of {scale} with {weights}{gate}"

    def info(self) -> dict:
        reference = self.reference
        return {
            "method": self.method,
            "normalization": self.normalizer.method,
            "steps": self.weighting.steps,
            "reference": None if reference is None else {
                "spec_hash": reference.spec_hash, "created_at": reference.created_at, "n_records": reference.n_records,
            },
            "warnings": list(self.normalizer.warnings),
        }

    def normalize(self, raw: np.ndarray) -> np.ndarray:
        return self.normalizer(raw)

    def batch_stats(self, raw: np.ndarray, passed: np.ndarray, normalized: np.ndarray) -> BatchStats:
        """Statistics TADW learns from: performance (pass, else raw clipped to [0, 1]) and co-moments."""
        performance = np.where(np.isnan(passed), np.clip(raw, 0.0, 1.0), passed)
        return BatchStats.from_batch(performance, normalized)

    def update(self, stats: BatchStats) -> None:
        """Change the weights from (possibly all-reduced) batch statistics."""
        self.weighting.update(stats)

    def combine(self, raw: np.ndarray, normalized: np.ndarray, passed: np.ndarray, groups: list,
                gather: Callable[[list], tuple[list, int]] | None = None) -> np.ndarray:
        """One reward per record with the current weights.

        ``gather(items) -> (all ranks' items, this rank's offset)`` lets the safety gate see
        whole prompt groups when they are split across processes.
        """
        if self.method == "gdpo":
            return gdpo(raw, self.base, group_codes(groups), self.settings.epsilon)
        reward = weighted_composite(normalized, self.weights)
        if self.method == "tadw" and self.settings.safety_gate and self.critical.any():
            failed = (passed[:, self.critical] == 0).any(axis=1)
            rows, offset = gather(list(zip(groups, reward.tolist(), failed.tolist()))) if gather else (None, 0)
            if rows is None:
                return safety_gate(reward, failed, group_codes(groups), self.settings.gate_margin)
            all_groups, all_rewards, all_failed = zip(*rows)
            gated = safety_gate(np.array(all_rewards, dtype=float), np.array(all_failed), group_codes(list(all_groups)),
                                self.settings.gate_margin)
            reward = gated[offset:offset + len(groups)]
        return reward

    def step(self, outputs: list[dict], groups: list) -> tuple[np.ndarray, np.ndarray]:
        """Normalise scored outputs, update the weights, and return (rewards, normalized)."""
        raw, passed = outputs_to_arrays(outputs, self.dim_ids)
        normalized = self.normalize(raw)
        self.update(self.batch_stats(raw, passed, normalized))
        return self.combine(raw, normalized, passed, groups), normalized

    def apply(self, records: list[Record], outputs: list[dict]) -> list[dict]:
        """Run one engine step on scored outputs, adding normalized scores, weights and the reward in place."""
        rewards, normalized = self.step(outputs, [group_key(r) for r in records])
        by_category = {c: weighted_composite(normalized[:, m], self.weights[m]) for c, m in self.category_masks.items()}
        for i, (output, values, reward) in enumerate(zip(outputs, normalized, rewards)):
            annotate(output, self.dim_ids, values, reward, self.weights)
            output["category_scores"] = {c: _number(v[i]) for c, v in by_category.items()}
        return outputs

    def score(self, records: list[Record]) -> list[dict]:
        """Score records through the plugins and the engine, with per-dimension breakdowns."""
        from ..scoring import Scorer

        if self._scorer is None:
            self._scorer = Scorer(self.spec)
        return self.apply(records, self._scorer.score_records(records))

    def state_dict(self) -> dict:
        return {
            "format": STATE_FORMAT,
            "spec_hash": self.spec.dimensions_hash,
            "dimensions": self.dim_ids,
            "method": self.method,
            "reference": None if self.reference is None else self.reference.to_json(),
            "targets": self.weighting.targets.tolist(),
            "weighting": self.weighting.state_dict(),
        }

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.state_dict(), indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, spec: Spec, path: str | Path) -> "Engine":
        """Restore an engine saved with ``save``: same reference, targets, statistics and weights."""
        try:
            state = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ReferenceError(f"{path}: cannot read engine state ({exc})") from None
        if state.get("format") != STATE_FORMAT or state.get("dimensions") != [d.id for d in spec.dimensions]:
            raise ReferenceError(f"{path}: engine state does not match the spec's dimensions")
        reference = None if state["reference"] is None else load_reference_json(state["reference"], str(path))
        engine = cls(spec, reference)
        engine.weighting.targets = np.asarray(state["targets"], dtype=float)
        engine.weighting.load_state_dict(state["weighting"])
        return engine


def group_key(record: Record) -> str:
    """Responses to the same prompt form a group: an explicit 'group' field, else the prompt text."""
    return str(record.extra.get("group", record.prompt_text))


def annotate(output: dict, dim_ids: list[str], normalized: np.ndarray, reward: float, weights: np.ndarray) -> dict:
    """Add normalized scores and weights to a scored record; its composite becomes the engine's reward."""
    for dim_id, value, weight in zip(dim_ids, normalized, weights):
        result = output["dimensions"][dim_id]
        result["normalized"] = _number(value)
        result["weight"] = float(weight)
    output["composite"] = _number(reward)


def _number(value: float) -> float | None:
    return None if np.isnan(value) else float(value)


__all__ = ["Engine", "SpecMismatch", "outputs_to_arrays"]
