"""What the commands that score data share: options, errors, progress, safe output."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable, Iterator, Optional, TextIO

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..console import OutputFormat, err_console
from ..dimensions import DuplicateDimensionType
from ..records import DEFAULT_MAX_RESPONSE_CHARS, InputError, RecordError, read_records
from ..scoring import DEFAULT_BATCH_SIZE, Scorer
from ..spec import Spec, SpecError, load_spec

EXIT_INVALID = 2
EXIT_GATE = 3


class OnError(str, Enum):
    fail = "fail"
    skip = "skip"


class InputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


SpecArg = Annotated[Path, typer.Argument(help="Spec YAML.", show_default=False)]
DataArg = Annotated[str, typer.Argument(help="Records: JSONL, CSV or Parquet; '-' reads JSONL from stdin.",
                                        show_default=False)]
OnErrorOption = Annotated[OnError, typer.Option(
    help="Bad input records: 'fail' stops with exit 2; 'skip' writes them with an error.")]
InputFormatOption = Annotated[Optional[InputFormat], typer.Option(help="Input format when the extension is not telling.")]
MaxCharsOption = Annotated[int, typer.Option(min=1, help="Longest response accepted.")]
BatchSizeOption = Annotated[int, typer.Option(min=1, help="Records scored together (one engine step).")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings.")]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="Output format on stdout.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Same as --format json.")]


@dataclass(frozen=True)
class InputOptions:
    on_error: OnError = OnError.fail
    input_format: InputFormat | None = None
    max_response_chars: int = DEFAULT_MAX_RESPONSE_CHARS
    batch_size: int = DEFAULT_BATCH_SIZE
    quiet: bool = False


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


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO | None]:
    """Write to a temporary file beside ``path`` and rename it only on success."""
    if path is None:
        yield None
        return
    if path == "-":
        yield sys.stdout
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent.resolve())
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def scored_lines(scorer: Scorer, data: str, options: InputOptions,
                 after_batch: Callable | None = None) -> Iterator[dict]:
    """Read, score and yield output lines in input order, with a progress bar and --on-error handling."""
    counter: list = []
    skipped: list[RecordError] = []
    total = os.path.getsize(data) if data != "-" and os.path.isfile(data) else None
    progress = Progress(
        TextColumn("[bold]scoring[/bold]"), BarColumn(), TextColumn("{task.fields[records]:,} records"),
        TimeElapsedColumn(), console=err_console, transient=True,
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
