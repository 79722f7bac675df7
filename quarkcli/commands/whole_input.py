"""`quark score --reference` in two passes: score everything, then combine once over the whole input.

The engine's evaluation weights are a function of the whole input's statistics, and the critical
constraint compares responses across a whole prompt group, so no composite is final until the last
batch is scored. Meanwhile the output lines wait in a temporary file and each batch keeps only its
columns (no evidence or excerpts), so memory grows with numbers, not with text.
"""

from __future__ import annotations

import math
import tempfile
from typing import Iterable, Iterator

import orjson

from ..batch import ScoredBatch, output_lines
from ..dimensions import Record
from ..outputs import json_line
from ..records import RecordError
from ..worker_chunks import Prepared


def _number(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def _columns(batches: list[ScoredBatch], dim_ids: list[str]) -> ScoredBatch:
    """One batch holding every batch's score columns and groups: what the engine reads."""
    import numpy as np
    shape = (0, len(dim_ids))
    stack = (lambda name: np.vstack([getattr(b, name) for b in batches]) if batches
             else np.zeros(shape, dtype=bool if name == "applicable" else float))
    groups = [g for b in batches for g in b.groups]
    return ScoredBatch(dim_ids=list(dim_ids), ids=list(range(len(groups))), groups=groups, tags=[],
                       raw=stack("raw"), passed=stack("passed"), applicable=stack("applicable"), errors=[], evidence=[])


class WholeInput:
    """Collects scored batches (and, with ``spool``, their output lines); ``combined`` hands them back
    with the engine's normalized scores, weights and composites filled in."""

    def __init__(self, dim_ids: list[str], spool: bool):
        self.dim_ids = dim_ids
        self.file = tempfile.TemporaryFile("w+", encoding="utf-8") if spool else None
        self.batches: list[ScoredBatch] = []
        self.line_counts: list[int] = []

    def add(self, items: list[Record | RecordError] | Prepared, batch: ScoredBatch) -> None:
        """Keep one scored chunk: its lines (rendered by a worker, or here) go to the spool, its text is
        dropped from the batch."""
        if isinstance(items, Prepared):
            if self.file is not None:
                self.file.write(items.text)
        elif self.file is not None:
            self.file.writelines(json_line(line) + "\n" for line in output_lines(items, batch))
        self.line_counts.append(len(items))
        batch.evidence, batch.excerpts = [], []
        self.batches.append(batch)

    def combined(self, engine) -> Iterator[tuple[int, str, ScoredBatch]]:
        """Evaluate the whole input once, then yield each chunk's input count, finished output text and batch."""
        whole = _columns(self.batches, self.dim_ids)
        engine.evaluate(whole)
        if self.file is not None:
            self.file.seek(0)
        start = 0
        for batch, count in zip(self.batches, self.line_counts):
            rows = slice(start, start + len(batch))
            start += len(batch)
            batch.normalized, batch.composite = whole.normalized[rows], whole.composite[rows]
            batch.weights = whole.weights
            batch.category_scores = {c: values[rows] for c, values in whole.category_scores.items()}
            lines = [] if self.file is None else [orjson.loads(self.file.readline()) for _ in range(count)]
            yield count, "".join(json_line(line) + "\n" for line in self._finished(lines, batch)), batch
        if self.file is not None:
            self.file.close()

    def _finished(self, lines: Iterable[dict], batch: ScoredBatch) -> list[dict]:
        """The spooled lines with the engine's columns, as ``ScoredBatch.line`` writes them."""
        records = iter(range(len(batch)))
        done = []
        for line in lines:
            if "line" not in line:  # input errors (``error_output``) carry their line number and no scores
                i = next(records)
                for j, dim_id in enumerate(self.dim_ids):
                    line["dimensions"][dim_id].update(normalized=_number(batch.normalized[i, j]),
                                                      weight=float(batch.weights[j]))
                line["category_scores"] = {c: _number(v[i]) for c, v in batch.category_scores.items()}
                line["composite"] = _number(batch.composite[i])
            done.append(line)
        return done
