"""`quark generate`: sample responses from a model for scoring, calibration and diagnosis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)

from ..console import err_console
from ..errors import QuarkError
from ..extras import require
from ..outputs import check_outputs
from .help import QuarkCommand, examples

app = typer.Typer(add_completion=False)


@app.command(cls=QuarkCommand, epilog=examples(
    "quark generate --model tiny --data prompts.jsonl -o answers.jsonl",
    "quark generate --model M --backend openai --base-url URL --data P -o OUT",
    "quark generate --model models/m --data prompts.jsonl -o OUT --num-samples 4",
))
def generate(
    model: Annotated[str, typer.Option(help="Local model folder, 'tiny', or the server's model name (openai).")],
    data: Annotated[Path, typer.Option(help="Prompts JSONL; every field is kept in the output.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Responses JSONL (appended to; re-runs resume).")],
    num_samples: Annotated[int, typer.Option(min=1, help="Responses per prompt.")] = 1,
    backend: Annotated[str, typer.Option(help="transformers, vllm or openai (any OpenAI-compatible server).")] =
    "transformers",
    temperature: Annotated[float, typer.Option(min=0.0, help="Sampling temperature; 0 is greedy.")] = 1.0,
    max_new_tokens: Annotated[int, typer.Option(min=1, help="Longest response, in tokens.")] = 256,
    batch_size: Annotated[int, typer.Option(min=1, help="Prompts per generation call.")] = 8,
    seed: Annotated[int, typer.Option(help="Sampling seed.")] = 0,
    base_url: Annotated[Optional[str], typer.Option(help="openai backend: server URL, e.g. http://localhost:8000/v1")]
    = None,
    api_key_env: Annotated[str, typer.Option(help="openai backend: environment variable holding the API key.")] =
    "OPENAI_API_KEY",
    concurrency: Annotated[int, typer.Option(min=1, help="openai backend: requests in flight.")] = 8,
    max_retries: Annotated[int, typer.Option(min=0, help="openai backend: retries per request.")] = 4,
    timeout: Annotated[float, typer.Option(min=0.1, help="openai backend: seconds per request.")] = 60.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Generate responses to the prompts in DATA with a model, ready for `quark score`."""
    from ..generate import GenerationSettings, generate_file, prompt_records
    from ..generate.backends import BACKENDS

    check_outputs(inputs=[data], outputs=[output])
    if backend not in BACKENDS:
        raise QuarkError(f"--backend must be one of {', '.join(BACKENDS)}")
    if backend == "transformers":
        require("models", "quark generate --backend transformers")
    server = {"base_url": base_url, "api_key_env": api_key_env, "max_tokens": max_new_tokens, "seed": seed,
              "timeout": timeout, "concurrency": concurrency, "max_retries": max_retries}
    problem = BACKENDS[backend].problem(model, server)
    if problem:
        raise QuarkError(problem)
    records = prompt_records(data)
    chosen = BACKENDS[backend].build(model, server)
    settings = GenerationSettings(temperature, max_new_tokens, num_samples, seed)
    if model == "tiny":
        from ..backends.tiny import SMOKE_LABEL

        err_console.print(f"[quark] --model tiny: {SMOKE_LABEL}", markup=False)
    progress = Progress(TextColumn("[bold]generating[/bold]"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=err_console,
                        transient=True,
                        disable=quiet or not err_console.is_terminal)
    with progress:
        task = progress.add_task("generate", total=len(records))
        counts = generate_file(chosen, model, records, output, settings, batch_size,
                               on_progress=lambda n: progress.advance(task, n))
    typer.echo(json.dumps({"output": str(output), **counts}))
