"""The authoring kit: the stable API module, quarkcli.testing, and `quark plugins new`."""

import re
import tomllib

import pluggy
import pytest

import quarkcli.api
from quarkcli.api import Dimension, DimensionType, Score, hookimpl
from quarkcli.dimensions import dimension_types
from quarkcli.plugin_template import requirement
from quarkcli.plugins import load_plugins
from quarkcli.testing import as_record, assert_evidence, registered, score_records
from tests.conftest import ROOT

HOOKS_DOC = (ROOT / "docs" / "plugin-hooks.md").read_text(encoding="utf-8")


def test_every_stable_name_is_importable_and_documented():
    for name in quarkcli.api.__all__:
        assert getattr(quarkcli.api, name) is not None
        assert f"`{name}`" in HOOKS_DOC, f"docs/plugin-hooks.md does not list quarkcli.api.{name}"


def test_the_version_rule_pins_the_minor_series():
    assert quarkcli.api.API_VERSION == ".".join(quarkcli.__version__.split(".")[:2])
    assert requirement() == ">=0.1,<0.2"
    assert f"quark-align{requirement()}" in HOOKS_DOC


class Typo:
    @hookimpl
    def quark_register_dimension(self, register):
        """Misspelled: pluggy would silently never call it."""


def test_registered_rejects_an_unknown_hook_and_leaves_nothing_behind():
    pm = load_plugins()
    before = pm.list_name_plugin()
    with pytest.raises(pluggy.PluginValidationError, match="unknown hook 'quark_register_dimension'"):
        with registered(Typo(), name="typo"):
            pass
    assert pm.list_name_plugin() == before


class Shouty:
    @hookimpl
    def quark_register_dimensions(self, register):
        register(DimensionType(name="shouty", implementation=ShoutyDimension, category="format",
                               description="No capital letters only."))


class ShoutyDimension(Dimension):
    def score(self, record):
        loud = record.response.isupper()
        return Score.verdict(not loud, ["all capitals" if loud else "mixed case"])


def test_registered_lasts_for_the_block():
    with registered(Shouty(), name="shouty") as name:
        assert name == "shouty"
        assert "shouty" in dimension_types()
    assert "shouty" not in dimension_types()


def test_registered_reuses_a_plugin_already_loaded():
    plugin = Shouty()
    with registered(plugin, name="shouty") as outer:
        with registered(plugin, name="other") as inner:
            assert inner == outer == "shouty"
        assert "shouty" in dimension_types()
    assert "shouty" not in dimension_types()


def test_score_records_and_assert_evidence():
    spec = {"dimensions": [{"id": "calm", "category": "format", "type": "shouty"}]}
    with registered(Shouty()):
        loud, calm = score_records(spec, [{"prompt": "q", "response": "HELP"}, {"prompt": "q", "response": "Fine"}])
    assert (loud["calm"].passed, calm["calm"].passed) == (False, True)
    assert_evidence(loud["calm"], "all capitals")
    with pytest.raises(AssertionError, match="no evidence contains 'whisper'"):
        assert_evidence(calm["calm"], "whisper")


def test_as_record_reads_input_shaped_dicts():
    record = as_record({"prompt": [{"role": "user", "content": "hi"}], "response": "yo", "rubrics": []}, 3)
    assert (record.id, record.prompt_text, record.extra) == (3, "hi", {"rubrics": []})
    with pytest.raises(ValueError, match="no 'response'"):
        as_record({"prompt": "q"})


def test_plugins_new_writes_a_package_with_entry_point_and_version_range(invoke, tmp_path):
    result = invoke("plugins", "new", "quark-mentions", "--dir", tmp_path)
    assert result.exit_code == 0, result.output
    root = tmp_path / "quark-mentions"
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["quark"] == {"quark_mentions": "quark_mentions"}
    assert project["dependencies"] == [f"quark-align{requirement()}"]
    assert (root / "quark_mentions" / "__init__.py").exists() and (root / "README.md").exists()
    assert "from quarkcli.testing import" in (root / "tests" / "test_quark_mentions.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, message", [("9lives", "must be letters"), ("a b", "must be letters"),
                                           ("taken", "already exists")])
def test_plugins_new_refuses_bad_names_and_existing_folders(invoke, tmp_path, name, message):
    (tmp_path / "taken").mkdir()
    result = invoke("plugins", "new", name, "--dir", tmp_path)
    assert result.exit_code == 2
    assert re.search(rf"^error: .*{message}", result.stderr, re.MULTILINE)
