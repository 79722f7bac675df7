"""Read a score file in one streaming pass into running sums and compact per-record columns.

Nothing keeps a record's dict past its chunk: per record and dimension diagnose keeps a float32 raw score
and two int8 verdicts (passed, failed; -1 unknown), plus the record's tag ids; everything else is a running
sum (counts, means, pairwise co-moments, the engine's ``BatchStats``) or a bounded list (the worst records,
the evidence causes, the flips). That is ~6 bytes per record and dimension, so a million records of eight
dimensions fit in well under a gigabyte (docs/benchmarks.md).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ..batch import ScoredBatch
from ..errors import QuarkError
from ..jsonl import JsonlError, iter_json_objects
from ..spec import Spec

CHUNK = 4096
WORST = 3
# Distinct causes kept per dimension: past twice this, the rarest are dropped (their counts are then a lower
# bound), so free-text evidence cannot grow the counter with the input.
MAX_CAUSES = 10_000


class DiagnoseError(QuarkError):
    """Input that cannot be diagnosed; the message says why."""


@dataclass(frozen=True)
class DimInfo:
    """What diagnose knows about a dimension: from the spec, or neutral defaults without one."""

    id: str
    category: str
    risk: str
    target: float


def record_key(line: dict) -> str:
    """A record's key for matching runs: the id, and the sample index when a prompt was sampled several times."""
    return f"{line['id']}#{line['sample_index']}" if "sample_index" in line else str(line["id"])


class PairSums:
    """Co-moments of two columns over the records where both are known, for every pair of dimensions."""

    def __init__(self, d: int):
        self.n, self.sa, self.saa, self.sab = (np.zeros((d, d)) for _ in range(4))

    def add(self, values: np.ndarray) -> None:
        known = (~np.isnan(values)).astype(float)
        x = np.nan_to_num(values)
        self.n += known.T @ known
        self.sa += x.T @ known
        self.saa += (x * x).T @ known
        self.sab += x.T @ x

    def terms(self, a: int, b: int) -> tuple[float, float, float, float, float, float]:
        """(n, sum a, sum b, sum a², sum b², sum ab) of the pair (a, b)."""
        return (self.n[a, b], self.sa[a, b], self.sa[b, a], self.saa[a, b], self.saa[b, a], self.sab[a, b])


@dataclass
class Scores:
    """One score file, read: running sums, compact columns and bounded examples (see the module docstring)."""

    path: str
    dims: list[DimInfo]
    n: int = 0
    n_skipped: int = 0
    raw: np.ndarray | None = None          # float32 (records x dims), NaN where unscored or not applicable
    passed: np.ndarray | None = None       # int8, 1/0, -1 where no verdict or not applicable
    failed: np.ndarray | None = None       # int8, 1/0, -1 where unknown
    tag_ids: np.ndarray | None = None      # int32, all records' tag ids one after the other (CSR with tag_offsets)
    tag_offsets: np.ndarray | None = None  # int64, len n + 1
    tag_names: list[str] = field(default_factory=list)
    sums: dict[str, np.ndarray] = field(default_factory=dict)
    category_sums: dict[str, list[float]] = field(default_factory=dict)
    failure_pairs: PairSums | None = None
    outcome_pairs: PairSums | None = None
    learn_stats: object = None
    causes: list[Counter] = field(default_factory=list)
    worst: list[list[tuple]] = field(default_factory=list)
    keys: dict[str, int] | None = None

    @property
    def has_normalized(self) -> bool:
        return bool(self.sums["n_normalized"].sum())

    def outcome(self, j: int) -> np.ndarray:
        """Dimension ``j`` per record: the pass verdict, else the raw score, NaN when neither (float64)."""
        passed = self.passed[:, j]
        return np.where(passed >= 0, passed, self.raw[:, j]).astype(float)

    def failed_rate(self, j: int) -> float | None:
        """Dimension ``j``'s share of failing records among those with a known outcome."""
        judged = self.failed[:, j] >= 0
        return float((self.failed[judged, j] == 1).mean()) if judged.any() else None

    def records_with_tag(self) -> tuple[np.ndarray, np.ndarray]:
        """(record index, tag id) for every tag of every record."""
        counts = np.diff(self.tag_offsets)
        return np.repeat(np.arange(self.n), counts), self.tag_ids


def scored_lines(path: str | Path, skipped: Counter) -> Iterator[tuple[int, dict]]:
    """(line number, line) for each scored line; bad-input lines are counted in ``skipped['lines']``."""
    try:
        for number, line in iter_json_objects(path):
            if "dimensions" not in line or "id" not in line:
                raise DiagnoseError(f"{path}:{number}: not a scored record (no 'id' and 'dimensions'); "
                                    "is this a `quark score -o` file?")
            if line.get("error"):
                skipped["lines"] += 1
            else:
                yield number, line
    except JsonlError as exc:
        raise DiagnoseError(f"{exc}; is this a `quark score -o` file?") from None


def dims_for(first: dict, spec: Spec | None, path: str) -> list[DimInfo]:
    ids = list(first["dimensions"])
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


# Called once per chunk with (the Scores so far, the chunk's lines, their failed verdicts): how the flips are found.
ChunkHook = Callable[["Scores", list[dict], np.ndarray], None]


def load_scores(path: str | Path, spec: Spec | None, keep_keys: bool = False,
                on_chunk: ChunkHook | None = None) -> Scores:
    """Read a score file in one pass; ``keep_keys`` keeps an id -> index dict (for pairing with it)."""
    skipped: Counter = Counter()
    lines = scored_lines(path, skipped)
    first = next(lines, None)
    if first is None:
        raise DiagnoseError(f"{path}: no scored records"
                            + (f" ({skipped['lines']} bad-input lines only)" if skipped["lines"] else ""))
    dims = dims_for(first[1], spec, str(path))
    reader = _Reader(str(path), dims, keep_keys, on_chunk)
    chunk = [first[1]]
    for _, line in lines:
        chunk.append(line)
        if len(chunk) == CHUNK:
            reader.add(chunk)
            chunk = []
    if chunk:
        reader.add(chunk)
    scores = reader.finish()
    scores.n_skipped = skipped["lines"]
    return scores


class _Reader:
    """Turns chunks of score lines into a Scores."""

    def __init__(self, path: str, dims: list[DimInfo], keep_keys: bool, on_chunk: ChunkHook | None):
        from ..engine.weighting import BatchStats

        d = len(dims)
        self.scores = Scores(path, dims, failure_pairs=PairSums(d), outcome_pairs=PairSums(d),
                             causes=[Counter() for _ in dims], worst=[[] for _ in dims],
                             keys={} if keep_keys else None)
        self.scores.sums = {name: np.zeros(d) for name in (
            "n_applicable", "n_scored", "n_unscored", "n_errors", "raw_sum", "n_passed_known", "passed_sum",
            "normalized_sum", "n_normalized")}
        self.learn = BatchStats(0.0, np.zeros(d), np.zeros(d), np.zeros(d), np.zeros((d, d)))
        self.targets = np.array([dim.target for dim in dims])
        self.columns: dict[str, list[np.ndarray]] = {"raw": [], "passed": [], "failed": []}
        self.tag_ids, self.tag_offsets = array("i"), array("q", [0])
        self.tag_index: dict[str, int] = {}
        self.on_chunk = on_chunk

    def add(self, lines: list[dict]) -> None:
        from ..engine.weighting import BatchStats

        s, dims = self.scores, self.scores.dims
        batch = ScoredBatch.from_lines(lines, [d.id for d in dims])
        for i, line in enumerate(lines):
            for category, value in (line.get("category_scores") or {}).items():
                if value is not None:
                    total = s.category_sums.setdefault(category, [0.0, 0])
                    total[0] += value
                    total[1] += 1
            for tag in dict.fromkeys(line.get("tags") or []):
                self.tag_ids.append(self.tag_index.setdefault(tag, len(self.tag_index)))
            self.tag_offsets.append(len(self.tag_ids))
            if s.keys is not None:
                key = record_key(line)
                if key in s.keys:
                    raise DiagnoseError(f"{s.path}: record id {key!r} occurs more than once, so records cannot "
                                        "be paired with the baseline; give every (id, sample_index) one line")
                s.keys[key] = s.n + i
        raw, normalized, applicable = batch.raw, batch.normalized, batch.applicable
        scored_raw, scored_passed = batch.scored_raw, batch.scored_passed
        below = np.where(np.isnan(scored_raw), np.nan, (scored_raw < self.targets).astype(float))
        failed = np.where(np.isnan(scored_passed), below, 1.0 - scored_passed)
        known_raw = ~np.isnan(scored_raw)
        sums = s.sums
        sums["n_applicable"] += applicable.sum(axis=0)
        sums["n_scored"] += known_raw.sum(axis=0)
        sums["n_unscored"] += (applicable & ~known_raw).sum(axis=0)
        sums["n_errors"] += (applicable & batch.error_mask).sum(axis=0)
        sums["raw_sum"] += np.nansum(scored_raw, axis=0)
        sums["n_passed_known"] += (~np.isnan(scored_passed)).sum(axis=0)
        sums["passed_sum"] += np.nansum(scored_passed, axis=0)
        sums["normalized_sum"] += np.nansum(normalized, axis=0)
        sums["n_normalized"] += (~np.isnan(normalized)).sum(axis=0)
        s.failure_pairs.add(failed)
        s.outcome_pairs.add(batch.outcome())
        self.learn = self.learn + BatchStats.from_batch(batch.performance(),
                                                        np.where(np.isnan(normalized), raw, normalized))
        for i, j in zip(*np.nonzero(failed == 1)):
            self._failure(batch, int(i), s.n + int(i), int(j))
        self.columns["raw"].append(scored_raw.astype(np.float32))
        self.columns["passed"].append(np.nan_to_num(scored_passed, nan=-1).astype(np.int8))
        failed_codes = np.nan_to_num(failed, nan=-1).astype(np.int8)
        self.columns["failed"].append(failed_codes)
        if self.on_chunk is not None:
            self.on_chunk(s, lines, failed_codes)
        s.n += len(lines)

    def _failure(self, batch: ScoredBatch, i: int, index: int, j: int) -> None:
        """Count a failing record's causes once each, and keep it if it is among the worst three."""
        evidence = batch.evidence[i][j]
        causes = self.scores.causes[j]
        causes.update(iter(record_causes(evidence)))
        if len(causes) > 2 * MAX_CAUSES:
            self.scores.causes[j] = Counter(dict(causes.most_common(MAX_CAUSES)))
        worst = self.scores.worst[j]
        raw, normalized = batch.raw[i, j], batch.normalized[i, j]
        rank = (float(raw) if raw == raw else np.inf, float(normalized) if normalized == normalized else np.inf, index)
        if len(worst) == WORST and rank >= worst[-1][0]:
            return
        worst.append((rank, {"id": batch.ids[i], "raw": None if np.isnan(raw) else float(raw), "tags": batch.tags[i],
                             "prompt": batch.excerpts[i].get("prompt", ""),
                             "response": batch.excerpts[i].get("response", ""), "evidence": evidence}))
        worst.sort(key=lambda item: item[0])
        del worst[WORST:]

    def finish(self) -> Scores:
        s = self.scores
        d = len(s.dims)
        for name, parts in self.columns.items():
            setattr(s, name, np.concatenate(parts) if parts else np.zeros((0, d)))
            parts.clear()
        s.tag_ids = np.frombuffer(self.tag_ids, dtype=np.int32).copy()
        s.tag_offsets = np.frombuffer(self.tag_offsets, dtype=np.int64).copy()
        s.tag_names = list(self.tag_index)
        s.learn_stats = self.learn
        return s


def cause_key(evidence: str) -> str:
    """Group evidence lines by their rule: the part before ': ', numbers folded."""
    head = evidence.split(": ", 1)[0] if ": " in evidence else evidence
    return re.sub(r"\d+(?:[.,]\d+)*", "N", head)[:120]


def record_causes(evidence: list[str]) -> dict:
    """A record's distinct causes: three overdoses of one drug are one failing record, so a cause's share is of
    failing records and never exceeds 100%."""
    return dict.fromkeys(cause_key(e) for e in evidence)
