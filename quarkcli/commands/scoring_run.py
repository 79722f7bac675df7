"""Setting up a spec's scorer and streaming records through it, with progress and --on-error handling."""

from __future__ import annotations

import os
from contextlib import nullcontext
from pathlib import Path
from typing import Callable, Iterator

from .. import console
from ..batch import ScoredBatch
from ..dimensions import Record
from ..errors import QuarkError
from ..records import RecordError, detect_format, read_records
from ..parallel import file_chunks, in_process_dimensions, score_chunks
from ..ray_scoring import ray_chunks
from ..scoring import BaseComposite, Scorer, combined
from ..spec import Spec, load_spec
from ..worker_chunks import Prepared, Render
from .options import InputOptions, OnError
from .sampling import take


def warn(message: str) -> None:
    """A message is text, not markup: "pip install 'quark-align[models]'" keeps its brackets."""
    from rich.markup import escape

    console.err_console.print(f"[yellow]warning:[/yellow] {escape(message)}", highlight=False)


class _NoProgress:
    """The progress bar under --quiet, where rich's would be disabled: without importing rich before the
    first judge calls."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def add_task(self, *args, **fields) -> int:
        return 0

    def update(self, *args, **fields) -> None:
        return None


def progress_bar(scorer: Scorer, quiet: bool):
    """rich's progress line on stderr (shown on a terminal only), or nothing under --quiet."""
    if quiet:
        return _NoProgress()
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from .in_flight_column import InFlightColumn

    return Progress(
        TextColumn("[bold]scoring[/bold]"), BarColumn(), TextColumn("{task.fields[records]:,} records"),
        InFlightColumn(scorer.call_limits()), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=console.err_console, transient=True, disable=not console.err_console.is_terminal,
    )


def spec_and_scorer(path: Path, strict: bool = False, quiet: bool = False,
                    no_cache: bool = False) -> tuple[Spec, Scorer]:
    """Load the spec and set up its dimensions, or fail saying why; warn about dimensions that cannot run
    (with ``strict``, such a dimension is an error)."""
    spec = load_spec(path)
    try:
        scorer = Scorer(spec, no_cache=no_cache)
    except QuarkError:
        raise
    except Exception as exc:
        raise QuarkError(f"cannot set up the dimensions of {path}: {type(exc).__name__}: {exc}") from None
    for dim_id, why in scorer.skipped.items():
        if strict:
            raise QuarkError(f"{dim_id} cannot run: {why} (--strict)")
        if not quiet:
            warn(f"{dim_id} is skipped (unscored): {why}")
    return spec, scorer


def scored_batches(scorer: Scorer, data: str, options: InputOptions,
                   combine: Callable[[ScoredBatch], None] | None = None, workers: int | None = 1,
                   ray: str | None = None, render: Render = Render.none,
                   ) -> Iterator[tuple[list[Record | RecordError] | Prepared, ScoredBatch]]:
    """Read and score DATA, yielding (input items, scored batch) in input order, with a progress bar and
    --on-error handling; ``combine`` fills each batch's composites (see ``Scorer.score_stream``), here, in
    order, also when ``workers`` processes score the chunks (see ``parallel.score_chunks``) or a Ray cluster
    at address ``ray`` does (see ``ray_scoring.ray_chunks``).

    Where workers read a JSONL file themselves (``parallel.file_chunks``), a chunk comes as ``Prepared``
    instead of its items: its count, input errors and, as ``render`` asks, its output text."""
    counter: list = []
    skipped: list[RecordError] = []
    # The bar follows bytes read, or records when --limit/--sample fix their number; either way it has an ETA.
    by_records = options.sample or options.limit
    total = by_records or (os.path.getsize(data) if data != "-" and os.path.isfile(data) else None)
    progress = progress_bar(scorer, options.quiet)
    fmt = options.input_format.value if options.input_format else None
    if workers and workers > 1 and (kept := in_process_dimensions(scorer)) and not options.quiet:
        warn(f"scoring in this process, not {workers} workers: {', '.join(kept)} call a model server or load "
             "a model")
    n = 0
    own_reading = workers != 1 and not ray and data != "-" and options.limit is None and options.sample is None and (
        fmt or detect_format(data)) == "jsonl"
    with (file_chunks(scorer, data, options.batch_size, workers, options.max_response_chars, render)
          if own_reading else nullcontext()) as files, progress:
        task = progress.add_task("score", total=total, records=0)
        if ray:
            raw = ray_chunks(scorer, data, ray, options.batch_size, options.max_response_chars, fmt, workers)
        elif files is not None:
            raw = files
        else:
            raw = score_chunks(scorer, take(read_records(data, fmt, options.max_response_chars, counter),
                                                options.limit, options.sample, options.seed),
                               options.batch_size, workers)
        for chunk, batch in combined(raw, combine or BaseComposite(scorer.spec)):
            bad = chunk.errors if isinstance(chunk, Prepared) else [i for i in chunk if isinstance(i, RecordError)]
            if bad and options.on_error == OnError.fail:
                raise QuarkError(f"{data}:{bad[0].line}: {bad[0].message} (use --on-error skip to keep going)")
            skipped += bad
            n += len(chunk)
            done = chunk.stop if isinstance(chunk, Prepared) else counter[0].count if counter else None
            progress.update(task, completed=n if by_records else done, records=n)
            yield chunk, batch
    if skipped and not options.quiet:
        for item in skipped[:10]:
            console.err_console.print(f"[yellow]skipped[/yellow] {data}:{item.line}: {item.message}", highlight=False)
        if len(skipped) > 10:
            console.err_console.print(f"[yellow]skipped[/yellow] {len(skipped) - 10} more bad records", highlight=False)
