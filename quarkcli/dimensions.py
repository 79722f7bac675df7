"""The plugin-facing API: what a dimension type declares and what it returns.

A dimension type's metadata (name, category hint, params schema) is read eagerly
so that specs validate without importing anything heavy; its implementation is a
class, or a ``"module:Class"`` string that is imported only when a spec uses it
(for heavy backends: judges, models).
Plugins return one ``Score`` per record; the Scorer turns them into a ``ScoredBatch``
(quarkcli/batch.py), which is what the rest of Quark reads.
"""

from __future__ import annotations

import importlib
import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Sequence


CATEGORIES = ("fundamental", "expert", "feedback", "format")
CATEGORY_HINTS = CATEGORIES + ("any",)


@dataclass
class Record:
    """One prompt/response pair, as read from the input data."""

    id: Any
    prompt: str | list[dict]
    response: str
    reference: Any = None
    constraints: Any = None
    tags: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    line: int | None = None

    @cached_property
    def prompt_text(self) -> str:
        """The user's words: a string prompt, or the user turns of a chat joined."""
        if isinstance(self.prompt, str):
            return self.prompt
        turns = [m for m in self.prompt if m.get("role") == "user"] or self.prompt
        return "\n".join(str(m.get("content", "")) for m in turns)


@dataclass
class Score:
    """A dimension's verdict on one record; ``raw`` is None when it cannot score.

    Four outcomes: a value (with a pass/fail verdict or not), not applicable (the check has nothing to
    judge here, e.g. no warning sign in the prompt), unscored (it could not tell), and a failure.
    """

    raw: float | None
    passed: bool | None = None
    evidence: list[str] = field(default_factory=list)
    error: str | None = None
    applicable: bool = True
    details: dict | None = None  # structured findings beside the evidence text (e.g. per-instruction verdicts)

    @classmethod
    def verdict(cls, ok: bool, evidence: list[str]) -> "Score":
        """A binary result: 1.0 and passed, or 0.0 and failed."""
        return cls(raw=1.0 if ok else 0.0, passed=ok, evidence=evidence)

    @classmethod
    def unscored(cls, why: str) -> "Score":
        """No value on purpose (the record lacks what the check needs); ``why`` becomes the evidence.
        Unscored entries are left out of means, composites and the engine's statistics."""
        return cls(raw=None, passed=None, evidence=[why])

    @classmethod
    def not_applicable(cls, why: str) -> "Score":
        """The check does not apply to this record; ``why`` becomes the evidence. Counting it as a pass
        would dilute pass rates (a red-flag check "passing" every prompt without a red flag), so n/a
        entries are left out of rates, means, composites and the engine's statistics, and counted apart."""
        return cls(raw=None, passed=None, evidence=[why], applicable=False)

    @classmethod
    def failure(cls, error: str) -> "Score":
        """No value because the check broke; counted as an error in summaries, unscored everywhere else."""
        return cls(raw=None, passed=None, evidence=[], error=error)

    def checked(self) -> "Score":
        """Reject non-finite raw values instead of letting them poison means."""
        if self.raw is not None and not (isinstance(self.raw, (int, float)) and math.isfinite(self.raw)):
            return Score.failure(f"plugin returned a non-finite raw score: {self.raw!r}")
        if not self.applicable and (self.raw is not None or self.passed is not None):
            return Score.failure("plugin returned a value for a record it marked not applicable")
        if self.raw is not None:
            self.raw = float(self.raw)
        return self



class Dimension:
    """Base class for dimension implementations; override score or score_batch."""

    def __init__(self, params: dict):
        self.params = params

    def score(self, record: Record) -> Score:
        """One record's score; override this, or ``score_batch`` when batching pays (models, HTTP)."""
        raise NotImplementedError

    def score_batch(self, records: Sequence[Record]) -> list[Score]:
        """One Score per record, in order. If it raises, the Scorer retries record by record so that
        only the record that breaks the check is marked as failed."""
        return [self.score(record) for record in records]

    def usage(self) -> dict | None:
        """Model-call accounting for the summary (calls, cache hits, retries, failures, tokens), if any."""
        return None


def _any_params() -> dict:
    return {"type": "object"}


class _BuiltOnFirstRead:
    """A field that may be given as a function without arguments: it is called at the first read and its value
    kept. A params schema built from a data file (an enum of the file's ids) is then read when a spec uses the
    type, not at every registration: start-up time of every command, and of a judge run before its first call."""

    def __set_name__(self, owner, name: str) -> None:
        self.slot = f"_{name}"

    def __get__(self, obj, owner=None):
        if obj is None:
            return _any_params  # the dataclass default
        value = obj.__dict__[self.slot]
        if callable(value):
            value = obj.__dict__[self.slot] = value()
        return value

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.slot] = value


@dataclass(frozen=True)
class DimensionType:
    """A kind of dimension a plugin offers, e.g. ``red_flag_escalation``; ``params_schema`` is a dict, or a
    function returning it (called when first needed)."""

    name: str
    implementation: str | Callable[[dict], Dimension]
    category: str
    description: str
    params_schema: dict | Callable[[], dict] = _BuiltOnFirstRead()
    preflight: Callable[[dict], str | None] | None = None
    mean_range: tuple[float, float] | None = None

    def __post_init__(self):
        if self.category not in CATEGORY_HINTS:
            raise ValueError(f"dimension type {self.name!r}: category hint must be one of {CATEGORY_HINTS}")

    def with_defaults(self, params: dict | None) -> dict:
        """The params with the schema's defaults filled in: what ``preflight`` and the implementation receive."""
        from .params import with_defaults

        return with_defaults(self.params_schema, params)

    def unavailable(self, params: dict) -> str | None:
        """Why this dimension cannot run here (e.g. its judge backend is not configured), or None."""
        return self.preflight(self.with_defaults(params)) if self.preflight else None

    def create(self, params: dict) -> Dimension:
        """Import the implementation now (not at registration) and build it with a spec's params."""
        factory = self.implementation
        if isinstance(factory, str):
            module_name, _, attr = factory.partition(":")
            factory = getattr(importlib.import_module(module_name), attr)
        return factory(self.with_defaults(params))


@dataclass(frozen=True)
class RegisteredType:
    """A dimension type and the plugin that registered it (for `quark plugins` and duplicate errors)."""

    type: DimensionType
    plugin: str


def collect_dimension_types() -> tuple[dict[str, RegisteredType], list]:
    """Every registered dimension type and the name clashes, calling each plugin's hook on its own.

    A plugin whose hook raises (or registers something that is not a DimensionType) is reported once
    and contributes nothing, so the other plugins' types stay usable.
    """
    from .plugins import NameClash, PluginFailure, describe, load_plugins, report_failure, source_of

    pm = load_plugins()
    found: dict[str, RegisteredType] = {}
    clashes = []
    for impl in pm.hook.quark_register_dimensions.get_hookimpls():
        offered: list[DimensionType] = []

        def register(dim_type: DimensionType, _offered=offered) -> None:
            if not isinstance(dim_type, DimensionType):
                raise TypeError(f"register() takes a DimensionType, not {type(dim_type).__name__}")
            _offered.append(dim_type)

        source = source_of(impl.plugin_name)
        try:
            impl.function(register=register)
        except Exception as exc:
            report_failure(PluginFailure(impl.plugin_name, source, f"quark_register_dimensions raised {describe(exc)}"))
            continue
        for dim_type in offered:
            if dim_type.name in found:
                first = found[dim_type.name].plugin
                clashes.append(NameClash("dimension type", dim_type.name, f"{first} ({source_of(first)})",
                                         impl.plugin_name, source))
            else:
                found[dim_type.name] = RegisteredType(dim_type, impl.plugin_name)
    return dict(sorted(found.items())), clashes


def dimension_types() -> dict[str, RegisteredType]:
    """Every registered dimension type, remembering which plugin gave it; a name clash is an error."""
    from .plugins import PluginError, check, strict_from_env

    found, clashes = collect_dimension_types()
    if clashes:
        raise PluginError("; ".join(str(c) for c in clashes))
    check(strict_from_env())
    return found
