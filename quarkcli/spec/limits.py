"""Spec checks against hostile values: numbers that are not finite, patterns without a linear-time match.

Kept apart from the schema composition so that both can change independently.
"""

from __future__ import annotations

import math

import jsonschema

from ..patterns import pattern_problem
from .yaml_source import YamlSource


def format_checker() -> jsonschema.FormatChecker:
    """The standard format checks, except that ``regex`` means "RE2 can compile it" (see quarkcli.patterns)."""
    checker = jsonschema.FormatChecker()

    @checker.checks("regex", raises=ValueError)
    def linear_regex(value) -> bool:
        if isinstance(value, str):
            problem = pattern_problem(value)
            if problem:
                raise ValueError(problem)
        return True

    return checker


def non_finite_numbers(data, path: tuple = ()):
    """Yield the path of every NaN or ±inf: ``.nan`` passes ``minimum``/``maximum`` checks unnoticed."""
    if isinstance(data, float) and not math.isfinite(data):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from non_finite_numbers(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from non_finite_numbers(value, path + (index,))


def non_finite_issues(source: YamlSource) -> list[tuple[tuple, int, str]]:
    """(path, line, message) for every non-finite number in the spec."""
    return [(path, source.line_of(path), f"must be a finite number (got {value})")
            for path, value in non_finite_numbers(source.data)]
