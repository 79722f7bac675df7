"""Re-executing `quark train` under a launcher when one process is not enough.

Several processes need a multi-process launcher: `accelerate launch` with a
multi-process config on GPUs, `torchrun` (gloo) on a machine without CUDA,
since accelerate cannot start several CPU processes without MPI. A request it
cannot honour is refused before anything starts, never run as one process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import yaml

from ..errors import QuarkError

NAMED_CONFIGS = ("single", "multi_gpu", "zero2", "zero3", "fsdp")
LAUNCHED_ENV = "QUARK_LAUNCHED"


class LaunchError(QuarkError):
    """A launch that would not start the processes asked for."""


def config_path(name_or_path: str) -> str:
    """A shipped config by name, or the user's own accelerate config file."""
    if name_or_path in NAMED_CONFIGS:
        return str(resources.files("quarkcli.train").joinpath("accelerate_configs", f"{name_or_path}.yaml"))
    if not Path(name_or_path).is_file():
        raise LaunchError(f"accelerate config not found: {name_or_path} "
                          f"(use one of {', '.join(NAMED_CONFIGS)} or a file)")
    return name_or_path


def needs_launcher(num_processes: int, accelerate_config: str) -> bool:
    """More than one process, or a DeepSpeed/FSDP/multi-GPU config, and not already launched."""
    if os.environ.get(LAUNCHED_ENV):
        return False
    return num_processes > 1 or accelerate_config != "single"


def cuda_devices() -> int:
    """CUDA devices visible here (0 without torch or CUDA)."""
    try:
        import torch
    except ImportError:
        return 0
    return torch.cuda.device_count() if torch.cuda.is_available() else 0


def _single_process(path: str) -> bool:
    """Whether an accelerate config runs one process whatever --num_processes says (distributed_type NO)."""
    try:
        config = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise LaunchError(f"{path}: cannot read the accelerate config ({exc})") from None
    return isinstance(config, dict) and str(config.get("distributed_type", "NO")).upper() == "NO"


def launch_command(train_args: list[str], num_processes: int, accelerate_config: str,
                   gpus: int | None = None) -> list[str]:
    """The command that starts ``num_processes`` processes of `quark train`, or a LaunchError saying why not.

    With the default `single` config, N > 1 picks `multi_gpu` when there are N GPUs and torchrun on CPU.
    """
    if num_processes > 1 and accelerate_config == "single":
        gpus = cuda_devices() if gpus is None else gpus
        if gpus == 0:
            return torchrun_command(train_args, num_processes)
        if gpus < num_processes:
            raise LaunchError(f"--num-processes {num_processes} needs {num_processes} GPUs; "
                              f"this machine has {gpus}")
        accelerate_config = "multi_gpu"
    path = config_path(accelerate_config)
    if num_processes > 1 and _single_process(path):
        raise LaunchError(f"--num-processes {num_processes} with {accelerate_config}: that accelerate config "
                          "runs one process (distributed_type NO); use multi_gpu, zero2, zero3, fsdp or another file")
    return accelerate_command(train_args, num_processes, path)


def accelerate_command(train_args: list[str], num_processes: int, config_file: str) -> list[str]:
    """`accelerate launch` of `python -m quarkcli train ...`."""
    return [
        sys.executable, "-m", "accelerate.commands.launch",
        "--config_file", config_file,
        "--num_processes", str(num_processes),
        "-m", "quarkcli", "train", *train_args,
    ]


def torchrun_command(train_args: list[str], num_processes: int) -> list[str]:
    """`torchrun` of `python -m quarkcli train ...` on one machine (CPU processes talk over gloo)."""
    return [
        sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", str(num_processes),
        "-m", "quarkcli", "train", *train_args,
    ]


def run(command: list[str]) -> int:
    """Run the launcher with the recursion guard set; tests replace this function."""
    return subprocess.call(command, env={**os.environ, LAUNCHED_ENV: "1"})
