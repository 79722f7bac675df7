"""The validated spec as Python objects, with defaults filled in."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QuarkError
from ..dimensions import CATEGORIES, RegisteredType, dimension_types
from .validate import SpecIssue, parse_spec_text

DEFAULT_TARGET = 0.9
DEFAULT_DEADLINE_SECONDS = 2.0
DEFAULT_BACKEND_DEADLINE_SECONDS = 600.0
MAX_SPEC_BYTES = 1_000_000


class SpecError(QuarkError):
    """A spec that cannot be used; ``issues`` holds one entry per problem."""

    def __init__(self, issues: list[SpecIssue]):
        super().__init__("\n".join(str(i) for i in issues))
        self.issues = issues

    def lines(self) -> list[str]:
        """One FILE:LINE: path: message line per problem, as `quark spec validate` prints them."""
        return [str(issue) for issue in self.issues]


@dataclass(frozen=True)
class DimensionSpec:
    id: str
    category: str
    type: str
    params: dict
    base_weight: float = 1.0  # the spec's `weight`: before the engine adapts it
    risk: str = "medium"
    target: float = DEFAULT_TARGET
    description: str = ""
    applies_to_tags: tuple[str, ...] = ()
    feedback_tags: tuple[str, ...] = ()
    deadline_seconds: float = DEFAULT_DEADLINE_SECONDS
    redundancy_group: str | None = None  # declared near-duplicates share one weight


@dataclass(frozen=True)
class Spec:
    name: str
    version: str
    path: str
    dimensions: tuple[DimensionSpec, ...]
    normalization: dict = field(default_factory=dict)
    weighting: dict = field(default_factory=dict)
    content_hash: str = ""

    @property
    def dimensions_hash(self) -> str:
        """Hash of what is measured (ids, types, params, applicability), not of weights or targets.

        A reference stays valid when only weights, targets, risk or engine constants change.
        """
        measured = [[d.id, d.type, d.params, list(d.applies_to_tags)] for d in self.dimensions]
        canonical = json.dumps(measured, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @property
    def categories(self) -> list[str]:
        """Categories in use, in the canonical order."""
        used = {d.category for d in self.dimensions}
        return [c for c in CATEGORIES if c in used]


def read_spec_file(path: str | Path) -> str:
    """The spec's text; a file over MAX_SPEC_BYTES is refused before it is read."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_SPEC_BYTES:
            raise SpecError([SpecIssue(str(path), 1, "", f"the spec is {size:,} bytes, over the limit of "
                                                         f"{MAX_SPEC_BYTES:,}")])
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError([SpecIssue(str(path), 1, "", "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise SpecError([SpecIssue(str(path), 1, "", f"not valid UTF-8 ({exc.reason})")]) from None
    except OSError as exc:
        raise SpecError([SpecIssue(str(path), 1, "", exc.strerror or str(exc))]) from None


def validate_spec(path: str | Path, types: dict[str, RegisteredType] | None = None) -> list[SpecIssue]:
    """All problems in the spec at ``path`` (empty when valid)."""
    try:
        text = read_spec_file(path)
    except SpecError as exc:
        return exc.issues
    _, issues = parse_spec_text(text, str(path), dimension_types() if types is None else types)
    return issues


def load_spec(path: str | Path, types: dict[str, RegisteredType] | None = None) -> Spec:
    """Parse and validate a spec; raise SpecError listing every problem."""
    return spec_from_text(read_spec_file(path), str(path), types)


def spec_from_text(text: str, path: str, types: dict[str, RegisteredType] | None = None) -> Spec:
    """Parse and validate spec text read elsewhere (``path`` names it in messages); raise SpecError."""
    types = dimension_types() if types is None else types
    source, issues = parse_spec_text(text, path, types)
    if issues:
        raise SpecError(issues)
    data = source.data
    limits = data.get("limits", {})
    dimensions = tuple(
        DimensionSpec(
            id=d["id"],
            category=d["category"],
            type=d["type"],
            params=d.get("params") or {},
            base_weight=float(d.get("weight", 1.0)),
            risk=d.get("risk", "medium"),
            target=float(d.get("target", DEFAULT_TARGET)),
            description=d.get("description", ""),
            applies_to_tags=tuple(d.get("applies_to", {}).get("tags", ())),
            feedback_tags=tuple(d.get("feedback_tags", ())),
            deadline_seconds=float(d.get("deadline_seconds") or _default_deadline(limits, types.get(d["type"]))),
            redundancy_group=d.get("redundancy_group"),
        )
        for d in data["dimensions"]
    )
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), default=str)
    return Spec(
        name=data["name"],
        version=str(data["version"]),
        path=str(path),
        dimensions=dimensions,
        normalization=data.get("normalization", {}),
        weighting=data.get("weighting", {}),
        content_hash=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
    )


def _default_deadline(limits: dict, registered: RegisteredType | None) -> float:
    """Types that call a backend (they declare a preflight) wait on the network, with its own timeouts."""
    if registered is not None and registered.type.preflight is not None:
        return limits.get("backend_deadline_seconds", DEFAULT_BACKEND_DEADLINE_SECONDS)
    return limits.get("deadline_seconds", DEFAULT_DEADLINE_SECONDS)
