"""The engine's combination methods, by name (the spec's ``weighting.method``).

Each method says what it does as data, so that the engine asks ``method.gated`` instead of
comparing names; a new method is one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .weighting import Tadw, Weighting


@dataclass(frozen=True)
class Method:
    """One way to turn a normalized batch into rewards."""

    name: str
    weighting: type[Weighting]
    adaptive: bool = False
    gated: bool = False
    group_normalized: bool = False


METHODS = {m.name: m for m in (
    Method("tadw", Tadw, adaptive=True, gated=True),                 # constraint multipliers, critical constraint
    Method("static", Weighting),                                     # base weights, weighted mean
    Method("normalize_then_sum", Weighting, group_normalized=True),  # GDPO, TRL's normalize_then_sum on raw scores
)}
