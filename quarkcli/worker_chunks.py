"""Chunks of a JSONL file that a worker reads, scores and writes itself, so that the parent stays nearly idle.

The parent only finds where each chunk of ``batch_size`` items starts and ends in the file (a scan for line
ends, no decoding); a worker reads its byte range, scores the records and renders their output lines. The
parent gets back the finished text, the chunk's input errors and the batch's score columns without the
text fields (for the summary, the engine and the calibrator), and concatenates them in input order.
Chunks hold the same items as the in-process reader's, so every byte written is the same.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import Enum
from typing import Iterator

from .batch import ScoredBatch, output_lines
from .dimensions import Record
from .outputs import json_line
from .records import BOM, RecordError, _jsonl
from .scoring import BaseComposite
from .spec import Spec


class Render(str, Enum):
    """What a worker writes for its chunk: nothing, the lines as scored, or the lines with base composites."""

    none = "none"
    raw = "raw"
    composite = "composite"


@dataclass(frozen=True)
class ByteRange:
    """Items of a JSONL file from byte ``start`` to ``stop``; the first is on line ``first_line``."""

    start: int
    stop: int
    first_line: int


@dataclass
class Prepared:
    """A chunk as its worker left it: item count, input errors, output text (empty when not rendered), and
    how far into the file it reaches (for the progress bar)."""

    count: int
    errors: list[RecordError]
    text: str
    stop: int

    def __len__(self) -> int:
        return self.count


def byte_ranges(path: str, batch_size: int) -> Iterator[ByteRange]:
    """Where each chunk of ``batch_size`` non-blank lines starts and stops, read lazily; the counting of
    lines and skipping of blank ones is the reader's (``records._jsonl``)."""
    start = position = 0
    first_line, count = 1, 0
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            position += len(raw)
            if number == 1 and raw.startswith(BOM):
                raw = raw[len(BOM):]
            if not raw.strip():
                continue
            count += 1
            if count == batch_size:
                yield ByteRange(start, position, first_line)
                start, first_line, count = position, number + 1, 0
    if count:
        yield ByteRange(start, position, first_line)


def read_range(path: str, part: ByteRange, max_chars: int) -> list[Record | RecordError]:
    """The items in ``part``, exactly as ``records.read_records`` reads them at that place in the file."""
    with open(path, "rb") as handle:
        handle.seek(part.start)
        data = handle.read(part.stop - part.start)
    return list(_jsonl(io.BytesIO(data), max_chars, part.first_line))  # lines end at b"\n" only, as in a file


def prepare(items: list[Record | RecordError], batch: ScoredBatch, render: Render, spec: Spec,
            stop: int) -> tuple[Prepared, ScoredBatch]:
    """Render a scored chunk's output lines and strip from its batch what only those lines needed."""
    text = ""
    if render != Render.none:
        if render == Render.composite and len(batch):
            BaseComposite(spec)(batch)
        text = "".join(json_line(line) + "\n" for line in output_lines(items, batch))
    # In the text now, or asked for by nobody (judge_rubric's, which the HealthBench tally reads, never scores in
    # a worker): the parent would spend more unpickling the evidence than all the rest of the batch.
    batch.evidence, batch.excerpts = [], []
    return Prepared(len(items), [item for item in items if isinstance(item, RecordError)], text, stop), batch
