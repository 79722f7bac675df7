"""User-supplied regular expressions run on RE2, a linear-time engine.

Python's ``re`` backtracks: ``(a+)+$`` against forty a's and a '!' never finishes. Every pattern a spec
supplies (the ``regex`` type, ``extra_escalation``, ``extra_patterns``) is compiled here instead; what RE2
cannot express (backreferences, lookarounds) is rejected by ``quark spec validate`` with the reason.
RE2's ``\\w`` and ``\\b`` are ASCII-only, unlike Python's.
"""

from __future__ import annotations

import re2

from .errors import QuarkError


class PatternError(QuarkError):
    """A pattern the linear-time engine cannot compile."""


def _options(ignore_case: bool) -> "re2.Options":
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = not ignore_case
    return options


def pattern_problem(pattern: str) -> str | None:
    """Why RE2 rejects ``pattern``, or None when it compiles."""
    try:
        re2.compile(pattern, _options(False))
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        return reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
    return None


def compile_linear(pattern: str, ignore_case: bool = True):
    """A compiled RE2 pattern with ``search`` and ``finditer`` like ``re``'s; PatternError when unsupported."""
    problem = pattern_problem(pattern)
    if problem:
        raise PatternError(f"pattern {pattern!r} is not supported by the linear-time engine: {problem}")
    return re2.compile(pattern, _options(ignore_case))


def compile_linear_words(patterns: list[str]):
    """Case-insensitive alternation of fragments bounded by word boundaries (RE2 has no lookarounds)."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return compile_linear(rf"\b(?:{body})\b")
