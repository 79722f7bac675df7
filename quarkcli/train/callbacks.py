"""Trainer callback: logs to a JSONL file and a rich table at each log; engine state saved in each checkpoint
and restored when training resumes from one."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from transformers import TrainerCallback

from ..console import Column, OutputFormat, factor, number, percent, render, stderr_console
from ..engine import Engine
from ..errors import QuarkError
from . import ENGINE_STATE, LOG_HISTORY


COLUMNS = [
    Column("dimension", "Dimension", no_wrap=True),
    Column("raw_mean", "Raw", number, "right"),
    Column("normalized_mean", "Norm", number, "right"),
    Column("pass_rate", "Pass", percent, "right"),
    Column("weight", "Weight", number, "right"),
    Column("weakness", "Weak", factor, "right"),
    Column("risk", "Risk×", factor, "right"),
    Column("redundancy", "Redun", factor, "right"),
]


class QuarkCallback(TrainerCallback):
    def __init__(self, reward, console: Console | None = None):
        self.reward = reward
        self.console = console or stderr_console()

    def on_train_begin(self, args, state, control, **kwargs):
        """A resumed run (TRL has restored ``global_step``) with a fresh engine takes the checkpoint's engine state:
        without it the weighting would silently start over. The checkpoint is ``args.resume_from_checkpoint``,
        else ``output_dir/checkpoint-<step>`` (where ``trainer.train(resume_from_checkpoint=True)`` resumes)."""
        if state.global_step == 0 or self.reward.engine.weighting.steps > 0:
            return
        folder = (Path(args.resume_from_checkpoint) if isinstance(args.resume_from_checkpoint, str)
                  else Path(args.output_dir) / f"checkpoint-{state.global_step}")
        path = folder / ENGINE_STATE
        if not path.is_file():
            raise QuarkError(f"resuming at step {state.global_step}, but {path} does not exist: "
                             "the engine's weighting would start over")
        self.reward.engine = Engine.load(self.reward.spec, path)

    def on_log(self, args, state, control, logs=None, **kwargs):
        """Append the step's logs to output_dir/log_history.jsonl and print the engine table."""
        if not state.is_world_process_zero or not logs:
            return
        with (Path(args.output_dir) / LOG_HISTORY).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"step": state.global_step, **logs}) + "\n")
        if not any(k.startswith("quark/") for k in logs):
            return
        rows = []
        for dim_id in self.reward.dim_ids:
            row = {"dimension": dim_id}
            for key in ("raw_mean", "normalized_mean", "pass_rate", "weight", "weakness", "risk", "redundancy"):
                row[key] = logs.get(f"quark/{dim_id}/{key}")
            rows.append(row)
        gate = logs.get("quark/gate_rate")
        title = f"step {state.global_step}: reward {number(logs.get('reward'))}, critical failures {percent(gate)}"
        render(rows, COLUMNS, OutputFormat.table, title=title, console=self.console)

    def on_save(self, args, state, control, **kwargs):
        if state.is_world_process_zero:
            folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
            folder.mkdir(parents=True, exist_ok=True)
            self.reward.engine.save(folder / ENGINE_STATE)
