"""Quark as a TRL reward function: the engine decides the reward TRL optimises.

Importable as ``quarkcli.QuarkReward``; a drop-in for ``GRPOTrainer(reward_funcs=...)``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

from ..batch import ScoredBatch
from ..console import err_console
from ..dimensions import Record
from ..engine import Engine
from ..engine.reference import Reference, load_reference
from ..engine.weighting import BatchStats
from ..engine.weights_file import WeightsFile, load_weights
from ..records import RecordError, make_record
from ..scoring import Scorer
from ..spec import Spec, load_spec
from . import distributed

TRL_KWARGS = ("completion_ids", "trainer_state", "log_extra", "log_metric", "environments")


def _text(value) -> str:
    """A completion as text: TRL passes a string, or chat messages for conversational data."""
    if isinstance(value, list):
        return str(value[-1].get("content", "")) if value else ""
    return str(value)


def to_records(prompts: list, completions: list, columns: dict) -> list[Record]:
    """Turn TRL's batch (prompts, completions and dataset columns) into Quark records, as `quark score` reads them."""
    records = []
    for i, (prompt, completion) in enumerate(zip(prompts, completions)):
        row = {k: v[i] for k, v in columns.items() if isinstance(v, list) and len(v) == len(prompts)}
        if isinstance(row.get("quark_fields"), str):
            row.update(json.loads(row.pop("quark_fields")))
        record = make_record({"id": i, **row, "prompt": prompt, "response": _text(completion)}, i, sys.maxsize)
        if isinstance(record, RecordError):
            raise ValueError(f"completion {i}: {record.message}")
        records.append(record)
    return records


class QuarkReward:
    """TRL reward function ``(prompts, completions, **kwargs) -> list[float | None]``.

    Scores every completion on the spec's dimensions, normalises against the
    frozen reference, updates the TADW multipliers from statistics summed over all
    processes, and (``tadw``) returns group-relative rewards: the engine's composite
    with the critical constraint applied within each prompt's group, minus the
    group's mean (the baselines ``static`` and ``normalize_then_sum`` return theirs as is).
    Use it with ``GRPOConfig(scale_rewards="none")``: per-group standard-deviation
    scaling would divide the constraint's margin away (docs/training.md).
    ``engine`` is exposed for logging and state.
    """

    __name__ = "quark"

    def __init__(self, spec: Spec | str | Path, reference: Reference | str | Path | None = None,
                 weights: WeightsFile | str | Path | None = None, *, allow_spec_mismatch: bool = False,
                 weights_log: str | Path | None = None):
        self.spec = spec if isinstance(spec, Spec) else load_spec(spec)
        if reference is not None and not isinstance(reference, Reference):
            reference = load_reference(reference)
        if weights is not None and not isinstance(weights, WeightsFile):
            weights = load_weights(weights)
        self.initial = weights
        self.allow_spec_mismatch = allow_spec_mismatch
        self.engine = Engine(self.spec, reference, allow_spec_mismatch=allow_spec_mismatch, initial=weights)
        self.scorer = Scorer(self.spec)
        self.weights_log = Path(weights_log) if weights_log else None
        self.seconds = 0.0
        self._last: tuple | None = None

    def set_reference(self, reference: Reference) -> None:
        """Adopt a reference frozen after construction (automatic calibration), keeping the initial weights."""
        self.engine = Engine(self.spec, reference, allow_spec_mismatch=self.allow_spec_mismatch, initial=self.initial)

    @property
    def dim_ids(self) -> list[str]:
        return self.engine.dim_ids

    def score(self, prompts: list, completions: list, columns: dict) -> ScoredBatch:
        """The scored batch, computed once even when asked for per dimension; grouped by an explicit `group`
        column when the dataset has one, else by the whole prompt (system turns included). The cached batch
        is reused only for the same list with the same contents: a caller that refills one list in place
        between steps gets fresh scores, not the last step's."""
        contents = (list(prompts), list(completions))
        if self._last is not None and self._last[0] is completions and self._last[2] == contents:
            return self._last[1]
        records = to_records(prompts, completions, columns)
        batch = self.scorer.score_records(records)
        batch.groups = [str(r.extra["group"]) if "group" in r.extra else str(p) for r, p in zip(records, prompts)]
        self._last = (completions, batch, contents)
        return batch

    def __call__(self, prompts: list, completions: list, **kwargs) -> list[float | None]:
        start = time.perf_counter()
        columns = {k: v for k, v in kwargs.items() if k not in TRL_KWARGS}
        batch = self.score(prompts, completions, columns)
        rewards = self.engine.step(batch, reduce=self._all_reduce, gather=distributed.all_gather_lists,
                                   relative=self.engine.combination.gated)
        self.seconds += time.perf_counter() - start
        self._log(kwargs, batch, self._gated(batch))
        self._warn_failures(kwargs, batch)
        return [None if np.isnan(r) else float(r) for r in rewards]

    def _warn_failures(self, kwargs: dict, batch: ScoredBatch) -> None:
        """One stderr line per step when dimensions failed (a judge call that errored): counts and a first reason,
        so a backend that goes down mid-run is not silent."""
        counts = [sum(row[j] is not None for row in batch.errors) for j in range(len(self.dim_ids))]
        if not any(counts):
            return
        step = getattr(kwargs.get("trainer_state"), "global_step", None)
        parts = []
        for j, n in enumerate(counts):
            if n:
                reason = next(row[j] for row in batch.errors if row[j] is not None)
                parts.append(f"{self.dim_ids[j]} failed on {n} of {len(batch)} completions ({reason[:200]})")
        where = f"step {step}" if step is not None else "reward call"
        rank = f", rank {distributed.rank()}" if distributed.world_size() > 1 else ""
        err_console.print(f"[quark] warning, {where}{rank}: " + "; ".join(parts), markup=False, highlight=False)

    def _all_reduce(self, stats: BatchStats) -> BatchStats:
        """Statistics summed over every process, so that all ranks compute the same weights."""
        return BatchStats.from_vector(distributed.all_reduce_sum(stats.to_vector()), len(self.dim_ids))

    def _gated(self, batch: ScoredBatch) -> np.ndarray:
        """Which rewards the critical constraint lowered (it only lowers responses that fail a critical
        dimension)."""
        if not (self.engine.combination.gated and self.engine.settings.safety_gate):
            return np.zeros(len(batch), dtype=bool)
        return ((batch.scored_passed == 0) & self.engine.critical).any(axis=1)

    def _log(self, kwargs: dict, batch: ScoredBatch, gated: np.ndarray) -> None:
        raw, passed, normalized = batch.scored_raw, batch.scored_passed, batch.normalized
        log_metric = kwargs.get("log_metric")
        if log_metric is not None:
            factors, penalties = self.engine.factors(), self.engine.weighting.penalties()
            for j, dim_id in enumerate(self.dim_ids):
                for name, column in (("raw_mean", raw[:, j]), ("normalized_mean", normalized[:, j]),
                                     ("pass_rate", passed[:, j])):
                    known = column[~np.isnan(column)]
                    if len(known):
                        log_metric(f"quark/{dim_id}/{name}", float(known.mean()))
                log_metric(f"quark/{dim_id}/weight", float(self.engine.weights[j]))
                for factor, values in factors.items():
                    log_metric(f"quark/{dim_id}/{factor}", float(values[j]))
                if self.engine.critical[j]:
                    log_metric(f"quark/{dim_id}/constraint", float(penalties[j]))
            log_metric("quark/gate_rate", float(gated.mean()) if len(gated) else 0.0)
        log_extra = kwargs.get("log_extra")
        if log_extra is not None:
            failing = [", ".join(d for d, p in zip(self.dim_ids, row) if p == 0) for row in passed]
            log_extra("quark_failed", failing)
            log_extra("quark_gated", [bool(g) for g in gated])
        if self.weights_log is not None:
            state = kwargs.get("trainer_state")
            entry = {"step": getattr(state, "global_step", None), "rank": distributed.rank(),
                     "weights": [float(w) for w in self.engine.weights]}
            with self.weights_log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")


class DimensionReward:
    """One dimension's raw score as its own TRL reward function (for --aggregation trl)."""

    def __init__(self, shared: QuarkReward, index: int):
        self.shared = shared
        self.index = index
        self.__name__ = f"quark_{shared.dim_ids[index]}"

    def __call__(self, prompts: list, completions: list, **kwargs) -> list[float | None]:
        start = time.perf_counter()
        columns = {k: v for k, v in kwargs.items() if k not in TRL_KWARGS}
        raw = self.shared.score(prompts, completions, columns).scored_raw[:, self.index]
        self.shared.seconds += time.perf_counter() - start
        return [None if np.isnan(v) else float(v) for v in raw]
