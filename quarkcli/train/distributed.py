"""Collective operations that are no-ops in a single process.

TRL calls reward functions on each process's own completions; these make the
engine see the whole step: statistics are summed (so weights are identical on
every rank) and the critical constraint and group centring see whole prompt
groups even when a group is split across ranks.
"""

from __future__ import annotations

import numpy as np


def _dist():
    try:
        import torch.distributed as dist
    except ImportError:
        return None
    return dist if dist.is_available() and dist.is_initialized() else None


def rank() -> int:
    dist = _dist()
    return dist.get_rank() if dist else 0


def world_size() -> int:
    dist = _dist()
    return dist.get_world_size() if dist else 1


def all_reduce_sum(vector: np.ndarray) -> np.ndarray:
    """Sum a float64 vector over all processes, in float64 so every rank gets the same bits."""
    dist = _dist()
    if dist is None:
        return vector
    import torch

    tensor = torch.from_numpy(np.ascontiguousarray(vector, dtype=np.float64)).clone()
    if dist.get_backend() == "nccl" and torch.cuda.is_available():
        tensor = tensor.cuda()
    dist.all_reduce(tensor, op=dist.ReduceOp.SUM)
    return tensor.cpu().numpy()


def all_gather_lists(items: list) -> tuple[list, int]:
    """Concatenate every rank's list in rank order; also return where this rank's items start."""
    dist = _dist()
    if dist is None:
        return list(items), 0
    gathered: list = [None] * dist.get_world_size()
    dist.all_gather_object(gathered, list(items))
    offset = sum(len(part) for part in gathered[: dist.get_rank()])
    return [item for part in gathered for item in part], offset
