"""`quark score`: score records on every dimension of a spec."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional, TextIO

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..console import Column, OutputFormat, err_console, number, percent, render, stdout_console
from ..dimensions import DuplicateDimensionType
from ..records import DEFAULT_MAX_RESPONSE_CHARS, InputError, RecordError, read_records
from ..scoring import DEFAULT_BATCH_SIZE, Scorer
from ..spec import SpecError, load_spec
from ..summary import Summary, summary_rows

app = typer.Typer()

EXIT_INVALID = 2
EXIT_GATE = 3


class OnError(str, Enum):
    fail = "fail"
    skip = "skip"


class InputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


DIMENSION_COLUMNS = [
    Column("category", "Category", no_wrap=True),
    Column("dimension", "Dimension", no_wrap=True),
    Column("risk", "Risk", no_wrap=True),
    Column("mean", "Mean", number, "right"),
    Column("pass_rate", "Pass", percent, "right"),
    Column("target", "Target", percent, "right"),
    Column("n_scored", "n", str, "right"),
    Column("n_unscored", "Null", str, "right"),
    Column("n_errors", "Err", str, "right"),
]
CATEGORY_COLUMNS = [
    Column("category", "Category"),
    Column("mean", "Mean", number, "right"),
    Column("n_scored", "Scored", str, "right"),
]


def fail(message: str, code: int = EXIT_INVALID) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


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


def progress_bar(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]scoring[/bold]"), BarColumn(), TextColumn("{task.fields[records]:,} records"),
        TimeElapsedColumn(), console=err_console, transient=True,
        disable=quiet or not err_console.is_terminal,
    )


@app.command()
def score(
    spec: Annotated[Path, typer.Argument(help="Spec YAML.", show_default=False)],
    data: Annotated[str, typer.Argument(help="Records: JSONL, CSV or Parquet; '-' reads JSONL from stdin.",
                                        show_default=False)],
    output: Annotated[Optional[str], typer.Option("-o", "--output",
                                                  help="Write one scored JSON line per record; '-' for stdout.")] = None,
    summary_json: Annotated[Optional[str], typer.Option(help="Write the summary as JSON; '-' for stdout.")] = None,
    fail_under: Annotated[Optional[float], typer.Option(
        help="Exit 3 when the composite mean is below this value (a CI gate).")] = None,
    on_error: Annotated[OnError, typer.Option(
        help="Bad input records: 'fail' stops with exit 2; 'skip' writes them with an error.")] = OnError.fail,
    input_format: Annotated[Optional[InputFormat], typer.Option(help="Input format when the extension is not telling.")] = None,
    max_response_chars: Annotated[int, typer.Option(min=1, help="Longest response accepted.")] = DEFAULT_MAX_RESPONSE_CHARS,
    batch_size: Annotated[int, typer.Option(min=1, help="Records scored together.")] = DEFAULT_BATCH_SIZE,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Summary format on stdout.")] = OutputFormat.table,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings.")] = False,
) -> None:
    """Score DATA on every dimension of SPEC and print the alignment matrix."""
    if output == "-" and summary_json == "-":
        raise fail("-o - and --summary-json - would both write to stdout; send one to a file")
    try:
        loaded = load_spec(spec)
        scorer = Scorer(loaded)
    except SpecError as exc:
        for issue in exc.issues:
            err_console.print(str(issue), markup=False, highlight=False)
        raise typer.Exit(EXIT_INVALID) from None
    except DuplicateDimensionType as exc:
        raise fail(str(exc)) from None
    except Exception as exc:
        raise fail(f"cannot set up the dimensions of {spec}: {type(exc).__name__}: {exc}") from None

    summary = Summary(loaded)
    skipped: list[RecordError] = []
    counter: list = []
    total = os.path.getsize(data) if data != "-" and os.path.isfile(data) else None
    try:
        with output_stream(output) as out, progress_bar(quiet) as progress:
            task = progress.add_task("score", total=total, records=0)
            items = read_records(data, input_format.value if input_format else None, max_response_chars, counter)
            for item, line in scorer.score_stream(items, batch_size):
                if isinstance(item, RecordError):
                    if on_error == OnError.fail:
                        raise fail(f"{data}:{item.line}: {item.message} (use --on-error skip to keep going)")
                    skipped.append(item)
                if out is not None:
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
                summary.add(line)
                progress.update(task, completed=counter[0].count if counter else None, records=summary.n_records)
    except InputError as exc:
        raise fail(str(exc)) from None

    if skipped and not quiet:
        for item in skipped[:10]:
            err_console.print(f"[yellow]skipped[/yellow] {data}:{item.line}: {item.message}", highlight=False)
        if len(skipped) > 10:
            err_console.print(f"[yellow]skipped[/yellow] {len(skipped) - 10} more bad records", highlight=False)
    result = summary.to_json()
    if summary_json == "-":
        typer.echo(json.dumps(result, indent=2))
    elif summary_json:
        Path(summary_json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if summary_json != "-":
        show_summary(result, OutputFormat.json if as_json else fmt, to_stderr=output == "-")

    composite = result["composite_mean"]
    if fail_under is not None and (composite is None or composite < fail_under):
        shown = "none" if composite is None else f"{composite:.3f}"
        raise fail(f"composite mean {shown} is below --fail-under {fail_under}", EXIT_GATE)


def show_summary(result: dict, fmt: OutputFormat, to_stderr: bool) -> None:
    rows = summary_rows(result)
    console = err_console if to_stderr else stdout_console()
    if fmt != OutputFormat.table:
        render(rows, DIMENSION_COLUMNS + [Column("below_target", "Below target")], fmt)
        return
    spec = result["spec"]
    title = f"{spec['name']} v{spec['version']} — {result['n_records']} records"
    render(rows, DIMENSION_COLUMNS, fmt, title=title, group="category", console=console,
           style=lambda row: "red" if row["below_target"] else None)
    categories = [{"category": c, **v} for c, v in result["categories"].items()]
    categories.append({"category": "composite", "mean": result["composite_mean"],
                       "n_scored": result["n_records"] - result["n_skipped"]})
    render(categories, CATEGORY_COLUMNS, fmt, console=console)
    if result["n_skipped"]:
        console.print(f"{result['n_skipped']} record(s) skipped for bad input")
    console.print("[dim]red rows: below target. Composite: " + result["composite_method"] + "[/dim]")
