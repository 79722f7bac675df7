"""User-supplied regular expressions run on RE2, a linear-time engine.

Python's ``re`` backtracks: ``(a+)+$`` against forty a's and a '!' never finishes. Every pattern a spec
supplies (the ``regex`` type, ``extra_escalation``, ``extra_patterns``) is compiled here instead; what RE2
cannot express (backreferences, lookarounds) is rejected by ``quark spec validate`` with the reason.
RE2's ``\\w`` and ``\\b`` are ASCII-only, unlike Python's.
"""

from __future__ import annotations

import re

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


RE2_READS_DIFFERENTLY = ("$", "{,", "\\Z", "(?x")
"""Where RE2 accepts a fragment but reads it unlike re: ``$`` (re also matches before a final newline),
``{,n}`` (a literal for RE2), and verbose mode; a fragment with one of these gets no prefilter."""
ODD_SPACE = re.compile(r"[\x0b\x1c-\x1f]")
"""Characters re's ``\\s`` matches and RE2's does not."""


def prefilter(fragments: list[str]):
    """For ``re`` fragments (the built-in lexicons), an RE2 alternation of the same fragments without any
    word-boundary context, or None when RE2 cannot read them exactly as ``re`` does.

    Used by ``may_match``: on ASCII text the two engines agree on every construct RE2 accepts (``\\w``,
    ``\\b``, case folding), so where the prefilter finds nothing, no fragment matches, whatever lookarounds
    surround them; RE2 scans bytes in one linear pass, tens of times faster than ``re`` trying a long
    alternation at every word."""
    fragments = [_without_lookarounds(f) for f in fragments]
    if not fragments or any(marker in f for f in fragments for marker in RE2_READS_DIFFERENTLY):
        return None
    body = "|".join(f"(?:{f})" for f in fragments)
    if pattern_problem(body):
        return None
    return re2.compile(body, _options(True))


LOOKAROUND = re.compile(r"\(\?<?[=!](?:[^()\\]|\\.)*\)")
"""A lookahead or lookbehind without groups inside: RE2 has none, and an assertion only narrows a match."""


def _without_lookarounds(fragment: str) -> str:
    """The fragment with its simple lookarounds dropped: it matches wherever the fragment does (and more),
    which is all a prefilter needs."""
    while (shorter := LOOKAROUND.sub("", fragment)) != fragment:
        fragment = shorter
    return fragment


def may_match(gate, text: str) -> bool:
    """False only when ``prefilter``'s fragments cannot match ``text``; True when unsure (no prefilter,
    non-ASCII text, or whitespace the engines class differently)."""
    if gate is None or not text.isascii() or ODD_SPACE.search(text):
        return True
    return gate.search(text.encode("ascii")) is not None
