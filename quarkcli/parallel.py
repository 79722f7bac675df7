"""Scoring chunks of records in worker processes, with the results in input order.

Workers are forked from this process where that is safe, so they start at once with its scorer; else they
are spawned and build the Scorer from the spec. For a JSONL file the parent only hands out byte ranges
(``worker_chunks``): a worker reads, scores and renders its chunk's output lines, and sends back the text and
the batch's score columns. For other inputs (stdin, CSV, Parquet, --sample) the parent reads and sends records
and gets raw ``ScoredBatch``es back. Either way the parent combines the batches in input order, so the engine,
the summary, the calibrator and the output see exactly the batches the in-process path produces, and write
the same bytes.

A worker that dies on a chunk (a segfault, ``os._exit``) or raises outside the Scorer's own isolation is
replaced; the chunk is scored again record by record, and a record that breaks its worker a second time
gets an error on every dimension. A bad record costs an error, never a hung run.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing.connection import wait
from typing import Iterable, Iterator

from .batch import ScoredBatch
from .dimensions import Record, Score
from .errors import QuarkError
from .records import RecordError
from .scoring import Scorer
from .worker import FileJob, plugins_in_code, serve
from .worker_chunks import ByteRange, Prepared, Render, byte_ranges

AUTO_MIN_RECORDS = 2048
"""With the default worker count, smaller inputs stay in process: starting a worker (imports, plugins,
the spec) takes about a second, more than scoring two thousand records costs."""
DEPTH = 2
"""Chunks queued per worker, so that a worker finds its next chunk waiting when it sends a result."""


def available_cores() -> int:
    """The cores this process may run on (affinity and cgroup-aware where Python can tell)."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        return counter() or 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


class WorkerError(QuarkError):
    """A worker process could not start (its plugins or spec failed to load)."""


@dataclass
class _Worker:
    process: multiprocessing.Process
    tasks: object
    results: object
    ready: bool = False
    pending: deque = field(default_factory=deque)  # (key, records) in the order sent


@dataclass
class _Task:
    seq: int  # the chunk's place in the input
    part: int  # the record's place in its chunk when the chunk is rescored record by record
    records: list[Record] | ByteRange
    isolated: bool = False


def _forkable() -> bool:
    """Whether a worker may be forked from this process, inheriting its loaded modules and scorer (no start-up):
    only where fork exists, no other Python thread could hold a lock at the fork (it would stay held in the
    child), and torch is not loaded: its native thread pools (OpenMP, MKL) are not made for a fork once they
    ran, so a spec with a model is scored by spawned workers."""
    return ("fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
            and "torch" not in sys.modules)


class WorkerPool:
    """``workers`` processes scoring with ``scorer``'s dimensions; ``score`` maps chunks to raw batches.

    Workers are forked from this process when ``_forkable`` (they start at once, with this scorer), else
    spawned (each imports Quark, loads the plugins and builds the scorer: about a second)."""

    def __init__(self, scorer: Scorer, workers: int, job: FileJob | None = None):
        self.scorer, self.job = scorer, job
        self.dim_ids = [d.id for d in scorer.spec.dimensions]
        self.spawned = (scorer.spec, scorer.no_cache, plugins_in_code())
        self.parts: dict[int, list] = {}
        self.read: dict[int, tuple[list, ByteRange]] = {}  # chunks of a file that this process read itself
        if _forkable():
            scorer.preload()  # e.g. the language models: loaded once here, not once per worker
        self.workers = [self._start() for _ in range(workers)]

    def _start(self) -> _Worker:
        method = "fork" if _forkable() else "spawn"
        context = multiprocessing.get_context(method)
        if method == "fork":
            sys.stdout.flush()  # a forked child flushes its copy of these buffers when it exits
            sys.stderr.flush()
        tasks = context.Queue()
        receive, send = context.Pipe(duplex=False)
        setup = self.scorer if method == "fork" else self.spawned
        process = context.Process(target=serve, args=(tasks, send, setup, self.job), daemon=True)
        process.start()
        send.close()  # the worker holds the only write end, so its death reads as end of file here
        return _Worker(process, tasks, receive)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker: politely when idle, by force when one is still busy (the run was interrupted)."""
        for worker in self.workers:
            if worker.pending or not worker.process.is_alive():
                worker.process.terminate()
            else:
                worker.tasks.put(None)
        for worker in self.workers:
            worker.process.join(5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            self._discard(worker)

    @staticmethod
    def _discard(worker: _Worker) -> None:
        worker.tasks.cancel_join_thread()  # a dead reader must not block this process's exit
        worker.tasks.close()
        worker.results.close()

    def score(self, chunks: Iterable[list[Record] | ByteRange]) -> Iterator:
        """One result per chunk, in the chunks' order: a raw batch for a list of records, (Prepared, batch)
        for a byte range of the job's file; at most a few chunks per worker are held at once."""
        source = iter(chunks)
        self.waiting: deque[_Task] = deque()
        waiting, parts = self.waiting, self.parts
        window = len(self.workers) * (DEPTH + 1)
        next_seq = done = 0
        exhausted = False
        while True:
            for worker in self.workers:
                while len(worker.pending) < DEPTH:
                    if not waiting:
                        if exhausted or len(parts) >= window:
                            break
                        chunk = next(source, None)
                        if chunk is None:
                            exhausted = True
                            break
                        parts[next_seq] = [None]
                        waiting.append(_Task(next_seq, 0, chunk))
                        next_seq += 1
                    task = waiting.popleft()
                    if task.records:
                        worker.pending.append(task)
                        worker.tasks.put(((task.seq, task.part), task.records))
                    else:
                        parts[task.seq][task.part] = self._failed_batch([], "")  # input errors only: no records
            while done in parts and all(p is not None for p in parts[done]):
                yield self._finished(done, parts.pop(done))
                done += 1
            if exhausted and not parts:
                return
            self._collect()

    def _finished(self, seq: int, found: list):
        """A chunk's result; a byte range rescored record by record is rendered here, as its worker would have."""
        if seq not in self.read:
            return found[0] if len(found) == 1 else ScoredBatch.concat(found)
        items, part = self.read.pop(seq)
        return self.job.prepare(items, ScoredBatch.concat(found), part)

    def _collect(self) -> None:
        """Wait for results (or a worker's death) and file them."""
        busy = [w for w in self.workers if w.pending or not w.ready]
        if not busy:
            # Every chunk sent came back and was handed on while the window was full: more chunks are to be
            # sent, nothing is to be received, and waiting here would never end (the hang of e76d490).
            return
        ready = set(wait([w.results for w in busy] + [w.process.sentinel for w in busy]))
        for index, worker in enumerate(self.workers):
            if worker.results not in ready and worker.process.sentinel not in ready:
                continue
            if not self._drain(worker):
                self._replace(index)

    def _drain(self, worker: _Worker) -> bool:
        """File every message the worker has sent; False when its pipe is closed (it died)."""
        while worker.results.poll():
            try:
                key, value = worker.results.recv()
            except (EOFError, OSError):
                return False
            if key == "fatal":
                raise WorkerError(f"a scoring worker could not start: {value} (a plugin registered in code must be "
                                  "importable or picklable to reach workers; --workers 1 scores in this process)")
            if key == "ready":
                worker.ready = True
                continue
            task = worker.pending.popleft()
            if isinstance(value, str):
                self._failure(task, value)
            else:
                self.parts[task.seq][task.part] = value
        return worker.process.is_alive() or worker.results.poll()

    def _replace(self, index: int) -> None:
        """A worker died: its current chunk is the suspect; chunks queued behind it go back in line."""
        worker = self.workers[index]
        worker.process.join()
        code = worker.process.exitcode
        self._discard(worker)
        if not worker.ready:
            raise WorkerError(f"a scoring worker exited with code {code} while starting")
        if worker.pending:
            suspect = worker.pending.popleft()
            self.waiting.extendleft(reversed(worker.pending))
            self._failure(suspect, f"scoring worker died (exit code {code}) on this record")
        self.workers[index] = self._start()

    def _failure(self, task: _Task, reason: str) -> None:
        """A chunk that broke its worker is rescored one record per task; a lone record gets the error.
        A byte range is read here first, and its records go out one by one like any chunk's."""
        if isinstance(task.records, ByteRange):
            items = self.job.items(task.records)
            self.read[task.seq] = (items, task.records)
            task = _Task(task.seq, 0, [item for item in items if isinstance(item, Record)])
        if task.isolated or len(task.records) <= 1:
            self.parts[task.seq][task.part] = self._failed_batch(task.records, reason)
            return
        self.parts[task.seq] = [None] * len(task.records)
        self.waiting.extendleft(reversed([_Task(task.seq, i, [r], isolated=True) for i, r in enumerate(task.records)]))

    def _failed_batch(self, records: list[Record], reason: str) -> ScoredBatch:
        failed = [Score.failure(reason)] * len(records)
        return ScoredBatch.from_scores(records, self.dim_ids, [failed for _ in self.dim_ids])


def score_chunks(scorer: Scorer, items: Iterable[Record | RecordError], batch_size: int,
                 workers: int | None = None) -> Iterator[tuple[list[Record | RecordError], ScoredBatch]]:
    """(input items, their raw batch) per ``batch_size`` items, in input order.

    ``workers`` > 1 scores in that many processes, None picks the available cores for inputs of at least
    ``AUTO_MIN_RECORDS`` items (``_worker_count``). A spec with a judge stays in process, where the async
    client and its cache are shared by every record (``in_process_dimensions``); so does an input of one
    chunk, where a worker's start-up would cost more than it saves.
    """
    iterator = iter(items)
    chunks = iter(lambda: list(islice(iterator, batch_size)), [])
    count = _worker_count(scorer, workers)
    if count <= 1 or in_process_dimensions(scorer):
        yield from _in_process(scorer, chunks)  # no need to read ahead: a judge's first calls go out at once
        return
    ahead = _ahead(batch_size, workers)
    first = list(islice(chunks, ahead))
    every = chain(first, chunks)
    if len(first) < ahead:
        yield from _in_process(scorer, every)
        return
    in_flight: deque[list] = deque()

    def records() -> Iterator[list[Record]]:
        for chunk in every:
            in_flight.append(chunk)
            yield [item for item in chunk if isinstance(item, Record)]

    with WorkerPool(scorer, count) as pool:
        for batch in pool.score(records()):
            yield in_flight.popleft(), batch


def _in_process(scorer: Scorer, chunks: Iterable[list[Record | RecordError]],
                ) -> Iterator[tuple[list[Record | RecordError], ScoredBatch]]:
    """Score here, one chunk ahead: the next chunk's server calls start (``Scorer.prefetch``) before this one
    is scored, so a judge keeps its calls in flight across batch boundaries."""
    previous = None
    for chunk in chunks:
        records = [item for item in chunk if isinstance(item, Record)]
        scorer.prefetch(records)
        if previous is not None:
            yield previous[0], scorer.score_records(previous[1])
        previous = chunk, records
    if previous is not None:
        yield previous[0], scorer.score_records(previous[1])


def in_process_dimensions(scorer: Scorer) -> list[str]:
    """Dimensions that keep a whole spec in this process: those that call a model server or load a model
    (judges share one async client, its cache and a loaded judge across every record), unless their
    class says ``scores_in_workers`` (a small CPU model that each spawned worker loads for itself)."""
    found = set(scorer.backend_dimensions())
    return [d.id for d, dim in scorer.dimensions if d.id in found and not getattr(dim, "scores_in_workers", False)]


def _worker_count(scorer: Scorer, workers: int | None) -> int:
    """``workers``, or by default the available cores, except for a spec with a model dimension: spawned
    workers each import torch and load the model (several seconds), which pays off only on large inputs,
    so by default such a spec scores here, and an explicit ``--workers N`` sends it to the workers."""
    if workers is not None:
        return workers
    models = [d.id for d, dim in scorer.dimensions if d.id not in scorer.skipped and getattr(dim, "scores_in_workers", False)]
    return 1 if models else available_cores()


def _ahead(batch_size: int, workers: int | None) -> int:
    """Chunks to look at before starting workers: enough to tell an input too small to be worth them."""
    return max(2, -(-AUTO_MIN_RECORDS // batch_size) if workers is None else 2)


@contextmanager
def file_chunks(scorer: Scorer, path: str, batch_size: int, workers: int | None, max_chars: int,
                render: Render) -> Iterator[Iterator[tuple[Prepared, ScoredBatch]] | None]:
    """Workers that read, score and render byte ranges of the JSONL file ``path`` themselves, started on entry
    (before any thread, so they can be forked); None where ``score_chunks`` decides to score in process, or
    where the input is not a regular file (stdin, a pipe: it can be read only once)."""
    count = _worker_count(scorer, workers)
    if count <= 1 or in_process_dimensions(scorer) or not os.path.isfile(path):
        yield None
        return
    ahead = _ahead(batch_size, workers)
    ranges = byte_ranges(path, batch_size)
    first = list(islice(ranges, ahead))
    if len(first) < ahead:
        ranges.close()
        yield None
        return
    with WorkerPool(scorer, count, FileJob(path, max_chars, render, scorer.spec)) as pool:
        yield pool.score(chain(first, ranges))
