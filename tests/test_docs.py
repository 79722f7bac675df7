"""Docs that must match the code: hooks, dimension types, README commands."""

import inspect
import re

import pytest

from quarkcli import hookspecs
from quarkcli.dimensions import dimension_types
from quarkcli.plugins import DEFAULT_PLUGINS, builtin_name
from tests.conftest import ROOT

HOOKS = [(name, fn) for name, fn in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("quark_")]


def test_there_are_hooks():
    assert {name for name, _ in HOOKS} >= {"quark_register_dimensions", "quark_register_commands"}


@pytest.mark.parametrize("name, fn", HOOKS, ids=[name for name, _ in HOOKS])
def test_every_hook_is_documented_with_its_signature(name, fn):
    docs = (ROOT / "docs" / "plugin-hooks.md").read_text(encoding="utf-8")
    signature = f"{name}{inspect.signature(fn)}"
    assert re.search(rf"^##+ `{re.escape(signature)}`$", docs, re.MULTILINE), f"docs/plugin-hooks.md lacks `{signature}`"


def test_every_builtin_dimension_type_is_documented():
    docs = (ROOT / "docs" / "dimensions.md").read_text(encoding="utf-8")
    builtins = {builtin_name(m) for m in DEFAULT_PLUGINS}
    for name, registered in dimension_types().items():
        if registered.plugin in builtins:
            assert f"## `{name}`" in docs, f"docs/dimensions.md lacks a section for {name}"


def test_dimension_reference_is_generated_from_the_types():
    from quarkcli.dimension_docs import update_reference

    docs = (ROOT / "docs" / "dimensions.md").read_text(encoding="utf-8")
    assert update_reference(docs) == docs, "docs/dimensions.md is stale: run quark plugins docs -o docs/dimensions.md"


def test_reference_blocks_follow_the_schema_and_keep_hand_notes():
    from quarkcli.dimension_docs import update_reference

    fresh = update_reference("", ["mock"])
    assert fresh.startswith("# Dimension types\n")
    assert "## `mock_words`" in fresh and "| `min` | integer |  | >= 0 |" in fresh
    edited = fresh.replace("| `min` | integer |  | >= 0 |", "| `min` | string | `3` | stale |")
    edited = edited.replace("<!-- END GENERATED mock_judge -->\n", "<!-- END GENERATED mock_judge -->\n\nHand notes.\n")
    edited += "<!-- BEGIN GENERATED gone: x -->\n## `gone`\n<!-- END GENERATED gone -->\n"
    assert update_reference(edited, ["mock"]) == fresh.replace(
        "<!-- END GENERATED mock_judge -->\n", "<!-- END GENERATED mock_judge -->\n\nHand notes.\n")


def test_plugins_docs_command_writes_the_reference(invoke, tmp_path):
    out = tmp_path / "dims.md"
    result = invoke("plugins", "docs", "--plugin", "mock", "-o", out)
    assert result.exit_code == 0, result.output
    assert "## `mock_words`" in out.read_text(encoding="utf-8")


def make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", makefile, re.MULTILINE))


@pytest.mark.parametrize("path", ["README.md", ".ci/run", *sorted(str(p.relative_to(ROOT))
                                                               for p in (ROOT / "docs").glob("*.md"))])
def test_every_make_command_in_the_docs_and_ci_exists(path):
    text = (ROOT / path).read_text(encoding="utf-8")
    missing = set(re.findall(r"(?:^|`)make ([a-z][\w-]*)", text, re.MULTILINE)) - make_targets()
    assert not missing, f"{path} mentions make targets the Makefile lacks: {sorted(missing)}"


def test_readme_setup_is_demo_and_test_and_ci_runs_the_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = re.findall(r"^make ([a-z-]+)", readme, re.MULTILINE)
    assert setup[:2] == ["demo", "test"]
    ci_commands = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith(("#", "set ", "cd "))]
    assert ci_commands == ["make test"]


def test_every_engine_constant_is_documented():
    from quarkcli.spec.schema import base_schema

    docs = (ROOT / "docs" / "engine.md").read_text(encoding="utf-8")
    for section in ("normalization", "weighting"):
        for name in base_schema()["properties"][section]["properties"]:
            assert f"`{section}.{name}`" in docs, f"docs/engine.md lacks {section}.{name}"
