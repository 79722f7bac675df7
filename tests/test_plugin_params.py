"""A type's params schema applies once: with or without `params:`, with defaults filled, with $defs/$ref."""

import pytest

from quarkcli.api import Dimension, DimensionType, Score, hookimpl
from quarkcli.dimensions import dimension_types
from quarkcli.testing import assert_evidence, make_spec, registered, score_records, spec_problems

SCHEMA = {
    "$defs": {
        "phrase": {"type": "string", "minLength": 1},
        "window": {"type": "object", "additionalProperties": False,
                   "properties": {"start": {"type": "integer", "default": 0},
                                  "end": {"type": "integer", "minimum": 1, "default": 200}}},
    },
    "type": "object",
    "additionalProperties": False,
    "required": ["phrases"],
    "properties": {
        "phrases": {"type": "array", "items": {"$ref": "#/$defs/phrase"}, "minItems": 1},
        "window": {"$ref": "#/$defs/window", "default": {}},
        "case_sensitive": {"type": "boolean", "default": False},
    },
}


class Echo(Dimension):
    """Reports the params it received, so tests see exactly what the implementation gets."""

    def score(self, record):
        return Score(raw=1.0, evidence=[f"params={sorted(self.params.items())}"])


class Plugin:
    __name__ = "params-test"

    @hookimpl
    def quark_register_dimensions(self, register):
        register(DimensionType(name="echo", implementation=Echo, category="any", description="Echoes its params.",
                               params_schema=SCHEMA))
        register(DimensionType(name="echo_with_id", implementation=Echo, category="any", description="Own $id.",
                               params_schema={**SCHEMA, "$id": "https://example.org/echo.schema.json"}))


@pytest.fixture(autouse=True)
def plugin():
    with registered(Plugin()):
        yield


def spec(params=None, type_name="echo"):
    dimension = {"id": "e", "category": "format", "type": type_name}
    if params is not None:
        dimension["params"] = params
    return {"dimensions": [dimension]}


@pytest.mark.parametrize("type_name", ["echo", "echo_with_id"])
def test_a_ref_schema_validates(type_name):
    assert spec_problems(spec({"phrases": ["rest"], "window": {"end": 50}}, type_name)) == []
    assert spec_problems(spec({"phrases": [""], "window": {"end": 0}}, type_name)) == [
        "dimensions[0].params.phrases[0]: '' should be non-empty",
        "dimensions[0].params.window.end: must be >= 1 (got 0)",
    ]


def test_missing_params_is_rejected_with_the_required_name():
    assert spec_problems(spec()) == ["dimensions[0].params.phrases: missing required field"]


def test_missing_params_of_a_builtin_is_rejected_on_its_line(invoke, write):
    path = write("s.yaml", "name: s\nversion: 1\ndimensions:\n  - id: j\n    category: format\n    type: json_schema\n")
    result = invoke("spec", "validate", path)
    assert result.exit_code == 2
    assert f"{path}:4: dimensions[0].params.schema: missing required field" in result.stderr


def test_defaults_arrive_in_params_also_through_refs():
    [scores] = score_records(spec({"phrases": ["rest"], "window": {"end": 50}}), [{"prompt": "q", "response": "a"}])
    assert_evidence(scores["e"], "('case_sensitive', False)", "('window', {'end': 50, 'start': 0})")


def test_defaults_are_not_written_into_the_spec():
    loaded = make_spec(spec({"phrases": ["rest"]}))
    assert loaded.dimensions[0].params == {"phrases": ["rest"]}
    assert dimension_types()["echo"].type.with_defaults(loaded.dimensions[0].params) == {
        "phrases": ["rest"], "window": {"start": 0, "end": 200}, "case_sensitive": False}


def test_builtins_declare_their_defaults_in_the_schema():
    types = dimension_types()
    assert types["repetition"].type.with_defaults({}) == {
        "ngram": 4, "max_repeated_fraction": 0.3, "max_line_repeats": 2, "check_truncation": True}
    assert types["regex"].type.with_defaults({"must_match": ["x"]}) == {
        "must_match": ["x"], "ignore_case": True, "field": "response"}
