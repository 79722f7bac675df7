"""Setting up a spec's scorer and streaming records through it, with progress and --on-error handling."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..console import err_console
from ..dimensions import DuplicateDimensionType
from ..errors import EXIT_INVALID
from ..records import InputError, RecordError, read_records
from ..scoring import Scorer
from ..spec import Spec, SpecError, load_spec
from .in_flight_column import InFlightColumn
from .options import InputOptions, OnError


def fail(message: str, code: int = EXIT_INVALID) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


def warn(message: str) -> None:
    err_console.print(f"[yellow]warning:[/yellow] {message}", highlight=False)


def load_spec_or_exit(path: Path) -> Spec:
    """The spec, or exit 2 after printing every problem as FILE:LINE: path: message."""
    try:
        return load_spec(path)
    except SpecError as exc:
        for issue in exc.issues:
            err_console.print(str(issue), markup=False, highlight=False)
        raise typer.Exit(EXIT_INVALID) from None


def spec_and_scorer(path: Path, strict: bool = False, quiet: bool = False) -> tuple[Spec, Scorer]:
    """Load the spec and set up its dimensions, or exit 2 saying why; warn about dimensions that cannot run
    (with ``strict``, such a dimension is an error)."""
    spec = load_spec_or_exit(path)
    try:
        scorer = Scorer(spec)
    except DuplicateDimensionType as exc:
        raise fail(str(exc)) from None
    except Exception as exc:
        raise fail(f"cannot set up the dimensions of {path}: {type(exc).__name__}: {exc}") from None
    for dim_id, why in scorer.skipped.items():
        if strict:
            raise fail(f"{dim_id} cannot run: {why} (--strict)")
        if not quiet:
            warn(f"{dim_id} is skipped (unscored): {why}")
    return spec, scorer


def scored_lines(scorer: Scorer, data: str, options: InputOptions,
                 after_batch: Callable | None = None) -> Iterator[dict]:
    """Read, score and yield output lines in input order, with a progress bar and --on-error handling."""
    counter: list = []
    skipped: list[RecordError] = []
    total = os.path.getsize(data) if data != "-" and os.path.isfile(data) else None
    progress = Progress(
        TextColumn("[bold]scoring[/bold]"), BarColumn(), TextColumn("{task.fields[records]:,} records"),
        InFlightColumn(scorer.call_limits()), TimeElapsedColumn(), console=err_console, transient=True,
        disable=options.quiet or not err_console.is_terminal,
    )
    fmt = options.input_format.value if options.input_format else None
    try:
        with progress:
            task = progress.add_task("score", total=total, records=0)
            items = read_records(data, fmt, options.max_response_chars, counter)
            for n, (item, line) in enumerate(scorer.score_stream(items, options.batch_size, after_batch), start=1):
                if isinstance(item, RecordError):
                    if options.on_error == OnError.fail:
                        raise fail(f"{data}:{item.line}: {item.message} (use --on-error skip to keep going)")
                    skipped.append(item)
                progress.update(task, completed=counter[0].count if counter else None, records=n)
                yield line
    except InputError as exc:
        raise fail(str(exc)) from None
    if skipped and not options.quiet:
        for item in skipped[:10]:
            err_console.print(f"[yellow]skipped[/yellow] {data}:{item.line}: {item.message}", highlight=False)
        if len(skipped) > 10:
            err_console.print(f"[yellow]skipped[/yellow] {len(skipped) - 10} more bad records", highlight=False)
