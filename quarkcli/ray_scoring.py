"""`quark score --ray`: the input read as a Ray dataset and scored by Ray Data's actors, combined here.

The actors only score, as the local workers do (``parallel.py``): each builds the Scorer once and sends back
raw ``ScoredBatch``es with the records they read. The driver numbers the lines, cuts the pieces into the
run's own batches and combines them in input order, so the engine statistics, the summary and every output
byte are those of the local run. Ray is an optional extra; it is imported only here.
"""

from __future__ import annotations

import os
import pickle
from typing import Any, Iterator

from .batch import ScoredBatch
from .dimensions import Record
from .errors import QuarkError
from .parallel import available_cores
from .worker import plugins_in_code, setup_plugins
from .records import BOM, RecordError, decode_line, detect_format, make_record
from .scoring import Scorer
from .spec import Spec

LOCAL = "local"
"""``--ray local`` starts a Ray instance on this machine; ``auto`` joins a running one, else an address."""


class RayError(QuarkError):
    """Ray is missing, or the input cannot be read through it."""


def import_ray():
    """The ray module, or the one-line hint to install the extra."""
    try:
        import ray
        import ray.data  # noqa: F401  (the extra: ray[data])
    except ImportError:
        raise RayError("--ray needs Ray: pip install 'quark-align[ray]'") from None
    return ray


class _ActorScorer:
    """Ray Data's callable class: one Scorer per actor, built once; each batch of rows becomes one payload."""

    def __init__(self, spec: Spec, no_cache: bool, plugins: list, max_chars: int, text: bool):
        setup_plugins(plugins)
        self.scorer = Scorer(spec, no_cache=no_cache)
        self.max_chars, self.text = max_chars, text

    def _entry(self, row: dict) -> tuple[Record | RecordError, bool] | None:
        """(record or error, whether its id defaults to its line number); None for a blank line."""
        if self.text:
            raw = row["text"].encode("utf-8")
            if raw.startswith(BOM):
                raw = raw[len(BOM):]
            if not raw.strip():
                return None
            obj = decode_line(raw)
        else:
            obj = {k: v for k, v in row.items() if v is not None}
        if isinstance(obj, RecordError):
            return obj, False
        return make_record(obj, 0, self.max_chars), not (isinstance(obj, dict) and "id" in obj)

    def __call__(self, table):
        import pyarrow as pa

        entries = [self._entry(row) for row in table.to_pylist()]
        batch = self.scorer.score_records([e[0] for e in entries if e and isinstance(e[0], Record)])
        return pa.table({"payload": pa.array([pickle.dumps((entries, batch))], type=pa.binary())})


def _numbered(payloads: Iterator[bytes]) -> Iterator[tuple[Record | RecordError, ScoredBatch | None, int]]:
    """Every input item in order, with its line (row) number filled in, and its scored piece and place."""
    line = 0
    for payload in payloads:
        entries, batch = pickle.loads(payload)
        place = 0
        for entry in entries:
            line += 1
            if entry is None:
                continue
            item, defaulted = entry
            item.line = line
            if defaulted:
                item.id = line
            if isinstance(item, Record):
                if defaulted:
                    batch.ids[place] = line
                yield item, batch, place
                place += 1
            else:
                yield item, None, 0


def _dataset(ray, data: str, text: bool):
    source = os.path.abspath(data) if os.path.exists(data) else data
    if text:
        return ray.data.read_text(source, drop_empty_lines=False, num_cpus=0)
    return ray.data.read_parquet(source, num_cpus=0)


def ray_chunks(scorer: Scorer, data: str, address: str, batch_size: int, max_chars: int,
               fmt: str | None = None, workers: int | None = None,
               ) -> Iterator[tuple[list[Record | RecordError], ScoredBatch]]:
    """(input items, their raw batch) per ``batch_size`` items, in input order, scored on Ray
    (``workers`` actors; default: the local instance's cores, or the cluster's CPUs)."""
    if data == "-":
        raise RayError("--ray reads files (local paths or object storage), not stdin")
    if scorer.backend_dimensions():
        raise RayError(f"--ray scores rule dimensions; {', '.join(scorer.backend_dimensions())} call a model "
                       "server or load a model: score them without --ray")
    fmt = fmt or detect_format(data)
    if fmt not in ("jsonl", "parquet"):
        raise RayError(f"--ray reads JSONL or Parquet, not {fmt}")
    ray = import_ray()
    started = not ray.is_initialized()
    if started:
        local = address == LOCAL
        ray.init(address=None if local else address, num_cpus=(workers or available_cores()) if local else None,
                 include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        actors = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        text = fmt == "jsonl"
        scored = _dataset(ray, data, text).map_batches(
            _ActorScorer, fn_constructor_args=(scorer.spec, scorer.no_cache, plugins_in_code(), max_chars, text),
            batch_size=batch_size, batch_format="pyarrow", concurrency=actors, num_cpus=1)
        yield from _rebatched(_numbered(row["payload"] for row in scored.iter_rows()), batch_size, scorer)
    finally:
        if started:
            ray.shutdown()


def _rebatched(items: Iterator[tuple[Any, ScoredBatch | None, int]], batch_size: int,
               scorer: Scorer) -> Iterator[tuple[list, ScoredBatch]]:
    """The run's own chunks of ``batch_size`` items (the engine steps once per chunk, as in the local run)."""
    chunk: list = []
    pieces: list[tuple[ScoredBatch, int, int]] = []

    def flush() -> tuple[list, ScoredBatch]:
        parts = [batch.part(start, stop) for batch, start, stop in pieces]
        joined = ScoredBatch.concat(parts) if parts else scorer.score_records([])
        return chunk, joined

    for item, batch, place in items:
        chunk.append(item)
        if batch is not None:
            if pieces and pieces[-1][0] is batch and pieces[-1][2] == place:
                pieces[-1] = (batch, pieces[-1][1], place + 1)
            else:
                pieces.append((batch, place, place + 1))
        if len(chunk) == batch_size:
            yield flush()
            chunk, pieces = [], []
    if chunk:
        yield flush()
