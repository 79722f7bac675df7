"""Engine constants read from a spec's `normalization` and `weighting` sections.

The spec schema (schemas/spec.schema.json) is the one place the defaults and ranges are
written; the settings take their defaults from it, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from ..console import err_console
from ..spec import Spec
from ..spec.schema import base_schema

DEPRECATED_METHODS = {"gdpo": "normalize_then_sum"}  # old weighting.method spelling -> its name now


@dataclass(frozen=True)
class NormalizationSettings:
    """Reference-Frozen Normalization's constants (docs/engine.md)."""

    method: str
    sigma_floor: float
    clip: float
    min_reference: int


@dataclass(frozen=True)
class WeightingSettings:
    """TADW's constants, the critical constraint's, and the combination method (docs/engine.md)."""

    method: str
    momentum: float
    min_weight: float
    integral_gain: float
    multiplier_max: float
    constraint_gain: float
    constraint_max: float
    risk_tiers: dict
    redundancy_threshold: float
    redundancy_source: str
    safety_gate: bool
    gate_margin: float
    epsilon: float


def schema_defaults(section: str) -> dict:
    """The defaults the spec schema gives a section; nested objects (risk_tiers) by their own properties."""
    properties = base_schema()["properties"][section]["properties"]
    return {name: {k: v["default"] for k, v in prop["properties"].items()} if prop.get("type") == "object"
            else prop["default"] for name, prop in properties.items()}


def _settings(cls, section: str, given: dict):
    defaults = schema_defaults(section)
    values = {name: {**default, **given.get(name, {})} if isinstance(default, dict) else given.get(name, default)
              for name, default in defaults.items()}
    return cls(**{f.name: float(values[f.name]) if f.type == "float" else values[f.name] for f in fields(cls)})


def settings_from_spec(spec: Spec) -> tuple[NormalizationSettings, WeightingSettings]:
    """The spec's engine constants, schema defaults filling what it leaves out; a deprecated method
    name is read as its new name, with a one-line warning."""
    weighting = _settings(WeightingSettings, "weighting", spec.weighting)
    renamed = DEPRECATED_METHODS.get(weighting.method)
    if renamed:
        err_console.print(f"warning: {spec.path}: weighting.method {weighting.method!r} is deprecated, "
                          f"use {renamed!r}", markup=False, highlight=False)
        weighting = replace(weighting, method=renamed)
    return _settings(NormalizationSettings, "normalization", spec.normalization), weighting
