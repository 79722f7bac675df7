"""`quark diagnose`: where and why, from a scores file; and weights for the next training run."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from ..console import BELOW_MARK, Column, OutputFormat, below_mark, number, percent, points, render, stdout_console
from ..errors import EXIT_GATE, QuarkError
from ..outputs import check_outputs, strict_json, write_output
from ..risk import Risk
from .help import QuarkCommand, examples
from .options import LimitOption, SampleOption, SeedOption
from .sampling import take
from .scoring_run import warn

app = typer.Typer(add_completion=False)

MATRIX_COLUMNS = [
    Column("dimension", "Dimension", no_wrap=True),
    Column("category", "Category", no_wrap=True),
    Column("risk", "Risk", no_wrap=True),
    Column("mean", "Mean", number, "right"),
    Column("pass_rate", "Pass", percent, "right"),
    Column("target", "Target", percent, "right"),
    Column("gap", "Gap", points, "right"),
    Column("normalized_mean", "Norm", number, "right"),
    Column("n_applicable", "Appl", str, "right"),
    Column("n_scored", "n", str, "right"),
    Column("n_unscored", "Null", str, "right"),
    Column("below_target", "", below_mark, no_wrap=True),
]
LEGEND = (f"{BELOW_MARK}: below target (red when colour is on). Mean: average raw score; Pass: share of applicable "
          "records that pass; Target is compared with Pass (with Mean where a dimension has no pass/fail); "
          "Gap: target minus that, in percentage points.")
COMPARISON_COLUMNS = [
    Column("dimension", "Dimension", no_wrap=True),
    Column("baseline", "Baseline", percent, "right"),
    Column("current", "Current", percent, "right"),
    Column("delta", "Delta", points, "right"),
    Column("ci_low", "CI low", points, "right"),
    Column("ci_high", "CI high", points, "right"),
    Column("direction", "Verdict", no_wrap=True),
]
CATEGORY_COLUMNS = [
    Column("category", "Category", no_wrap=True),
    Column("mean", "Mean", number, "right"),
    Column("n_below_target", "Below target", str, "right"),
    Column("n_dimensions", "Dimensions", str, "right"),
]
SLICE_COLUMNS = [
    Column("dimension", "Dimension", no_wrap=True),
    Column("tag", "Tag"),
    Column("value", "Value", number, "right"),
    Column("interval", "95% CI", justify="right", no_wrap=True),
    Column("n", "n", str, "right"),
    Column("delta", "Delta", number, "right"),
]
SHOWN_SLICES = 10
SHOWN_FLIPS = 5
FEEDBACK_COLUMNS = [
    Column("dimension", "Dimension", no_wrap=True),
    Column("n_complaints", "Complaints", str, "right"),
    Column("complaint_rate", "Rate", percent, "right"),
    Column("offline_failure_rate", "Offline fail", percent, "right"),
]


@app.command(cls=QuarkCommand, epilog=examples(
    "quark diagnose scores.jsonl --spec specs/medical.yaml --html report.html",
    "quark diagnose new.jsonl --baseline old.jsonl --fail-on-regression",
    "quark diagnose scores.jsonl --spec SPEC --weights-out weights.yaml -q",
))
def diagnose(
    scores: Annotated[Path, typer.Argument(help="A scores file from `quark score -o`.", show_default=False)],
    spec: Annotated[Optional[Path], typer.Option(help="The spec the scores were made with (categories, risks, "
                                                      "targets); default: the one `quark score -o` recorded "
                                                      "next to them.")] = None,
    baseline: Annotated[Optional[Path], typer.Option(help="Scores of another model or run to compare with, "
                                                          "matched by record id.")] = None,
    feedback: Annotated[Optional[Path], typer.Option(help="User feedback JSONL with complaint tags.")] = None,
    html: Annotated[Optional[Path], typer.Option(help="Write a self-contained HTML report.")] = None,
    json_out: Annotated[Optional[str], typer.Option(
        "--json", metavar="PATH", help="Write the diagnosis as JSON; '-' for stdout.")] = None,
    weights_out: Annotated[Optional[Path], typer.Option(help="Write initial weights and targets for training.")] = None,
    fail_on_regression: Annotated[bool, typer.Option(
        help="Exit 3 when a critical or high dimension regresses significantly against --baseline.")] = False,
    limit: LimitOption = None,
    sample: SampleOption = None,
    seed: SeedOption = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No terminal report (files are still written).")] = False,
) -> None:
    """Say where and why the model fails: matrix, attribution, co-failure, comparison, recommendations."""
    from ..diagnose import diagnose as run_diagnosis
    from ..diagnose.recorded_spec import resolve_spec

    if fail_on_regression and baseline is None:
        raise QuarkError("--fail-on-regression needs --baseline")
    check_outputs(inputs=[scores, spec, baseline, feedback], outputs=[html, json_out, weights_out])
    loaded, spec_warnings = resolve_spec(scores, spec)
    if weights_out is not None and loaded is None:
        raise QuarkError("--weights-out needs --spec (weights are tied to the spec's dimensions), or scores "
                         "written by `quark score -o` with their recorded spec")
    with tempfile.TemporaryDirectory(prefix="quark-diagnose-") as folder:
        chosen = scores if limit is None and sample is None else sampled_copy(scores, Path(folder), limit, sample, seed)
        result, warnings = run_diagnosis(chosen, loaded, baseline, feedback)
    result["scores"] = str(scores)
    result["warnings"][:0] = spec_warnings
    for message in result["warnings"]:
        warn(message)

    if json_out == "-":
        typer.echo(strict_json(result, indent=2))
    elif json_out:
        write_output(json_out, strict_json(result, indent=2) + "\n")
    if html is not None:
        from ..diagnose.html import write_html

        write_html(result, html)
    if weights_out is not None:
        from ..engine.weights_file import save_weights

        w = result["weights"]
        save_weights(weights_out, loaded, {k: v["weight"] for k, v in w.items()},
                     {k: v["target"] for k, v in w.items()}, {k: v["factors"] for k, v in w.items()},
                     source=f"quark diagnose {scores}")
    if not quiet and json_out != "-":
        show(result, stdout_console())
        written = [str(p) for p in (json_out, html, weights_out) if p]
        if written:
            stdout_console().print("Written: " + ", ".join(written))

    if fail_on_regression:
        risky = {d.id for d in loaded.dimensions if Risk(d.risk).guarded} if loaded else set()
        failing = [d for d in result["comparison"]["regressions"] if d in risky or loaded is None]
        if failing:
            raise QuarkError(f"significant regression in {', '.join(failing)} against {baseline}", exit_code=EXIT_GATE)


def sampled_copy(scores: Path, folder: Path, limit: int | None, sample: int | None, seed: int) -> Path:
    """The lines --limit/--sample pick from SCORES, as a scores file of their own (the baseline stays whole, so
    every picked record still finds its pair)."""
    copy = folder / scores.name
    try:
        with open(scores, encoding="utf-8") as lines:
            copy.write_text("".join(take((line for line in lines if line.strip()), limit, sample, seed)),
                            encoding="utf-8")
    except OSError as exc:
        raise QuarkError(f"{scores}: {exc.strerror}") from None
    return copy


def show(result: dict, console: Console) -> None:
    from ..diagnose.recommend import correlation_text, regression_text

    title = f"{result['spec']['name']} — " if result["spec"] else ""
    rows = result["matrix"]["dimensions"]
    render(rows, MATRIX_COLUMNS if result["normalized"] else [c for c in MATRIX_COLUMNS if c.key != "normalized_mean"],
           OutputFormat.table, title=f"{title}{result['n_records']} records, weakest first",
           style=lambda r: "red" if r["below_target"] else None, console=console)
    console.print(LEGEND, style="dim", markup=False, highlight=False)
    categories = [{"category": c, **v} for c, v in result["matrix"]["categories"].items()]
    render(categories, CATEGORY_COLUMNS, OutputFormat.table, console=console)
    below = {r["dimension"] for r in rows if r["below_target"]}
    for item in result["attribution"]:
        if item["dimension"] not in below:
            continue
        console.print(f"[bold]{item['dimension']}[/bold] ({item['risk']}): {item['n_failures']} of "
                      f"{item['n_judged']} fail", highlight=False)
        for cause in item["causes"][:3]:
            console.print(f"  {cause['share']:>4.0%}  {cause['cause']}", markup=False, highlight=False)
        tags = ", ".join(f"{t['tag']} {t['n_failures']}/{t['n_records']}" + (" (small)" if t["small"] else "")
                         for t in item["tags"][:3])
        if tags:
            console.print(f"  tags: {tags}", markup=False, highlight=False)
        if item["worst"]:
            worst = item["worst"][0]
            console.print(f"  e.g. {worst['id']}: {worst['prompt'][:70]!r}", markup=False, highlight=False)
    show_slices(result, below, console)
    flagged = [p for p in result["relations"] if p["relation"]]
    for pair in flagged[:5]:
        which = "failure" if pair["relation"] == "redundant" else "score"
        console.print(f"{pair['relation']}: {pair['a']} / {pair['b']} ({which} {correlation_text(pair, which)})",
                      highlight=False)
    if result["comparison"]:
        render(result["comparison"]["dimensions"], COMPARISON_COLUMNS, OutputFormat.table,
               title=f"Against the baseline ({result['comparison']['n_matched']} matched records)",
               style=lambda r: "red" if r["direction"] == "regression" else None, console=console)
        for row in result["comparison"]["dimensions"]:
            if row["direction"] == "regression":
                console.print(regression_text(row), markup=False, highlight=False)
        show_flips(result["flips"], console)
    if result["feedback"]:
        render(result["feedback"]["dimensions"], FEEDBACK_COLUMNS, OutputFormat.table,
               title=f"User feedback ({result['feedback']['n_feedback']} records)", console=console)
    if result["recommendations"]:
        console.print("[bold]Recommendations[/bold]")
        for item in result["recommendations"]:
            console.print(f"{item['rank']:>2}. {item['text']}", markup=False, highlight=False)


def show_slices(result: dict, below: set[str], console: Console) -> None:
    """The weakest tag x dimension cells (interval entirely lowest first); the whole grid is in --json/--html."""
    cells = [c for c in result["slices"]["cells"] if c["value"] is not None and not c["small"]
             and ((c["dimension"] in below and c["below_target"])
                  or (c.get("delta_ci_high") is not None and c["delta_ci_high"] < 0))]
    cells.sort(key=lambda c: (c["ci_high"], c["value"], c["dimension"], c["tag"]))
    if not cells:
        return
    rows = [{**c, "interval": f"{c['ci_low']:.2f}–{c['ci_high']:.2f}"} for c in cells[:SHOWN_SLICES]]
    columns = SLICE_COLUMNS if result["comparison"] else SLICE_COLUMNS[:-1]
    render(rows, columns, OutputFormat.table, console=console,
           title=f"Weakest slices (tag × dimension; all {len(result['slices']['cells'])} in --json/--html)")


def show_flips(flips: dict, console: Console) -> None:
    """How many records flipped per dimension, and the first few, riskiest first."""
    from ..diagnose.flips import ARROWS

    counts = ", ".join(f"{c['dimension']} {ARROWS[c['direction']]} {c['n']}" for c in flips["counts"])
    console.print(f"Flips: {counts or 'none'}", markup=False, highlight=False)
    for flip in flips["items"][:SHOWN_FLIPS]:
        evidence = "; ".join(flip["evidence"] or flip["baseline_evidence"])[:80]
        console.print(f"  {ARROWS[flip['direction']]} {flip['dimension']} {flip['id']} [{', '.join(flip['tags'])}]: "
                      f"{flip['prompt'][:50]!r} → {flip['response'][:50]!r}" + (f" ({evidence})" if evidence else ""),
                      markup=False, highlight=False)
