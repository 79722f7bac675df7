"""`quark score`: score records on every dimension of a spec."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import console as consoles
from ..console import BELOW_MARK, Column, OutputFormat, below_mark, factor, number, percent, render, stdout_console
from ..batch import output_lines
from ..errors import EXIT_GATE, QuarkError
from ..records import DEFAULT_MAX_RESPONSE_CHARS
from ..scoring import DEFAULT_BATCH_SIZE
from ..outputs import check_outputs, json_line, output_stream, strict_json, write_output
from ..summary import Summary, summary_rows
from ..worker_chunks import Prepared, Render
from ..trackers import parse_report_to, report
from .help import QuarkCommand, examples
from .options import (BatchSizeOption, DataArg, FormatOption, InputFormatOption, InputOptions, JsonOption,
                      LimitOption, MaxCharsOption, OnError, OnErrorOption, QuietOption, RayOption, SampleOption,
                      SeedOption, SpecArg, WorkersOption)
from .scoring_run import scored_batches, spec_and_scorer, warn
from .whole_input import WholeInput

app = typer.Typer(add_completion=False)

DIMENSION_COLUMNS = [
    Column("category", "Category", no_wrap=True),
    Column("dimension", "Dimension", no_wrap=True),
    Column("risk", "Risk", no_wrap=True),
    Column("mean", "Mean", number, "right"),
    Column("pass_rate", "Pass", percent, "right"),
    Column("target", "Target", percent, "right"),
    Column("n_applicable", "Appl", str, "right"),
    Column("n_scored", "n", str, "right"),
    Column("n_unscored", "Null", str, "right"),
    Column("n_errors", "Err", str, "right"),
]
MARK_COLUMN = Column("below_target", "", below_mark, no_wrap=True)
LEGEND = (f"{BELOW_MARK}: below target (red when colour is on). Mean: average raw score; Pass: share of applicable "
          "records that pass; Target is compared with Pass (where a dimension has no pass/fail: with Mean, or with "
          "--reference with its quantile in the reference).")
ENGINE_COLUMNS = [
    Column("normalized_mean", "Norm", number, "right"),
    Column("weight", "Weight", number, "right"),
    Column("weakness_factor", "Weak", factor, "right"),
    Column("risk_factor", "Risk×", factor, "right"),
    Column("redundancy_factor", "Redun", factor, "right"),
]
HEALTHBENCH_COLUMNS = [
    Column("tag", "Tag"),
    Column("score", "Score", number, "right"),
    Column("bootstrap_std", "Bootstrap std", number, "right"),
    Column("n", "n", str, "right"),
]
CATEGORY_COLUMNS = [
    Column("category", "Category"),
    Column("mean", "Mean", number, "right"),
    Column("n_scored", "Scored", str, "right"),
]


@app.command(cls=QuarkCommand, epilog=examples(
    "quark score specs/medical.yaml answers.jsonl -o scores.jsonl",
    "quark score SPEC DATA --reference reference.json --summary-json summary.json",
    "quark score SPEC DATA --sample 200 --seed 1 -q --fail-under 0.9",
))
def score(
    spec: SpecArg,
    data: DataArg,
    output: Annotated[Optional[str], typer.Option("-o", "--output", metavar="PATH",
                                                  help="Write one scored JSON line per record; '-' for stdout.")] = None,
    summary_json: Annotated[Optional[str], typer.Option(
        metavar="PATH", help="Write the summary as JSON; '-' for stdout.")] = None,
    reference: Annotated[Optional[Path], typer.Option(
        help="Frozen reference statistics from `quark calibrate`: adds normalized scores and engine weights.")] = None,
    allow_spec_mismatch: Annotated[bool, typer.Option(
        help="Use a reference calibrated on a different spec.")] = False,
    fail_under: Annotated[Optional[float], typer.Option(
        help="Exit 3 when the composite mean is below this value (a CI gate).")] = None,
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
    report_to: Annotated[Optional[list[str]], typer.Option(
        metavar="mlflow|wandb", help="Log the summary metrics and the matrix to an experiment tracker "
                                     "(repeatable, or a comma list; TRL's names).")] = None,
    workers: WorkersOption = None,
    ray: RayOption = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Judges: bypass the answer cache.")] = False,
    strict: Annotated[bool, typer.Option(help="A dimension that cannot run here (e.g. no judge backend) is an "
                                              "error, not a skip.")] = False,
) -> None:
    """Score DATA on every dimension of SPEC and print the alignment matrix."""
    from ..diagnose.recorded_spec import records_spec, sidecar_path, write_recorded_spec

    recorded = sidecar_path(output) if records_spec(output) else None
    check_outputs(inputs=[spec, data, reference], outputs=[output, summary_json, recorded])
    trackers = parse_report_to(report_to)
    if ray:
        from ..ray_scoring import import_ray

        if limit is not None or sample is not None:
            raise QuarkError("--limit and --sample read the input here; with --ray, cut the dataset first")
        import_ray()
    loaded, scorer = spec_and_scorer(spec, strict, quiet, no_cache)
    engine = None
    if reference is not None:
        from ..engine import Engine, load_reference

        engine = Engine(loaded, load_reference(reference), allow_spec_mismatch=allow_spec_mismatch)
        if not quiet:
            for message in engine.normalizer.warnings:
                warn(message)

    options = InputOptions(on_error, input_format, max_response_chars, batch_size, quiet, limit, sample, seed)
    summary = None  # made at the first batch: its arrays need numpy, which a judge's first calls need not wait for
    keys: set[tuple[str, object]] = set()
    duplicates: list[str] = []
    with output_stream(output) as out:
        for n_items, text, batch in combined_batches(scorer, data, options, engine, out is not None, workers, ray):
            if out is not None:
                out.write(text)
            summary = summary or Summary(loaded, scorer.mean_ranges())
            summary.add(batch)
            summary.add_skipped(n_items - len(batch))
            for key in zip(map(str, batch.ids), batch.sample_indexes):
                if key in keys:
                    duplicates.append(key[0])
                keys.add(key)

    summary = summary or Summary(loaded, scorer.mean_ranges())
    if recorded is not None:
        write_recorded_spec(output, spec)
    result = summary.to_json(engine, scorer.usage())
    if summary_json == "-":
        typer.echo(strict_json(result, indent=2))
    elif summary_json:
        write_output(summary_json, strict_json(result, indent=2) + "\n")
    if summary_json != "-" and not (quiet and fmt == OutputFormat.table and not as_json):
        show_summary(result, OutputFormat.json if as_json else fmt, to_stderr=output == "-")

    for line in report(trackers, result, data):
        if not quiet:
            consoles.err_console.print(line, markup=False, highlight=False)
    if duplicates and not quiet:
        warn(f"{len(duplicates)} record(s) repeat an earlier (id, sample_index), e.g. id {duplicates[0]!r}: "
             "`quark diagnose --baseline` cannot pair such records")
    if summary.n_records == 0 and not quiet:
        warn(f"{data} holds no records")
    composite = result["composite_mean"]
    usable = composite is not None and math.isfinite(composite)
    if fail_under is not None and (not usable or composite < fail_under):
        shown = f"{composite:.3f}" if usable else "none (nothing scored)"
        raise QuarkError(f"composite mean {shown} is below --fail-under {fail_under}", exit_code=EXIT_GATE)


def combined_batches(scorer, data: str, options: InputOptions, engine, spool: bool, workers: int | None,
                     ray: str | None):
    """(input items, output text when ``spool``, batch) per chunk, in input order. Without an engine each
    batch is combined as it is scored (the base-weighted mean is per record); with one, only after the whole
    input is scored, so that composites and weights do not depend on batch size or record order. Workers
    that read the input themselves render the text too (``Prepared``)."""
    if engine is None:
        render = Render.composite if spool else Render.none
        for items, batch in scored_batches(scorer, data, options, None, workers, ray, render):
            text = items.text if isinstance(items, Prepared) else (
                "".join(json_line(line) + "\n" for line in output_lines(items, batch)) if spool else "")
            yield len(items), text, batch
        return
    whole = WholeInput([d.id for d in scorer.spec.dimensions], spool)
    render = Render.raw if spool else Render.none
    for items, batch in scored_batches(scorer, data, options, lambda _: None, workers, ray, render):
        whole.add(items, batch)
    yield from whole.combined(engine)


def show_summary(result: dict, fmt: OutputFormat, to_stderr: bool) -> None:
    rows = summary_rows(result)
    engine = "engine" in result
    console = consoles.err_console if to_stderr else stdout_console()
    if fmt != OutputFormat.table:
        extra = ENGINE_COLUMNS if engine else [Column("weight", "Weight")]
        render(rows, DIMENSION_COLUMNS + extra + [Column("below_target", "Below target")], fmt)
        return
    spec = result["spec"]
    title = f"{spec['name']} v{spec['version']} — {result['n_records']} records"
    # With an engine, the factor columns replace the counts so the table stays narrow.
    columns = [DIMENSION_COLUMNS[i] for i in (0, 1, 4, 5)] + ENGINE_COLUMNS if engine else DIMENSION_COLUMNS
    columns = columns + [MARK_COLUMN]
    render(rows, columns, fmt, title=title, group="category", console=console,
           style=lambda row: "red" if row["below_target"] else None)
    categories = [{"category": c, **v} for c, v in result["categories"].items()]
    categories.append({"category": "composite", "mean": result["composite_mean"],
                       "n_scored": result["n_records"] - result["n_skipped"]})
    render(categories, CATEGORY_COLUMNS, fmt, console=console)
    for dim_id, aggregate in result.get("healthbench", {}).items():
        rows = [{"tag": "overall", **aggregate["overall"]}] + [{"tag": t, **v} for t, v in aggregate["tags"].items()]
        render(rows, HEALTHBENCH_COLUMNS, fmt, console=console,
               title=f"{dim_id}, HealthBench-style: mean per-example score clipped to [0, 1], by tag")
    if result["n_skipped"]:
        console.print(f"{result['n_skipped']} record(s) skipped for bad input")
    console.print(f"{LEGEND} Composite: {result['composite_method']}", style="dim", markup=False, highlight=False)
