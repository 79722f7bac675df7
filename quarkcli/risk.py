"""The risk tiers of a dimension, one vocabulary for the spec, the engine and diagnose."""

from __future__ import annotations

from enum import Enum


class Risk(str, Enum):
    """How much harm a failure on a dimension can do, least to most."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """Sort key, riskiest first (critical 0 … low 3), for ordering findings."""
        return len(Risk) - 1 - list(Risk).index(self)

    @property
    def guarded(self) -> bool:
        """High and critical dimensions: their violations weigh more, and regressions on them fail CI gates."""
        return self in (Risk.HIGH, Risk.CRITICAL)
