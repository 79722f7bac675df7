"""Read score files into arrays, with each dimension's category, risk and target."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..batch import ScoredBatch
from ..errors import QuarkError
from ..jsonl import JsonlError, json_objects
from ..spec import Spec


class DiagnoseError(QuarkError):
    """Input that cannot be diagnosed; the message says why."""


@dataclass(frozen=True)
class DimInfo:
    """What diagnose knows about a dimension: from the spec, or neutral defaults without one."""

    id: str
    category: str
    risk: str
    target: float


@dataclass
class Scores:
    """One score file: its output lines and their scored batch (columns, NaN for null)."""

    path: str
    lines: list[dict]
    dims: list[DimInfo]
    batch: ScoredBatch
    n_skipped: int

    @property
    def ids(self) -> list[str]:
        """Record keys for matching runs: the id, and the sample index when a prompt was sampled several times."""
        return [f"{line['id']}#{line['sample_index']}" if "sample_index" in line else str(line["id"])
                for line in self.lines]

    @property
    def has_normalized(self) -> bool:
        return bool((~np.isnan(self.batch.normalized)).any())

    def outcome(self) -> np.ndarray:
        """Per record and dimension: the pass indicator, else the raw score (NaN when unknown)."""
        return self.batch.outcome()

    def failed(self) -> np.ndarray:
        """1 where a record fails a dimension (passed false, or raw below target), 0 where it does not,
        NaN where it is unscored or not applicable."""
        targets = np.array([d.target for d in self.dims])
        raw, passed = self.batch.scored_raw, self.batch.scored_passed
        below = np.where(np.isnan(raw), np.nan, (raw < targets).astype(float))
        return np.where(np.isnan(passed), below, 1.0 - passed)


def read_lines(path: str | Path) -> tuple[list[dict], int]:
    """Scored lines, and how many were skipped-input error lines."""
    try:
        objects = json_objects(path)
    except JsonlError as exc:
        raise DiagnoseError(f"{exc}; is this a `quark score -o` file?") from None
    lines, skipped = [], 0
    for number, line in objects:
        if "dimensions" not in line or "id" not in line:
            raise DiagnoseError(f"{path}:{number}: not a scored record (no 'id' and 'dimensions'); "
                                "is this a `quark score -o` file?")
        if line.get("error"):
            skipped += 1
        else:
            lines.append(line)
    if not lines:
        raise DiagnoseError(f"{path}: no scored records" + (f" ({skipped} bad-input lines only)" if skipped else ""))
    return lines, skipped


def dims_for(lines: list[dict], spec: Spec | None, path: str) -> list[DimInfo]:
    ids = list(lines[0]["dimensions"])
    if spec is None:
        return [DimInfo(i, "uncategorized", "medium", 0.9) for i in ids]
    spec_ids = [d.id for d in spec.dimensions]
    if set(ids) != set(spec_ids):
        only_scores = sorted(set(ids) - set(spec_ids))
        only_spec = sorted(set(spec_ids) - set(ids))
        raise DiagnoseError(
            f"{path} was scored with a different spec than {spec.path}: "
            f"dimensions only in the scores: {', '.join(only_scores) or 'none'}; "
            f"only in the spec: {', '.join(only_spec) or 'none'}"
        )
    return [DimInfo(d.id, d.category, d.risk, d.target) for d in spec.dimensions]


def load_scores(path: str | Path, spec: Spec | None) -> Scores:
    """A score file as a batch, with each dimension's category, risk and target (from the spec when given)."""
    lines, skipped = read_lines(path)
    dims = dims_for(lines, spec, str(path))
    return Scores(str(path), lines, dims, ScoredBatch.from_lines(lines, [d.id for d in dims]), skipped)
