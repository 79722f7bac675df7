"""Re-executing `quark train` under `accelerate launch` when one process is not enough."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

NAMED_CONFIGS = ("single", "multi_gpu", "zero2", "zero3", "fsdp")
LAUNCHED_ENV = "QUARK_LAUNCHED"


def config_path(name_or_path: str) -> str:
    """A shipped config by name, or the user's own accelerate config file."""
    if name_or_path in NAMED_CONFIGS:
        return str(resources.files("quarkcli.train").joinpath("accelerate_configs", f"{name_or_path}.yaml"))
    if not Path(name_or_path).is_file():
        raise FileNotFoundError(f"accelerate config not found: {name_or_path} "
                                f"(use one of {', '.join(NAMED_CONFIGS)} or a file)")
    return name_or_path


def needs_launcher(num_processes: int, accelerate_config: str) -> bool:
    """More than one process, or a DeepSpeed/FSDP/multi-GPU config, and not already launched."""
    if os.environ.get(LAUNCHED_ENV):
        return False
    return num_processes > 1 or accelerate_config != "single"


def accelerate_command(train_args: list[str], num_processes: int, accelerate_config: str) -> list[str]:
    """The exact command: `accelerate launch` of `python -m quarkcli train ...`."""
    return [
        sys.executable, "-m", "accelerate.commands.launch",
        "--config_file", config_path(accelerate_config),
        "--num_processes", str(num_processes),
        "-m", "quarkcli", "train", *train_args,
    ]


def run(command: list[str]) -> int:
    """Run the launcher with the recursion guard set; tests replace this function."""
    return subprocess.call(command, env={**os.environ, LAUNCHED_ENV: "1"})
