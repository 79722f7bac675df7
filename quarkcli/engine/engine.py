"""The reward engine: plugins -> normalization -> weights -> one reward per record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import numpy as np

from ..batch import ScoredBatch
from ..spec import Spec
from .combine import group_centred, group_codes, normalize_then_sum, safety_gate, weighted_composite
from .normalize import Normalizer
from ..errors import QuarkError
from ..risk import Risk
from .reference import Reference, load_reference_json
from .settings import settings_from_spec
from .methods import METHODS
from .weighting import BatchStats, Weighting, shares
from .weights_file import WeightsFile, WeightsFileError

STATE_FORMAT = "quark-engine-state/2"  # 2: the constraint controller's multipliers


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
        tiers = np.array([self.settings.risk_tiers[d.risk] for d in spec.dimensions], dtype=float)
        self.combination = METHODS[self.settings.method]
        self.weighting: Weighting = self.combination.weighting(self.base_weights, targets, tiers,
                                                               self.redundancy_shares(), self.critical, self.settings)
        if initial is not None:
            self.weighting.start_from(np.array([initial.initial_weights[d] for d in self.dim_ids]))

    def redundancy_shares(self) -> np.ndarray:
        """The weight each pair of dimensions shares, fixed before training: 1 within a declared
        ``redundancy_group``, else the frozen reference's correlation where it reaches the threshold."""
        d = len(self.dim_ids)
        corr = np.zeros((d, d))
        if self.reference is not None:
            for j, dim_id in enumerate(self.dim_ids):
                known = (self.reference.stats(dim_id) or {}).get("correlations") or {}
                for k, other in enumerate(self.dim_ids):
                    corr[j, k] = known.get(other, 0.0)
        share = shares(corr, self.settings.redundancy_threshold)
        groups = [dim.redundancy_group for dim in self.spec.dimensions]
        declared = np.array([[a is not None and a == b for b in groups] for a in groups], dtype=bool).reshape(d, d)
        np.fill_diagonal(declared, False)
        return np.where(declared, 1.0, share)

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
        """How records are combined: tadw, static or normalize_then_sum (the spec's weighting.method)."""
        return self.settings.method

    @property
    def weights(self) -> np.ndarray:
        """The current weights, one per dimension in spec order, summing to 1."""
        return self.weighting.weights

    def factors(self) -> dict[str, np.ndarray]:
        """TADW's weakness (1 + multiplier), risk (tier) and redundancy factors per dimension (all 1 for
        static), for reports."""
        return self.weighting.factors()

    def weights_by_dimension(self) -> dict[str, float]:
        """The current weights keyed by dimension id, for reports."""
        return dict(zip(self.dim_ids, map(float, self.weights)))

    def attained_by_dimension(self) -> dict[str, float | None]:
        """Each dimension's last measured attainment (pass rate, else mean reference quantile), for reports."""
        return {d: None if np.isnan(v) else float(v) for d, v in zip(self.dim_ids, self.weighting.attained)}

    def factors_by_dimension(self) -> dict[str, dict[str, float]]:
        """Each factor's values keyed by dimension id, for reports."""
        return {name: dict(zip(self.dim_ids, map(float, values))) for name, values in self.factors().items()}

    def describe(self) -> str:
        """One line saying how the composite is computed, for summaries and logs."""
        if self.combination.group_normalized:
            return f"{self.method}: per-dimension group normalization of raw scores, base-weighted sum, batch whitening"
        scale = f"{self.normalizer.method}-normalized scores" if self.normalizer.method != "none" else "raw scores"
        adaptive = "TADW weights (order-free fixed point in evaluation)"
        weights = adaptive if self.combination.adaptive else "static base weights"
        gate = ", critical constraint on" if self.combination.gated and self.settings.safety_gate else ""
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

    def attainment(self, batch: ScoredBatch) -> np.ndarray:
        """What each target is compared with, per record and dimension: the pass verdict; without one, the
        raw score's quantile in the reference distribution (raw clipped to [0, 1] without a reference)."""
        passed = batch.scored_passed
        quantile = np.where(np.isnan(passed), self.normalizer.quantile(batch.scored_raw), passed)
        return np.where(self.normalizer.available, quantile, batch.performance())

    def statistics(self, batch: ScoredBatch, normalized: np.ndarray | None = None) -> BatchStats:
        """The batch's sufficient statistics: attainment sums and co-moments of the normalized scores."""
        normalized = self.normalize(batch.scored_raw) if normalized is None else normalized
        return BatchStats.from_batch(self.attainment(batch), normalized)

    def learn(self, batch: ScoredBatch, normalized: np.ndarray,
              reduce: Callable[[BatchStats], BatchStats] | None = None) -> None:
        """One controller update from a batch's statistics; ``reduce`` sums them over processes first."""
        stats = self.statistics(batch, normalized)
        self.weighting.update(reduce(stats) if reduce is not None else stats)

    def settle(self, stats: BatchStats) -> None:
        """Set the weights to the controller's fixed point for these (whole-data) statistics: what
        evaluation uses, so that it depends on the whole input, not on batch size or order."""
        self.weighting.settle(stats)

    def combine(self, raw: np.ndarray, normalized: np.ndarray, passed: np.ndarray, groups: list,
                gather: Callable[[list], tuple[list, int]] | None = None, relative: bool = False) -> np.ndarray:
        """One reward per record with the current weights and the critical constraint.

        ``relative`` centres each prompt group's rewards after the constraint (training: the reward is then
        GRPO's advantage as TRL computes it with ``scale_rewards="none"``, which keeps the constraint's margin).
        ``gather(items) -> (all ranks' items, this rank's offset)`` lets the constraint and the centring
        see whole prompt groups when they are split across processes.
        """
        if self.combination.group_normalized:
            return normalize_then_sum(raw, self.base_weights, group_codes(groups), self.settings.epsilon)
        reward = weighted_composite(normalized, self.weights)
        constrained = self.combination.gated and self.settings.safety_gate and self.critical.any()
        if not constrained and not relative:
            return reward
        failed_dims = (passed == 0) & self.critical
        failed = failed_dims.any(axis=1)
        scale = 1.0 + np.where(failed_dims, self.weighting.penalties(), 0.0).max(axis=1, initial=0.0)
        margin = self.settings.gate_margin * scale
        rows, offset = (gather(list(zip(groups, reward.tolist(), failed.tolist(), margin.tolist()))) if gather
                        else (list(zip(groups, reward.tolist(), failed.tolist(), margin.tolist())), 0))
        if not rows:
            return reward
        all_groups, all_rewards, all_failed, all_margins = zip(*rows)
        codes = group_codes(list(all_groups))
        out = np.array(all_rewards, dtype=float)
        if constrained:
            out = safety_gate(out, np.array(all_failed, dtype=bool), codes, np.array(all_margins, dtype=float))
        if relative:
            out = group_centred(out, codes)
        return out[offset:offset + len(groups)]

    def _fill(self, batch: ScoredBatch, normalized: np.ndarray, reward: np.ndarray) -> None:
        weights = self.weights.copy()
        batch.normalized, batch.weights, batch.composite = normalized, weights, reward
        batch.category_scores = {c: weighted_composite(normalized[:, m], weights[m])
                                 for c, m in self.category_masks.items()}

    def step(self, batch: ScoredBatch, *, reduce: Callable[[BatchStats], BatchStats] | None = None,
             gather: Callable[[list], tuple[list, int]] | None = None, relative: bool = False) -> np.ndarray:
        """The training step: normalise the batch, update the controller from it, and fill its normalized
        scores, weights, category scores and composite (the reward, also returned; group-centred with
        ``relative``). Non-applicable entries are left out, like unscored ones."""
        raw, passed = batch.scored_raw, batch.scored_passed
        normalized = self.normalize(raw)
        self.learn(batch, normalized, reduce)
        reward = self.combine(raw, normalized, passed, batch.groups, gather, relative)
        self._fill(batch, normalized, reward)
        return reward

    def evaluate(self, batch: ScoredBatch) -> np.ndarray:
        """The evaluation step (`quark score`, diagnose): the weights are the controller's fixed point for
        this whole batch, so composites depend on the whole input, not on how it was split or ordered."""
        raw, passed = batch.scored_raw, batch.scored_passed
        normalized = self.normalize(raw)
        self.settle(self.statistics(batch, normalized))
        reward = self.combine(raw, normalized, passed, batch.groups)
        self._fill(batch, normalized, reward)
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
        if isinstance(state, dict) and state.get("format") != STATE_FORMAT:
            raise QuarkError(f"{path}: engine state format {state.get('format')!r}, expected {STATE_FORMAT!r} "
                             "(saved by another Quark version); the weighting cannot resume from it")
        if not isinstance(state, dict) or state.get("dimensions") != [d.id for d in spec.dimensions]:
            raise QuarkError(f"{path}: engine state does not match the spec's dimensions")
        reference = None if state["reference"] is None else load_reference_json(state["reference"], str(path))
        engine = cls(spec, reference)
        engine.weighting.targets = np.asarray(state["targets"], dtype=float)
        engine.weighting.load_state_dict(state["weighting"])
        return engine


__all__ = ["Engine", "SpecMismatch"]
