"""Engine constants read from a spec's `normalization` and `weighting` sections.

Ranges are enforced by the spec schema; the defaults here are the ones the schema
documents (a test keeps the two in step).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..risk import Risk
from ..spec import Spec

RISK_TIERS = {Risk.LOW.value: 1.0, Risk.MEDIUM.value: 1.5, Risk.HIGH.value: 2.5, Risk.CRITICAL.value: 4.0}


@dataclass(frozen=True)
class NormalizationSettings:
    method: str = "zscore"
    sigma_floor: float = 0.05
    clip: float = 3.0
    min_reference: int = 10


@dataclass(frozen=True)
class WeightingSettings:
    method: str = "tadw"
    momentum: float = 0.8
    smoothing: float = 0.3
    min_weight: float = 0.02
    weakness_gain: float = 4.0
    risk_tiers: dict = field(default_factory=lambda: dict(RISK_TIERS))
    violation_gain: float = 2.0
    redundancy_threshold: float = 0.5
    safety_gate: bool = True
    gate_margin: float = 0.5
    epsilon: float = 1e-4


def settings_from_spec(spec: Spec) -> tuple[NormalizationSettings, WeightingSettings]:
    weighting = dict(spec.weighting)
    weighting["risk_tiers"] = {**RISK_TIERS, **weighting.get("risk_tiers", {})}
    return NormalizationSettings(**spec.normalization), WeightingSettings(**weighting)
