"""Quark: one alignment matrix for scoring, diagnosing and training medical LLMs."""

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("quark")


def __getattr__(name: str):
    """``quarkcli.QuarkReward`` without importing the training stack on ``import quarkcli``."""
    if name == "QuarkReward":
        from .train.reward import QuarkReward

        return QuarkReward
    raise AttributeError(f"module 'quarkcli' has no attribute {name!r}")
