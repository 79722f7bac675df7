"""What runs inside a worker process: the plugins the parent had, the scorer, and the loop that scores the
chunks it is sent (``parallel.WorkerPool`` starts the workers and hands out the chunks; Ray's actors use the
plugin hand-over too)."""

from __future__ import annotations

import importlib
import inspect
import os
import pickle
import queue
import signal
import sys
from dataclasses import dataclass

from .batch import ScoredBatch
from .dimensions import Record
from .records import RecordError
from .scoring import Scorer
from .spec import Spec
from .worker_chunks import ByteRange, Prepared, Render, prepare, read_range


def plugins_in_code() -> list[tuple[str, str, object]]:
    """Plugins a script or test registered itself (environment-selected ones load again in each worker):
    modules travel by name, other plugin objects pickled here, so that one a worker cannot load costs a
    warning there instead of the whole worker."""
    from .plugins import IN_CODE, load_plugins, pm, source_of

    load_plugins()
    found = []
    for name, plugin in pm.list_name_plugin():
        if source_of(name) != IN_CODE:
            continue
        try:
            found.append((name, "module", plugin.__name__) if inspect.ismodule(plugin)
                         else (name, "object", pickle.dumps(plugin)))
        except Exception:
            continue  # not picklable: only this process has it
    return found


def setup_plugins(plugins: list[tuple[str, str, object]]) -> None:
    """In a worker: the plugins the environment selects, plus those ``plugins_in_code`` found in the parent."""
    from .plugins import IN_CODE, PluginFailure, describe, load_plugins, pm, report_failure

    load_plugins()
    for name, kind, plugin in plugins:
        if pm.get_plugin(name) is not None:
            continue
        try:
            pm.register(importlib.import_module(plugin) if kind == "module" else pickle.loads(plugin), name=name)
        except Exception as exc:
            report_failure(PluginFailure(name, IN_CODE, f"cannot be loaded in a worker: {describe(exc)}"))


def worker_scorer(setup) -> Scorer:
    """The worker's scorer: the parent's own when forked, else built from the spec like the parent's."""
    if isinstance(setup, Scorer):
        return setup
    spec, no_cache, plugins = setup
    setup_plugins(plugins)
    return Scorer(spec, no_cache=no_cache)


def serve(tasks, results, setup, job: "FileJob | None") -> None:
    """A worker's life: set up the scorer once, then score every chunk it is sent until told to stop."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker must not run the parent's handler
    try:
        scorer = worker_scorer(setup)
        one_thread()
    except Exception as exc:
        results.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    results.send(("ready", None))
    parent = os.getppid()
    try:
        while True:
            try:
                task = tasks.get(timeout=1.0)
            except queue.Empty:
                if os.getppid() != parent:
                    return  # the parent was killed: nobody will ask for more
                continue
            if task is None:
                return
            key, work = task
            try:
                results.send((key, job.score(scorer, work) if isinstance(work, ByteRange)
                              else scorer.score_records(work)))
            except Exception as exc:
                results.send((key, f"scoring worker failed: {type(exc).__name__}: {exc}"))
    except KeyboardInterrupt:
        return


@dataclass(frozen=True)
class FileJob:
    """What a worker needs to read, score and render byte ranges of one input file itself."""

    path: str
    max_chars: int
    render: Render
    spec: Spec

    def items(self, part: ByteRange) -> list[Record | RecordError]:
        return read_range(self.path, part, self.max_chars)

    def score(self, scorer: Scorer, part: ByteRange) -> tuple[Prepared, ScoredBatch]:
        items = self.items(part)
        return self.prepare(items, scorer.score_records([i for i in items if isinstance(i, Record)]), part)

    def prepare(self, items: list, batch: ScoredBatch, part: ByteRange) -> tuple[Prepared, ScoredBatch]:
        return prepare(items, batch, self.render, self.spec, part.stop)


def one_thread() -> None:
    """A worker runs its models on one thread: the cores are the workers'."""
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)
