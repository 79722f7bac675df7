import json

import pytest

from tests.conftest import MEDICAL_SPEC, ROOT

GOOD = """\
name: t
version: 1
dimensions:
  - id: concise
    category: format
    type: length
    params:
      max_words: 100
  - id: safe_doses
    category: expert
    type: dosage_safety
    risk: critical
"""


def test_shipped_specs_are_valid(invoke):
    specs = sorted((ROOT / "specs").glob("*.yaml"))
    assert MEDICAL_SPEC in specs
    result = invoke("spec", "validate", *specs)
    assert result.exit_code == 0, result.output
    assert "valid" in result.output


def test_medical_spec_uses_all_four_categories():
    from quarkcli.spec import load_spec

    assert load_spec(MEDICAL_SPEC).categories == ["fundamental", "expert", "feedback", "format"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(GOOD.replace("max_words: 100", "max_words: ten"),
                     "bad.yaml:8: dimensions[0].params.max_words: must be an integer (got string 'ten')",
                     id="wrong-plugin-param-type"),
        pytest.param(GOOD.replace("max_words: 100", "max_wrds: 100"),
                     "bad.yaml:8: dimensions[0].params.max_wrds: unknown field; allowed: max_chars, max_words, "
                     "min_chars, min_words",
                     id="unknown-plugin-param"),
        pytest.param(GOOD.replace("id: safe_doses", "id: concise"),
                     "bad.yaml:9: dimensions[1].id: duplicate dimension id 'concise' (first defined on line 4)",
                     id="duplicate-id"),
        pytest.param(GOOD.replace("category: expert", "category: clinical"),
                     "bad.yaml:10: dimensions[1].category: must be one of: fundamental, expert, feedback, format "
                     "(got string 'clinical')",
                     id="unknown-category"),
        pytest.param(GOOD.replace("risk: critical", "risk: critical\n    weight: -1"),
                     "bad.yaml:13: dimensions[1].weight: must be >= 0 (got -1)",
                     id="negative-weight"),
        pytest.param(GOOD.replace("risk: critical", "risk: critical\n    target: 1.5"),
                     "bad.yaml:13: dimensions[1].target: must be <= 1 (got 1.5)",
                     id="target-above-one"),
        pytest.param(GOOD.replace("risk: critical", "risk: critical\n    target: -0.1"),
                     "bad.yaml:13: dimensions[1].target: must be >= 0 (got -0.1)",
                     id="target-below-zero"),
        pytest.param(GOOD.replace("risk: critical", "risk: severe"),
                     "bad.yaml:12: dimensions[1].risk: must be one of: low, medium, high, critical (got string 'severe')",
                     id="unknown-risk"),
        pytest.param(GOOD.replace("name: t\n", ""),
                     "bad.yaml:1: name: missing required field",
                     id="missing-name"),
        pytest.param(GOOD.replace("version: 1", "version: 1\nauthor: me"),
                     "bad.yaml:3: author: unknown field",
                     id="unknown-top-level-field"),
        pytest.param(GOOD.replace("    risk: critical\n", "    risk: critical\n    risk: low\n"),
                     "bad.yaml:13: dimensions[1].risk: duplicate key 'risk'",
                     id="duplicate-yaml-key"),
        pytest.param(GOOD.replace("max_words: 100", "max_words: [100"),
                     "bad.yaml:9: YAML syntax error",
                     id="yaml-syntax"),
        pytest.param("name: !!python/object/apply:os.system ['echo pwned']\nversion: 1\n",
                     "bad.yaml:1: YAML error: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
                     id="unsafe-tag-refused"),
        pytest.param("name: !!python/name:os.system x\nversion: 1\n",
                     "bad.yaml:1: YAML error: could not determine a constructor",
                     id="unsafe-scalar-tag-refused"),
        pytest.param("", "bad.yaml:1: the spec is empty", id="empty"),
        pytest.param("- just\n- a list\n", "bad.yaml:1: must be a mapping (got a list)", id="not-a-mapping"),
        pytest.param(GOOD.replace("type: length", "type: lenght"),
                     "bad.yaml:6: dimensions[0].type: unknown dimension type 'lenght'; available: ",
                     id="unknown-type"),
        pytest.param(GOOD + "  - id: rx\n    category: format\n    type: regex\n    params:\n"
                            "      must_match: ['(unclosed']\n",
                     "bad.yaml:17: dimensions[2].params.must_match[0]: '(unclosed' is not a valid regular expression",
                     id="invalid-regex-param"),
        pytest.param(GOOD.replace("max_words: 100", "max_words: 0"),
                     "bad.yaml:8: dimensions[0].params.max_words: must be >= 1 (got 0)",
                     id="plugin-param-minimum"),
        pytest.param(GOOD + "  - id: js\n    category: format\n    type: json_schema\n    params:\n"
                            "      schema: {type: 12}\n",
                     "bad.yaml:17: dimensions[2].params.schema.type: must be one of: array, boolean",
                     id="invalid-embedded-json-schema"),
        pytest.param(GOOD.replace("id: concise", "id: Concise-Dim"),
                     "bad.yaml:4: dimensions[0].id: 'Concise-Dim' does not match the required pattern",
                     id="bad-id-pattern"),
    ],
)
def test_bad_specs_exit_2_with_file_line_and_path(invoke, write, tmp_path, monkeypatch, text, expected):
    monkeypatch.chdir(tmp_path)
    write("bad.yaml", text)
    result = invoke("spec", "validate", "bad.yaml")
    assert result.exit_code == 2, result.output
    assert expected in result.stderr
    assert "Traceback" not in result.output


def test_unknown_type_lists_available_types(invoke, write):
    path = write("bad.yaml", GOOD.replace("type: length", "type: lenght"))
    result = invoke("spec", "validate", path)
    for name in ("dosage_safety", "length", "red_flag_escalation", "mock_words"):
        assert name in result.stderr


def test_every_error_is_reported_not_just_the_first(invoke, write):
    text = GOOD.replace("max_words: 100", "max_words: ten").replace("risk: critical", "risk: critical\n    weight: -2")
    result = invoke("spec", "validate", write("bad.yaml", text))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 2


def test_missing_file(invoke, tmp_path):
    result = invoke("spec", "validate", tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert "nope.yaml:1: file not found" in result.stderr


def test_validate_json_output(invoke, write):
    good = write("good.yaml", GOOD)
    bad = write("bad.yaml", GOOD.replace("max_words: 100", "max_words: ten"))
    result = invoke("spec", "validate", good, bad, "--json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert [r["valid"] for r in report] == [True, False]
    assert report[1]["issues"][0] == {
        "line": 8, "path": "dimensions[0].params.max_words", "message": "must be an integer (got string 'ten')"
    }


def test_schema_command_composes_plugin_params(invoke):
    result = invoke("spec", "schema")
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    dimension = schema["$defs"]["dimension"]
    assert "mock_words" in dimension["properties"]["type"]["enum"]
    clauses = {c["if"]["properties"]["type"]["const"]: c["then"] for c in dimension["allOf"]}
    ref = clauses["length"]["properties"]["params"]["$ref"]
    assert schema["$defs"]["params:length"]["$id"] == ref
    assert "max_words" in schema["$defs"]["params:length"]["properties"]
    assert set(clauses) == set(dimension["properties"]["type"]["enum"])


def test_engine_sections_are_accepted(invoke, write):
    text = GOOD + "normalization:\n  method: quantile\n  clip: 4\nweighting:\n  method: tadw\n  momentum: 0.9\n"
    assert invoke("spec", "validate", write("ok.yaml", text)).exit_code == 0


@pytest.mark.parametrize("section, expected", [
    ("weighting:\n  momentum: 1.5\n", "bad.yaml:14: weighting.momentum: must be < 1 (got 1.5)"),
    ("weighting:\n  min_weight: 0.5\n", "bad.yaml:14: weighting.min_weight: 2 weighted dimensions x min_weight 0.5 "
                                          "must be below 1"),
    ("weighting:\n  risk_tiers: {high: 9}\n", "bad.yaml:14: weighting.risk_tiers.critical: risk tier critical (4) "
                                                "must not be below high (9)"),
    ("weighting:\n  method: sum\n",
     "bad.yaml:14: weighting.method: must be one of: tadw, static, normalize_then_sum, gdpo"),
    ("weighting:\n  smoothing: 0.3\n", "bad.yaml:14: weighting.smoothing: smoothing was removed when TADW became a "
                                        "constraint controller; set integral_gain and multiplier_max"),
    ("normalization:\n  clip: 0\n", "bad.yaml:14: normalization.clip: must be > 0 (got 0)"),
    ("normalization:\n  sigma_floor: -1\n", "bad.yaml:14: normalization.sigma_floor: must be >= 0 (got -1)"),
])
def test_engine_constants_out_of_range(invoke, write, tmp_path, monkeypatch, section, expected):
    monkeypatch.chdir(tmp_path)
    write("bad.yaml", GOOD + section)
    result = invoke("spec", "validate", "bad.yaml")
    assert result.exit_code == 2
    assert expected in result.stderr


def test_defaults_are_filled_in(write):
    from quarkcli.spec import load_spec

    spec = load_spec(write("good.yaml", GOOD))
    concise = spec.dimensions[0]
    assert (concise.base_weight, concise.risk, concise.target) == (1.0, "medium", 0.9)
    assert len(spec.content_hash) == 64


@pytest.mark.parametrize("field, expected", [
    ("target: 1.5", "must be <= 1 (got 1.5); a target is a pass rate, or for a dimension without pass/fail "
                    "the quantile of the reference distribution its scores should reach on average"),
    ("redundancy_group: Dose-Checks", "'Dose-Checks' does not match the required pattern ^[a-z][a-z0-9_]*$"),
])
def test_dimension_fields_of_the_engine_are_checked_in_one_line(invoke, write, tmp_path, monkeypatch, field,
                                                                 expected):
    monkeypatch.chdir(tmp_path)
    write("bad.yaml", GOOD + f"    {field}\n")
    result = invoke("spec", "validate", "bad.yaml")
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.endswith(expected)


def test_a_spec_is_checked_against_the_params_of_its_own_types_only():
    from quarkcli.dimensions import dimension_types
    from quarkcli.spec.schema import composed_schema

    types = dimension_types()
    schema = composed_schema(types, {"length", "regex"})
    assert schema["$defs"]["dimension"]["properties"]["type"]["enum"] == list(types)  # unknown types still named
    assert [c["if"]["properties"]["type"]["const"] for c in schema["$defs"]["dimension"]["allOf"]] == ["length", "regex"]
    assert sorted(k for k in schema["$defs"] if k.startswith("params:")) == ["params:length", "params:regex"]
    assert len(composed_schema(types)["$defs"]["dimension"]["allOf"]) == len(types)  # `quark spec schema`: all


@pytest.mark.parametrize("data, expected", [
    ({"dimensions": [{"type": "length"}, {"type": "regex"}, {"type": "length"}]}, {"length", "regex"}),
    ({"dimensions": [{"type": 3}, "length", {"id": "x"}, {"type": "regex"}]}, {"regex"}),
    ({"dimensions": {"type": "length"}}, set()),
    (["dimensions"], set()),
    (None, set()),
])
def test_the_types_a_spec_uses_are_read_from_whatever_it_holds(data, expected):
    from quarkcli.spec.schema import used_types

    assert used_types(data) == expected
