"""The command-line options that several commands share, declared once as Annotated types."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..console import OutputFormat
from ..records import DEFAULT_MAX_RESPONSE_CHARS
from ..scoring import DEFAULT_BATCH_SIZE


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
BatchSizeOption = Annotated[int, typer.Option(min=1, help="Records scored together; results do not depend on it.")]
LimitOption = Annotated[Optional[int], typer.Option(min=1, help="Read only the first N records of the input.")]
SampleOption = Annotated[Optional[int], typer.Option(
    min=1, help="Use a uniform random sample of N records (one-pass reservoir sample, kept in input order; "
                "after --limit).")]
SeedOption = Annotated[int, typer.Option(help="Seed of --sample: the same input, N and seed give the same records.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, warnings or summary table "
                                                                 "(--json and --format still print).")]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="Output format on stdout.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
RayOption = Annotated[Optional[str], typer.Option(
    "--ray", metavar="ADDRESS",
    help="Score on Ray Data: 'local' starts Ray on this machine (--workers actors), 'auto' joins a running "
         "cluster, or a cluster address (ray://HOST:10001). JSONL or Parquet, local or object storage.")]
WorkersOption = Annotated[Optional[int], typer.Option(
    "--workers", min=1, show_default="the available cores",
    help="Processes scoring in parallel; 1 scores in this process. Output is identical either way. Specs "
         "with judge dimensions, and by default specs with a model dimension and inputs under 2,048 records, "
         "score in this process.")]


@dataclass(frozen=True)
class InputOptions:
    on_error: OnError = OnError.fail
    input_format: InputFormat | None = None
    max_response_chars: int = DEFAULT_MAX_RESPONSE_CHARS
    batch_size: int = DEFAULT_BATCH_SIZE
    quiet: bool = False
    limit: int | None = None
    sample: int | None = None
    seed: int = 0
