"""`quark calibrate`: freeze the reference policy's statistics."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..console import Column, OutputFormat, number, render
from ..outputs import check_outputs, strict_json, write_output
from ..records import DEFAULT_MAX_RESPONSE_CHARS
from ..scoring import DEFAULT_BATCH_SIZE
from .options import (BatchSizeOption, DataArg, FormatOption, InputFormatOption, InputOptions, JsonOption,
                      MaxCharsOption, OnError, OnErrorOption, QuietOption, SpecArg)
from .scoring_run import scored_batches, spec_and_scorer, warn

app = typer.Typer()

COLUMNS = [
    Column("dimension", "Dimension", no_wrap=True),
    Column("n", "n", str, "right"),
    Column("fraction_unscored", "Null", number, "right"),
    Column("mean", "Mean", number, "right"),
    Column("std", "Std", number, "right"),
    Column("p05", "p05", number, "right"),
    Column("p50", "p50", number, "right"),
    Column("p95", "p95", number, "right"),
    Column("pass_rate", "Pass", number, "right"),
]


@app.command()
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
    quiet: QuietOption = False,
) -> None:
    """Score the reference policy's responses in DATA and freeze their statistics for normalization."""
    from ..engine import Calibrator
    from ..engine.normalize import Normalizer
    from ..engine.settings import settings_from_spec

    check_outputs(inputs=[spec, data], outputs=[output])
    loaded, scorer = spec_and_scorer(spec, quiet=quiet)
    calibrator = Calibrator(loaded)
    options = InputOptions(on_error, input_format, max_response_chars, batch_size, quiet)
    for _, batch in scored_batches(scorer, data, options, combine=lambda batch: None):
        calibrator.add(batch)
    reference = calibrator.reference()
    write_output(str(output), strict_json(reference.to_json(), indent=2) + "\n")
    if not quiet:
        normalization, _ = settings_from_spec(loaded)
        for message in Normalizer(list(reference.dimensions), reference, normalization).warnings:
            warn(message)
    rows = [{"dimension": dim_id, **{k: v for k, v in stats.items() if k not in ("quantiles", "grid", "correlations")},
             **dict(stats["quantiles"])} for dim_id, stats in reference.dimensions.items()]
    render(rows, COLUMNS, OutputFormat.json if as_json else fmt,
           title=f"Reference statistics: {reference.n_records} records -> {output}")
