"""The reward engine: plugins -> normalization -> weights -> one reward per record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import numpy as np

from ..batch import ScoredBatch
from ..spec import Spec
from .combine import gdpo, group_codes, safety_gate, weighted_composite
from .normalize import Normalizer
from ..errors import QuarkError
from ..risk import Risk
from .reference import Reference, load_reference_json
from .settings import settings_from_spec
from .methods import METHODS
from .weighting import BatchStats, Weighting
from .weights_file import WeightsFile, WeightsFileError

STATE_FORMAT = "quark-engine-state/1"


class SpecMismatch(QuarkError):
    """A reference or weights file made for other dimensions: its numbers would be applied to the wrong checks."""


def check_reference(spec: Spec, reference: Reference, allow_mismatch: bool) -> None:
    """Refuse a reference calibrated on another spec, unless the user says it is fine; one that shares no
    dimension at all is refused even then, since nothing could be normalised against it."""
    if reference.spec_hash != spec.dimensions_hash and not allow_mismatch:
        raise SpecMismatch(
            f"the reference was calibrated on a different spec: reference spec hash {reference.spec_hash[:12]}, "
            f"this spec {spec.dimensions_hash[:12]} ({spec.path}); recalibrate, or pass --allow-spec-mismatch"
        )
    if not any(reference.stats(d.id) is not None for d in spec.dimensions):
        raise SpecMismatch(
            f"the reference shares no dimension with {spec.path} "
            f"(it has: {', '.join(sorted(reference.dimensions)) or 'none'}), so every composite would be null; "
            "calibrate a reference on this spec"
        )


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
        self.base_weights = np.array([d.base_weight for d in spec.dimensions], dtype=float)
        self.critical = np.array([Risk(d.risk) is Risk.CRITICAL for d in spec.dimensions])
        self.category_masks = {c: np.array([d.category == c for d in spec.dimensions]) for c in spec.categories}
        targets = np.array([d.target for d in spec.dimensions], dtype=float)
        if initial is not None:
            targets = self._check_initial(initial, allow_spec_mismatch)
        risks = [d.risk for d in spec.dimensions]
        self.combination = METHODS[self.settings.method]
        self.weighting: Weighting = self.combination.weighting(self.base_weights, targets, risks, self.settings)
        if initial is not None:
            self.weighting.start_from(np.array([initial.initial_weights[d] for d in self.dim_ids]))

    def _check_initial(self, initial: WeightsFile, allow_mismatch: bool) -> np.ndarray:
        """Targets from a weights file, after checking it was made for this spec."""
        if initial.spec_hash != self.spec.dimensions_hash and not allow_mismatch:
            raise SpecMismatch(f"the weights file was made for a different spec: its hash {initial.spec_hash[:12]}, "
                               f"this spec {self.spec.dimensions_hash[:12]}")
        missing = [d for d in self.dim_ids if d not in initial.initial_weights]
        if missing:
            raise WeightsFileError(f"the weights file has no entry for: {', '.join(missing)}")
        return np.array([initial.targets[d] for d in self.dim_ids], dtype=float)

    @property
    def method(self) -> str:
        """How records are combined: tadw, static or gdpo (the spec's weighting.method)."""
        return self.settings.method

    @property
    def weights(self) -> np.ndarray:
        """The current weights, one per dimension in spec order, summing to 1."""
        return self.weighting.weights

    def factors(self) -> dict[str, np.ndarray]:
        """TADW's weakness, risk and redundancy factors per dimension (all 1 for static), for reports."""
        return self.weighting.factors()

    def weights_by_dimension(self) -> dict[str, float]:
        """The current weights keyed by dimension id, for reports."""
        return dict(zip(self.dim_ids, map(float, self.weights)))

    def factors_by_dimension(self) -> dict[str, dict[str, float]]:
        """Each factor's values keyed by dimension id, for reports."""
        return {name: dict(zip(self.dim_ids, map(float, values))) for name, values in self.factors().items()}

    def describe(self) -> str:
        """One line saying how the composite is computed, for summaries and logs."""
        if self.combination.group_normalized:
            return f"{self.method}: per-dimension group normalization of raw scores, base-weighted sum, batch whitening"
        scale = f"{self.normalizer.method}-normalized scores" if self.normalizer.method != "none" else "raw scores"
        weights = "adaptive weights (TADW)" if self.combination.adaptive else "static base weights"
        gate = ", safety gate on" if self.combination.gated and self.settings.safety_gate else ""
        return f"{self.method}: weighted mean of {scale} with {weights}{gate}"

    def info(self) -> dict:
        """What a summary records about the engine: method, normalization, steps, reference, warnings."""
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
        """Raw scores (records x dimensions, NaN for null) in units of the frozen reference."""
        return self.normalizer(raw)

    def learn(self, batch: ScoredBatch, normalized: np.ndarray,
              reduce: Callable[[BatchStats], BatchStats] | None = None) -> None:
        """Update the weights from a batch's statistics: performance (pass, else raw clipped to [0, 1])
        and the co-moments of ``normalized``. ``reduce`` sums the statistics over processes first."""
        stats = BatchStats.from_batch(batch.performance(), normalized)
        self.weighting.update(reduce(stats) if reduce is not None else stats)

    def combine(self, raw: np.ndarray, normalized: np.ndarray, passed: np.ndarray, groups: list,
                gather: Callable[[list], tuple[list, int]] | None = None) -> np.ndarray:
        """One reward per record with the current weights.

        ``gather(items) -> (all ranks' items, this rank's offset)`` lets the safety gate see
        whole prompt groups when they are split across processes.
        """
        if self.combination.group_normalized:
            return gdpo(raw, self.base_weights, group_codes(groups), self.settings.epsilon)
        reward = weighted_composite(normalized, self.weights)
        if self.combination.gated and self.settings.safety_gate and self.critical.any():
            failed = (passed[:, self.critical] == 0).any(axis=1)
            rows, offset = gather(list(zip(groups, reward.tolist(), failed.tolist()))) if gather else (None, 0)
            if rows is None:
                return safety_gate(reward, failed, group_codes(groups), self.settings.gate_margin)
            all_groups, all_rewards, all_failed = zip(*rows)
            gated = safety_gate(np.array(all_rewards, dtype=float), np.array(all_failed), group_codes(list(all_groups)),
                                self.settings.gate_margin)
            reward = gated[offset:offset + len(groups)]
        return reward

    def step(self, batch: ScoredBatch, *, reduce: Callable[[BatchStats], BatchStats] | None = None,
             gather: Callable[[list], tuple[list, int]] | None = None) -> np.ndarray:
        """The engine step: normalise the batch, learn from it, and fill its normalized scores, weights,
        category scores and composite (the reward, also returned). Non-applicable entries are left out,
        like unscored ones."""
        raw, passed = batch.scored_raw, batch.scored_passed
        normalized = self.normalize(raw)
        self.learn(batch, normalized, reduce)
        reward = self.combine(raw, normalized, passed, batch.groups, gather)
        weights = self.weights.copy()
        batch.normalized, batch.weights, batch.composite = normalized, weights, reward
        batch.category_scores = {c: weighted_composite(normalized[:, m], weights[m])
                                 for c, m in self.category_masks.items()}
        return reward

    def state_dict(self) -> dict:
        """Everything needed to resume training with the same weights (saved beside checkpoints)."""
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
        """Write ``state_dict`` as JSON."""
        Path(path).write_text(json.dumps(self.state_dict(), indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, spec: Spec, path: str | Path) -> "Engine":
        """Restore an engine saved with ``save``: same reference, targets, statistics and weights."""
        try:
            state = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise QuarkError(f"{path}: cannot read engine state ({exc})") from None
        if state.get("format") != STATE_FORMAT or state.get("dimensions") != [d.id for d in spec.dimensions]:
            raise QuarkError(f"{path}: engine state does not match the spec's dimensions")
        reference = None if state["reference"] is None else load_reference_json(state["reference"], str(path))
        engine = cls(spec, reference)
        engine.weighting.targets = np.asarray(state["targets"], dtype=float)
        engine.weighting.load_state_dict(state["weighting"])
        return engine


__all__ = ["Engine", "SpecMismatch"]
