"""Helpers for testing a Quark plugin in-process, without installing it.

Part of the stable plugin API (see ``quarkcli.api`` for the compatibility rule). A plugin's own tests
register it for one test, score records through a spec written as a dict, and assert on the evidence::

    with registered(my_plugin):
        [scores] = score_records(SPEC, [{"id": 1, "prompt": "q", "response": "a"}])
    assert_evidence(scores["my_dimension"], "matched")
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import yaml

from . import plugins as loader
from .dimensions import Record, Score
from .records import RecordError, make_record
from .scoring import Scorer
from .spec import Spec, SpecError
from .spec.model import spec_from_text

SPEC_NAME = "<spec>"


@contextmanager
def registered(plugin: object, name: str | None = None) -> Iterator[str]:
    """Register ``plugin`` (a module or object with ``@hookimpl`` functions) until the block ends.

    Raises ``pluggy.PluginValidationError`` for a hook pluggy rejects, unknown hook names included,
    so a misspelled hook fails the test instead of being ignored. A plugin already loaded from its
    entry point (installed with autoload on) is used as it is."""
    pm = loader.load_plugins()
    if pm.is_registered(plugin):
        yield pm.get_name(plugin)
        return
    name = name or getattr(plugin, "__name__", None) or type(plugin).__name__
    pm.register(plugin, name=name)
    try:
        pm.check_pending()
        yield name
    finally:
        pm.unregister(name=name)


def _text(spec: dict) -> str:
    return yaml.safe_dump({"name": "test", "version": 1, **spec}, sort_keys=False)


def make_spec(spec: dict) -> Spec:
    """A validated Spec from a dict shaped like the YAML file (``name`` and ``version`` may be left out)."""
    return spec_from_text(_text(spec), SPEC_NAME)


def spec_problems(spec: dict) -> list[str]:
    """What `quark spec validate` would report for this spec, as ``path: message`` strings (empty when valid)."""
    try:
        make_spec(spec)
    except SpecError as exc:
        return [f"{i.path}: {i.message}" if i.path else i.message for i in exc.issues]
    return []


def as_record(data: dict | Record, index: int = 0) -> Record:
    """A Record from an input-file-shaped dict (``id``, ``prompt``, ``response``, ...)."""
    if isinstance(data, Record):
        return data
    made = make_record({"id": index, **data}, index + 1, max_response_chars=10**9)
    if isinstance(made, RecordError):
        raise ValueError(f"record {index}: {made.message}")
    return made


def score_records(spec: dict | Spec, records: list[dict | Record]) -> list[dict[str, Score]]:
    """Score each record with every dimension of ``spec``; one ``{dimension id: Score}`` per record."""
    scorer = Scorer(spec if isinstance(spec, Spec) else make_spec(spec))
    lines = scorer.score_records([as_record(r, i) for i, r in enumerate(records)]).to_lines()
    return [{k: Score(v["raw"], v["passed"], v["evidence"], v["error"]) for k, v in line["dimensions"].items()}
            for line in lines]


def assert_evidence(score: Score, *fragments: str) -> None:
    """Fail unless every fragment appears in one of the score's evidence strings."""
    for fragment in fragments:
        assert any(fragment in line for line in score.evidence), (
            f"no evidence contains {fragment!r}; evidence: {score.evidence}, error: {score.error}")
