"""Quark: one alignment matrix for scoring, diagnosing and training medical LLMs."""

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("quark")
