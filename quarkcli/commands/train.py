"""`quark train`: GRPO through TRL, launched with accelerate when needed."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..console import err_console
from ..extras import require
from ..spec import load_spec
from .help import QuarkCommand, examples

app = typer.Typer(add_completion=False)


@app.command(cls=QuarkCommand, epilog=examples(
    "quark train specs/medical.yaml --data prompts.jsonl --model tiny",
    "quark train SPEC --data P --model models/m --reference reference.json",
    "quark train SPEC --data P --model M --num-processes 2 --max-steps 100",
))
def train(
    ctx: typer.Context,
    spec: Annotated[Path, typer.Argument(help="Spec YAML: the dimensions to optimise.", show_default=False)],
    data: Annotated[Path, typer.Option(help="Prompts JSONL: `prompt` plus any fields the dimensions need.")],
    model: Annotated[str, typer.Option(help="A local model directory, or 'tiny' for a CPU smoke run.")],
    reference: Annotated[Optional[Path], typer.Option(help="Frozen reference from `quark calibrate`.")] = None,
    weights: Annotated[Optional[Path], typer.Option(help="Initial weights and targets from "
                                                         "`quark diagnose --weights-out`.")] = None,
    output_dir: Annotated[Path, typer.Option(help="Checkpoints, logs and the engine state.")] = Path("runs/quark"),
    config: Annotated[Optional[Path], typer.Option(help="TRL GRPOConfig fields (YAML); flags override it.")] = None,
    max_steps: Annotated[Optional[int], typer.Option(min=1, help="Optimisation steps.")] = None,
    num_generations: Annotated[Optional[int], typer.Option(help="Completions per prompt (the GRPO group).")] = None,
    aggregation: Annotated[str, typer.Option(
        help="quark: the engine's group-relative composite; static: base-weighted mean of raw scores; "
             "trl: one TRL reward per dimension, combined by TRL's normalize_then_sum (GDPO; 'gdpo' is a "
             "deprecated alias).")] = "quark",
    num_processes: Annotated[int, typer.Option(
        min=1, help="Processes, one per GPU (CPU processes without CUDA); more than 1 re-launches under "
                    "accelerate (torchrun on CPU).")] = 1,
    accelerate_config: Annotated[str, typer.Option(
        help="single, multi_gpu, zero2, zero3, fsdp (shipped) or a config file.")] = "single",
    use_vllm: Annotated[bool, typer.Option(help="Generate with vLLM (needs vllm and a GPU).")] = False,
    resume_from_checkpoint: Annotated[Optional[Path], typer.Option(
        help="A checkpoint folder of an earlier run; restores the engine state too.")] = None,
    allow_spec_mismatch: Annotated[bool, typer.Option(help="Use a reference made for another spec.")] = False,
    calibration_size: Annotated[int, typer.Option(
        min=0, help="Without --reference: prompts the initial policy answers to freeze the reference (0: none).")] = 64,
) -> None:
    """Optimise a model with GRPO (TRL) on the spec's dimensions, rewarded by Quark's engine."""
    require("train", "quark train")
    from ..train import launch

    if launch.needs_launcher(num_processes, accelerate_config):
        command = launch.launch_command(sys.argv[2:] if sys.argv[1:2] == ["train"] else sys.argv[1:],
                                        num_processes, accelerate_config)
        err_console.print("[quark] launching: " + " ".join(command), markup=False, highlight=False)
        raise typer.Exit(launch.run(command))

    from ..train.runner import TrainOptions
    from ..train.runner import train as run_training

    loaded = load_spec(spec)
    options = TrainOptions.from_flags(loaded, ctx.params)
    summary = run_training(options, log=lambda message: err_console.print(message, markup=False))
    share = summary["reward_seconds"] / summary["wall_seconds"] if summary["wall_seconds"] else 0.0
    typer.echo(json.dumps({"steps": summary["steps"], "output_dir": summary["output_dir"],
                           "reward_share_of_wall_time": round(share, 4)}))
