"""`quark generate`: responses from a model, as records ready for `quark score` and `quark calibrate`."""

from __future__ import annotations

from dataclasses import asdict
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator

from ..jsonl import prompt_records
from .backends import GenerateError, GenerationSettings
from .output import LineWriter, repair_and_read_done

__all__ = ["GenerateError", "GenerationSettings", "generate_file", "prompt_records"]


def _batches(items: list, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def generate_file(backend, model_name: str, records: list[dict], output: Path, settings: GenerationSettings,
                  batch_size: int, on_progress: Callable[[int], None] = lambda n: None) -> dict:
    """Write one line per (record, sample); skip pairs already in ``output``. Returns counts."""
    done = repair_and_read_done(output)
    todo = [r for r in records
            if any((str(r["id"]), k) not in done for k in range(settings.num_samples))]
    writer = LineWriter(output)
    written = 0
    metadata = {"backend": backend.name, **asdict(settings)}
    try:
        for batch in _batches(todo, batch_size):
            for record, samples in zip(batch, backend.generate([r["prompt"] for r in batch], settings)):
                for k, text in enumerate(samples):
                    if (str(record["id"]), k) in done:
                        continue
                    meta = {**(record.get("metadata") or {}), "generation": metadata}
                    writer.write({**record, "response": text, "model": model_name, "sample_index": k,
                                  "metadata": meta})
                    written += 1
            on_progress(len(batch))
    finally:
        writer.close()
    present = sum(1 for r in records for k in range(settings.num_samples) if (str(r["id"]), k) in done)
    return {"written": written, "already_present": present}
