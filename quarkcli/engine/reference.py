"""The frozen reference: per-dimension statistics of the reference policy.

Written once by `quark calibrate`; read-only afterwards. A checksum over the
statistics makes hand edits and truncation detectable, and the spec's
dimensions hash ties the file to what was measured.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import MappingProxyType

import numpy as np

from ..errors import QuarkError
from .. import __version__
from ..spec.limits import non_finite_numbers
from ..spec import Spec

FORMAT = "quark-reference/1"
QUANTILES = (0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99)
GRID_SIZE = 101
STAT_FIELDS = ("n", "n_unscored", "fraction_unscored", "mean", "std", "min", "max")


class ReferenceFileError(QuarkError):
    """A reference file that cannot be used; the message says why."""


def _checksum(body: dict) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dimension_stats(values: list[float], n_unscored: int, n_passed: int, n_judged: int) -> dict:
    """Statistics of one dimension's scored raw values (population std)."""
    n = len(values)
    total = n + n_unscored
    stats: dict = {"n": n, "n_unscored": n_unscored, "fraction_unscored": n_unscored / total if total else 1.0,
                   "pass_rate": n_passed / n_judged if n_judged else None}
    if not n:
        return {**stats, "mean": None, "std": None, "min": None, "max": None, "quantiles": {}, "grid": []}
    array = np.asarray(values, dtype=float)
    return {
        **stats,
        "mean": float(array.mean()),
        "std": float(array.std()),
        "min": float(array.min()),
        "max": float(array.max()),
        "quantiles": {f"p{round(q * 100):02d}": float(np.quantile(array, q)) for q in QUANTILES},
        "grid": [float(v) for v in np.quantile(array, np.linspace(0, 1, GRID_SIZE))],
    }


@dataclass(frozen=True)
class Reference:
    """Read-only reference statistics; ``dimensions`` maps id to its stats."""

    spec_name: str
    spec_hash: str
    quark_version: str
    created_at: str
    n_records: int
    dimensions: MappingProxyType
    checksum: str

    def stats(self, dim_id: str) -> dict | None:
        """One dimension's statistics, None when the reference never saw it."""
        return self.dimensions.get(dim_id)

    def to_json(self) -> dict:
        """The file's content, checksum included."""
        body = self._body()
        return {**body, "checksum": self.checksum}

    def _body(self) -> dict:
        return {
            "format": FORMAT,
            "spec": {"name": self.spec_name, "hash": self.spec_hash},
            "quark_version": self.quark_version,
            "created_at": self.created_at,
            "n_records": self.n_records,
            "dimensions": _thaw(self.dimensions),
        }

    def save(self, path: str | Path) -> None:
        """Write the reference file (`quark calibrate -o`)."""
        Path(path).write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")


def build_reference(spec: Spec, n_records: int, per_dimension: dict[str, dict]) -> Reference:
    body_dims = {k: _frozen(v) for k, v in per_dimension.items()}
    ref = Reference(spec.name, spec.dimensions_hash, __version__,
                    datetime.now(timezone.utc).isoformat(timespec="seconds"), n_records,
                    MappingProxyType(body_dims), "")
    return Reference(**{**ref.__dict__, "checksum": _checksum(ref._body())})


def _frozen(stats: dict) -> MappingProxyType:
    return MappingProxyType({k: (MappingProxyType(dict(v)) if isinstance(v, dict) else
                                 tuple(v) if isinstance(v, list) else v) for k, v in stats.items()})


def _thaw(value):
    if isinstance(value, MappingProxyType | dict):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_thaw(v) for v in value]
    return value


def load_reference(path: str | Path) -> Reference:
    """Read and verify a reference file; raise ReferenceFileError naming the problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReferenceFileError(f"{path}: reference file not found (create one with `quark calibrate`)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceFileError(f"{path}: cannot read the reference file ({exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferenceFileError(f"{path}: not valid JSON at line {exc.lineno} ({exc.msg}); "
                             "the file may be truncated") from None
    return load_reference_json(data, str(path))


def load_reference_json(data, where: str) -> Reference:
    """Verify decoded reference data (format, fields, checksum, finite numbers)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReferenceFileError(f"{where}: not a Quark reference file (expected format {FORMAT!r})")
    try:
        body = {k: data[k] for k in ("format", "spec", "quark_version", "created_at", "n_records", "dimensions")}
        checksum = data["checksum"]
        spec_name, spec_hash = data["spec"]["name"], data["spec"]["hash"]
    except (KeyError, TypeError) as exc:
        raise ReferenceFileError(f"{where}: missing field {exc} in the reference file") from None
    if _checksum(body) != checksum:
        raise ReferenceFileError(f"{where}: the statistics were changed after calibration (checksum mismatch); "
                             "a reference is frozen: recalibrate with `quark calibrate` instead of editing it")
    if not isinstance(body["dimensions"], dict) or not all(isinstance(v, dict) for v in body["dimensions"].values()):
        raise ReferenceFileError(f"{where}: 'dimensions' must map each dimension id to its statistics")
    for dim_id, stats in body["dimensions"].items():
        for name in STAT_FIELDS:
            value = stats.get(name)
            if value is not None and not (isinstance(value, (int, float)) and math.isfinite(value)):
                raise ReferenceFileError(f"{where}: dimension {dim_id!r} has a non-finite {name}: {value!r}")
    for path, value in non_finite_numbers(body["dimensions"]):
        raise ReferenceFileError(f"{where}: dimensions.{'.'.join(map(str, path))} is not a finite number ({value!r})")
    return Reference(spec_name, spec_hash, data["quark_version"], data["created_at"], data["n_records"],
                     MappingProxyType({k: _frozen(v) for k, v in body["dimensions"].items()}), checksum)
