"""Validate a spec file and explain every problem as FILE:LINE: PATH: message."""

from __future__ import annotations

import math

from dataclasses import dataclass

import jsonschema

from ..dimensions import RegisteredType
from .limits import format_checker, non_finite_issues
from .schema import base_schema, composed_schema, used_types
from .yaml_source import YamlProblem, YamlSource, load_yaml

_KINDS = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "true or false",
    "object": "a mapping",
    "array": "a list",
    "null": "null",
}


@dataclass(frozen=True)
class SpecIssue:
    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.file}:{self.line}: {where}{self.message}"


def format_path(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(value) -> str:
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return f"number {value}"
    if isinstance(value, str):
        return f"string {value!r}"
    return "a mapping" if isinstance(value, dict) else "a list"


TARGET_NOTE = ("; a target is a pass rate, or for a dimension without pass/fail the quantile of the "
               "reference distribution its scores should reach on average")
REMOVED_WEIGHTING = {  # keys of the proportional TADW that the constraint controller replaced (docs/engine.md)
    name: f"{name} was removed when TADW became a constraint controller; set integral_gain and multiplier_max"
    for name in ("smoothing", "weakness_gain", "violation_gain")
}


def _messages(error: jsonschema.ValidationError) -> list[tuple[tuple, str]]:
    """Turn one jsonschema error into (path, plain message) pairs."""
    path = tuple(error.absolute_path)
    kind, expected, got = error.validator, error.validator_value, error.instance
    if kind == "required":
        missing = [name for name in expected if isinstance(got, dict) and name not in got]
        return [(path + (name,), "missing required field") for name in missing]
    if kind == "additionalProperties" and isinstance(got, dict):
        known = set(error.schema.get("properties", {}))
        extra = sorted(str(k) for k in got if k not in known)
        hint = f"; allowed: {', '.join(sorted(known))}" if known else ""
        return [(path + (name,), REMOVED_WEIGHTING[name] if path == ("weighting",) and name in REMOVED_WEIGHTING
                 else f"unknown field{hint}") for name in extra]
    if kind == "propertyNames":
        return [(path, f"{error.message}")]
    if kind == "enum":
        if path and path[-1] == "type" and len(path) == 3 and path[0] == "dimensions":
            return [(path, f"unknown dimension type {got!r}; available: {', '.join(expected)}")]
        choices = ", ".join(str(v) for v in expected)
        return [(path, f"must be one of: {choices} (got {_describe(got)})")]
    if kind == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        return [(path, f"must be {' or '.join(_KINDS.get(t, t) for t in wanted)} (got {_describe(got)})")]
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        op = {"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}[kind]
        note = TARGET_NOTE if len(path) == 3 and path[0] == "dimensions" and path[2] == "target" else ""
        return [(path, f"must be {op} {expected} (got {got}){note}")]
    if kind == "pattern":
        return [(path, f"{got!r} does not match the required pattern {expected}")]
    if kind == "minItems":
        return [(path, f"must have at least {expected} item(s)")]
    if kind == "format" and expected == "regex":
        why = f": {error.cause}" if error.cause else ""
        return [(path, f"{got!r} is not a valid regular expression for the linear-time engine (RE2){why}")]
    return [(path, error.message)]


def _leaf_errors(error: jsonschema.ValidationError):
    """Prefer the specific errors inside anyOf/oneOf over their vague summary."""
    if error.context and error.validator in ("anyOf", "oneOf"):
        best = jsonschema.exceptions.best_match(error.context)
        yield from _leaf_errors(best)
    else:
        yield error


def check_source(source: YamlSource, filename: str, schema: dict) -> list[SpecIssue]:
    """Every problem in an already parsed spec, in file order."""
    issues = [
        SpecIssue(filename, line, format_path(path), f"duplicate key {key!r}")
        for path, line, key in source.duplicates
    ]
    issues += [SpecIssue(filename, line, format_path(path), message) for path, line, message in non_finite_issues(source)]
    validator = jsonschema.Draft202012Validator(schema, format_checker=format_checker())
    for error in validator.iter_errors(_params_present(source.data)):
        for leaf in _leaf_errors(error):
            for path, message in _messages(leaf):
                issues.append(SpecIssue(filename, source.line_of(path), format_path(path), message))
    if not issues:
        issues.extend(_duplicate_ids(source, filename))
        issues.extend(_weighting_checks(source, filename))
    return sorted(set(issues), key=lambda i: (i.line, i.path, i.message))


def _params_present(data):
    """A copy in which a dimension without ``params:`` has empty ones, so its type's schema still applies."""
    if not isinstance(data, dict) or not isinstance(data.get("dimensions"), list):
        return data
    dimensions = [{**d, "params": {}} if isinstance(d, dict) and "params" not in d else d for d in data["dimensions"]]
    return {**data, "dimensions": dimensions}


def _duplicate_ids(source: YamlSource, filename: str) -> list[SpecIssue]:
    seen: dict[str, int] = {}
    issues = []
    for index, dimension in enumerate(source.data["dimensions"]):
        path = ("dimensions", index, "id")
        dim_id = dimension["id"]
        if dim_id in seen:
            first = source.line_of(("dimensions", seen[dim_id], "id"))
            issues.append(
                SpecIssue(filename, source.line_of(path), format_path(path),
                          f"duplicate dimension id {dim_id!r} (first defined on line {first})")
            )
        else:
            seen[dim_id] = index
    return issues


def parse_spec_text(text: str, filename: str, types: dict[str, RegisteredType]
                    ) -> tuple[YamlSource | None, list[SpecIssue]]:
    """The parsed spec and its problems, checked against a schema with the params of the types it uses."""
    try:
        source = load_yaml(text)
    except YamlProblem as problem:
        return None, [SpecIssue(filename, problem.line, "", problem.message)]
    if source.data is None:
        return None, [SpecIssue(filename, 1, "", "the spec is empty")]
    return source, check_source(source, filename, composed_schema(types, used_types(source.data)))



TIER_ORDER = ("low", "medium", "high", "critical")


def _weighting_checks(source: YamlSource, filename: str) -> list[SpecIssue]:
    """Constraints between weighting constants that a schema cannot express (defaults from the schema)."""
    defaults = base_schema()["properties"]["weighting"]["properties"]
    weighting = source.data.get("weighting", {})
    issues = []
    weighted = sum(1 for d in source.data["dimensions"] if d.get("weight", 1) > 0)
    floor = weighting.get("min_weight", defaults["min_weight"]["default"])
    if weighted * floor >= 1:
        path = ("weighting", "min_weight")
        fix = math.floor(0.9 / weighted * 1000) / 1000
        written = "min_weight" in weighting
        issues.append(SpecIssue(
            filename, source.line_of(path), format_path(path),
            f"{weighted} weighted dimensions x {'' if written else 'the default '}min_weight {floor} must be below 1: "
            f"{'set' if written else 'add'} `weighting: {{min_weight: {fix}}}` {'in' if written else 'to'} {filename} "
            f"(anything below 1/{weighted})"))
    tier_defaults = {k: v["default"] for k, v in defaults["risk_tiers"]["properties"].items()}
    tiers = {**tier_defaults, **weighting.get("risk_tiers", {})}
    for lower, higher in zip(TIER_ORDER, TIER_ORDER[1:]):
        if tiers[lower] > tiers[higher]:
            path = ("weighting", "risk_tiers", higher)
            issues.append(SpecIssue(filename, source.line_of(path), format_path(path),
                                    f"risk tier {higher} ({tiers[higher]}) must not be below {lower} ({tiers[lower]})"))
    return issues
