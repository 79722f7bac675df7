"""Initial weights and targets handed from `quark diagnose` to the engine and `quark train`."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import QuarkError
from ..outputs import write_output
from ..spec import Spec

FORMAT = "quark-weights/1"


class WeightsFileError(QuarkError):
    """A weights file that cannot be used; the message says why."""


@dataclass(frozen=True)
class WeightsFile:
    """Initial weights and targets per dimension, and the spec they were made for."""

    spec_name: str
    spec_hash: str
    initial_weights: dict[str, float]
    targets: dict[str, float]


def save_weights(path: str | Path, spec: Spec, weights: dict[str, float], targets: dict[str, float],
                 factors: dict[str, dict[str, float]], source: str) -> None:
    body = {
        "format": FORMAT,
        "source": source,
        "spec": {"name": spec.name, "hash": spec.dimensions_hash},
        "dimensions": {
            dim_id: {"weight": round(weights[dim_id], 6), "target": targets[dim_id],
                     "factors": {k: round(v, 6) for k, v in factors[dim_id].items()}}
            for dim_id in weights
        },
    }
    write_output(str(path), yaml.safe_dump(body, sort_keys=False))


def load_weights(path: str | Path) -> WeightsFile:
    """Read a weights file; raise WeightsFileError naming what is wrong."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WeightsFileError(f"{path}: weights file not found (write one with `quark diagnose --weights-out`)") from None
    except (OSError, yaml.YAMLError) as exc:
        raise WeightsFileError(f"{path}: cannot read the weights file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise WeightsFileError(f"{path}: not a Quark weights file (expected format {FORMAT!r})")
    weights, targets = {}, {}
    dimensions = data.get("dimensions") or {}
    if not isinstance(dimensions, dict) or not all(isinstance(e, dict) for e in dimensions.values()):
        raise WeightsFileError(f"{path}: 'dimensions' must map each dimension id to its weight and target")
    for dim_id, entry in dimensions.items():
        weight, target = entry.get("weight"), entry.get("target")
        if not isinstance(weight, (int, float)) or not math.isfinite(weight) or weight < 0:
            raise WeightsFileError(f"{path}: dimensions.{dim_id}.weight must be a number >= 0 (got {weight!r})")
        if not isinstance(target, (int, float)) or not math.isfinite(target) or not 0 <= target <= 1:
            raise WeightsFileError(f"{path}: dimensions.{dim_id}.target must be a number in [0, 1] (got {target!r})")
        weights[dim_id], targets[dim_id] = float(weight), float(target)
    spec = data.get("spec") or {}
    return WeightsFile(spec.get("name", ""), spec.get("hash", ""), weights, targets)
