"""Params schemas built from data files are built when a spec uses their type, not at registration."""

import pytest

from quarkcli.data import load_data
from quarkcli.dimensions import DimensionType, dimension_types
from quarkcli.spec.model import SpecError, spec_from_text


@pytest.fixture
def no_data_read():
    """load_data's cache emptied, so that its miss count says which files were read since."""
    load_data.cache_clear()
    yield
    load_data.cache_clear()


def test_a_schema_given_as_a_function_is_built_once_at_the_first_read():
    calls = []
    dim_type = DimensionType(name="t", implementation="x:Y", category="format", description="d",
                             params_schema=lambda: calls.append(1) or {"type": "object", "properties": {}})
    assert calls == []
    assert dim_type.params_schema == {"type": "object", "properties": {}}
    assert dim_type.params_schema is dim_type.params_schema and calls == [1]
    assert DimensionType(name="u", implementation="x:Y", category="format", description="d").params_schema == {
        "type": "object"}


def test_registering_and_a_spec_without_safety_types_read_no_data_file(no_data_read):
    dimension_types()
    spec_from_text("name: s\nversion: 1\ndimensions:\n  - {id: n, category: format, type: length, "
                   "params: {max_words: 5}}\n", "s.yaml")
    assert load_data.cache_info().misses == 0


@pytest.mark.parametrize("dim_type, params, known", [
    ("dosage_safety", "{drugs: [ibuprofen, nodrug]}", "acetaminophen"),
    ("red_flag_escalation", "{flags: [noflag]}", "cardiac"),
    ("harmful_claims", "{rules: [norule]}", "stop_medication"),
])
def test_the_data_files_ids_are_still_the_only_ones_accepted(no_data_read, dim_type, params, known):
    with pytest.raises(SpecError) as caught:
        spec_from_text(f"name: s\nversion: 1\ndimensions:\n  - {{id: d, category: expert, type: {dim_type}, "
                       f"params: {params}}}\n", "s.yaml")
    message = " ".join(str(issue) for issue in caught.value.issues)
    assert "must be one of" in message and known in message
