"""`quark calibrate`: freeze the reference policy's statistics."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..console import Column, OutputFormat, number, percent, render
from ..outputs import check_outputs, strict_json, write_output
from ..records import DEFAULT_MAX_RESPONSE_CHARS
from ..scoring import DEFAULT_BATCH_SIZE
from .help import QuarkCommand, examples
from .options import (BatchSizeOption, DataArg, FormatOption, InputFormatOption, InputOptions, JsonOption,
                      LimitOption, MaxCharsOption, OnError, OnErrorOption, QuietOption, SampleOption,
                      SeedOption, SpecArg, WorkersOption)
from .scoring_run import scored_batches, spec_and_scorer, warn

app = typer.Typer(add_completion=False)

COLUMNS = [
    Column("dimension", "Dimension", no_wrap=True),
    Column("n", "n", str, "right"),
    Column("fraction_unscored", "Null", percent, "right"),
    Column("mean", "Mean", number, "right"),
    Column("std", "Std", number, "right"),
    Column("p05", "p05", number, "right"),
    Column("p50", "p50", number, "right"),
    Column("p95", "p95", number, "right"),
    Column("pass_rate", "Pass", percent, "right"),
]


@app.command(cls=QuarkCommand, epilog=examples(
    "quark calibrate specs/medical.yaml reference_answers.jsonl -o reference.json",
    "quark calibrate SPEC DATA -o reference.json --limit 1000 --json",
))
def calibrate(
    spec: SpecArg,
    data: DataArg,
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the reference statistics (JSON).")],
    on_error: OnErrorOption = OnError.fail,
    input_format: InputFormatOption = None,
    max_response_chars: MaxCharsOption = DEFAULT_MAX_RESPONSE_CHARS,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
    limit: LimitOption = None,
    sample: SampleOption = None,
    seed: SeedOption = 0,
    quiet: QuietOption = False,
    workers: WorkersOption = None,
) -> None:
    """Score the reference policy's responses in DATA and freeze their statistics for normalization."""
    from ..engine import Calibrator
    from ..engine.normalize import Normalizer
    from ..engine.settings import settings_from_spec

    check_outputs(inputs=[spec, data], outputs=[output])
    loaded, scorer = spec_and_scorer(spec, quiet=quiet)
    calibrator = Calibrator(loaded)
    options = InputOptions(on_error, input_format, max_response_chars, batch_size, quiet, limit, sample, seed)
    for _, batch in scored_batches(scorer, data, options, lambda batch: None, workers):
        calibrator.add(batch)
    reference = calibrator.reference()
    write_output(str(output), strict_json(reference.to_json(), indent=2) + "\n")
    if not quiet:
        normalization, _ = settings_from_spec(loaded)
        for message in Normalizer(list(reference.dimensions), reference, normalization).warnings:
            warn(message)
    rows = [{"dimension": dim_id, **{k: v for k, v in stats.items() if k not in ("quantiles", "grid", "correlations")},
             **dict(stats["quantiles"])} for dim_id, stats in reference.dimensions.items()]
    if quiet and fmt == OutputFormat.table and not as_json:
        return
    render(rows, COLUMNS, OutputFormat.json if as_json else fmt,
           title=f"Reference statistics: {reference.n_records} records -> {output}")
