"""Format checks on the shape of a response: required sections, JSON output."""

from __future__ import annotations

import json
import re

import jsonschema

from .. import hookimpl
from ..dimensions import Dimension, DimensionType, Record, Score
from .text import FENCED

# Line starts use [^\S\n]* (spaces, not newlines): ^\s* would let every blank line scan all the blank lines
# after it, quadratic on a response of newlines.
BULLET = re.compile(r"^[^\S\n]*(?:[-*•+]|\d+[.)])\s+\S", re.MULTILINE)
META_SCHEMA = "https://json-schema.org/draft/2020-12/schema"


@hookimpl
def quark_register_dimensions(register):
    register(
        DimensionType(
            name="sections",
            implementation=Sections,
            category="format",
            description="Required headings or labelled sections are present; bullet items within bounds.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "minProperties": 1,
                "properties": {
                    "required": {"type": "array", "items": {"type": "string", "minLength": 1}},
                    "min_bullets": {"type": "integer", "minimum": 0},
                    "max_bullets": {"type": "integer", "minimum": 0},
                },
            },
        )
    )
    register(
        DimensionType(
            name="json_schema",
            implementation=JsonSchemaCheck,
            category="format",
            description="The response is (or contains, in a code fence) JSON valid against a schema.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "required": ["schema"],
                "properties": {
                    "schema": {"$ref": META_SCHEMA},
                    "allow_fenced": {"type": "boolean", "default": True},
                },
            },
        )
    )


def heading_pattern(title: str) -> re.Pattern:
    """A markdown heading, a bold line or a 'Title:' label naming ``title``."""
    t = re.escape(title.strip())
    return re.compile(
        rf"^[^\S\n]*(?:#{{1,6}}\s*{t}\b.*|\*\*\s*{t}\s*:?\s*\*\*.*|__\s*{t}\s*:?\s*__.*|{t}\s*:.*)$",
        re.IGNORECASE | re.MULTILINE,
    )


class Sections(Dimension):
    def __init__(self, params: dict):
        super().__init__(params)
        self.required = [(title, heading_pattern(title)) for title in params.get("required", [])]

    def score(self, record: Record) -> Score:
        checks, evidence = 0, []
        for title, pattern in self.required:
            checks += 1
            if not pattern.search(record.response):
                evidence.append(f"missing section {title!r}")
        bullets = len(BULLET.findall(record.response))
        low, high = self.params.get("min_bullets"), self.params.get("max_bullets")
        for bound, bad, words in ((low, low is not None and bullets < (low or 0), "fewer than"),
                                  (high, high is not None and bullets > (high or 0), "more than")):
            if bound is not None:
                checks += 1
                if bad:
                    evidence.append(f"{bullets} bullet items, {words} {bound}")
        met = checks - len(evidence)
        if evidence:
            return Score(raw=met / checks, passed=False, evidence=evidence)
        return Score(raw=1.0, passed=True, evidence=[f"all {checks} structure checks met"])


def extract_json(text: str, allow_fenced: bool):
    """Parse the whole response as JSON, else the first fenced block; raise ValueError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as whole:
        if allow_fenced:
            for block in FENCED.findall(text):
                try:
                    return json.loads(block)
                except json.JSONDecodeError:
                    continue
        raise ValueError(f"not valid JSON ({whole.msg} at line {whole.lineno} column {whole.colno})") from None


class JsonSchemaCheck(Dimension):
    def __init__(self, params: dict):
        super().__init__(params)
        self.validator = jsonschema.Draft202012Validator(params["schema"])

    def score(self, record: Record) -> Score:
        try:
            value = extract_json(record.response, self.params["allow_fenced"])
        except ValueError as exc:
            return Score.verdict(False, [str(exc)])
        errors = sorted(self.validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        if errors:
            evidence = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors[:5]]
            return Score.verdict(False, evidence)
        return Score.verdict(True, ["JSON valid against the schema"])
