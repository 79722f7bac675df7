"""The spec a scores file was made with, recorded next to it, so `quark diagnose` needs no --spec.

`quark score -o scores.jsonl` writes `scores.jsonl.spec.yaml`: three comment lines (format, source, sha256 of
the spec text) and then the spec text itself, unchanged. A sidecar rather than a first metadata line in the
JSONL, because every reader of scores.jsonl (diagnose, feedback, jq, pandas, users' own scripts) takes each
line as one scored record; a header record would break all of them. The sidecar is itself a valid spec file
(`quark spec validate` reads it), and its line numbers are the spec's plus three.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from ..outputs import STDOUT, write_output
from ..spec import Spec, load_spec
from ..spec.model import read_spec_file, spec_from_text

FORMAT = "quark-recorded-spec/1"
SUFFIX = ".spec.yaml"


def sidecar_path(scores: str | Path) -> str:
    return f"{scores}{SUFFIX}"


def records_spec(output: str | None) -> bool:
    """Whether `quark score -o OUTPUT` records its spec: only for regular files (not stdout, pipes or devices)."""
    if output is None or output == STDOUT:
        return False
    real = os.path.realpath(output)
    return not os.path.exists(real) or stat.S_ISREG(os.stat(real).st_mode)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_recorded_spec(output: str, spec_path: str | Path) -> None:
    """Record the spec at ``spec_path`` next to the scores file ``output``."""
    text = read_spec_file(spec_path)
    header = (f"# {FORMAT}: the spec `quark score` used for {Path(output).name}; `quark diagnose` reads it\n"
              f"# source: {spec_path}\n# sha256: {_sha(text)}\n")
    write_output(sidecar_path(output), header + text)


def read_recorded_spec(scores: str | Path) -> tuple[Spec | None, list[str]]:
    """The spec recorded next to ``scores`` (None when there is none), and warnings (an edited sidecar)."""
    path = sidecar_path(scores)
    if not os.path.isfile(path):
        return None, []
    text = read_spec_file(path)
    lines = text.split("\n", 3)
    warnings = []
    if len(lines) == 4 and lines[0].startswith(f"# {FORMAT}") and lines[2].startswith("# sha256: "):
        if lines[2].removeprefix("# sha256: ").strip() != _sha(lines[3]):
            warnings.append(f"{path} was edited after scoring (its sha256 no longer matches the recorded spec)")
    return spec_from_text(text, path), warnings


def resolve_spec(scores: str | Path, given: Path | None) -> tuple[Spec | None, list[str]]:
    """The spec to diagnose ``scores`` with: --spec when given (checked against the recorded one), else the
    recorded one, else None."""
    recorded, warnings = read_recorded_spec(scores)
    if given is None:
        return recorded, warnings
    spec = load_spec(given)
    if recorded is not None and recorded.content_hash != spec.content_hash:
        warnings.append(f"--spec {given} differs from the spec recorded with the scores ({sidecar_path(scores)}): "
                        f"{_differences(recorded, spec)}; using --spec")
    return spec, warnings


def _differences(recorded: Spec, given: Spec) -> str:
    """What differs, in a few words: the dimensions whose settings changed, else the spec-level settings."""
    old = {d.id: d for d in recorded.dimensions}
    changed = []
    for dim in given.dimensions:
        before = old.get(dim.id)
        if before is None:
            changed.append(f"{dim.id} is new")
            continue
        for name in ("type", "params", "category", "risk", "target", "base_weight", "applies_to_tags"):
            if getattr(before, name) != getattr(dim, name):
                changed.append(f"{dim.id} {name} {getattr(before, name)!r} -> {getattr(dim, name)!r}")
    changed += [f"{d} is missing" for d in old if d not in {x.id for x in given.dimensions}]
    if not changed:
        return "name, version or engine settings differ"
    return ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
