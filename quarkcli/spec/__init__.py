"""Specs: YAML alignment matrices, validated against the composed JSON Schema."""

from .model import DimensionSpec, Spec, SpecError, load_spec, validate_spec
from .schema import composed_schema
from .validate import SpecIssue

__all__ = ["DimensionSpec", "Spec", "SpecError", "SpecIssue", "composed_schema", "load_spec", "validate_spec"]
