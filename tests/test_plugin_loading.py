"""Entry-point plugins that break, are selected, or clash: one line naming them, the rest keeps working.

Each test puts fake distributions (module + dist-info) on the PYTHONPATH of a child `python -m quarkcli`,
so nothing is installed anywhere.
"""

import json

import pytest

from tests.plugin_env import fake_distribution, run_quark

pytestmark = pytest.mark.slow  # every test starts fresh quark processes (about 1.5 s each)

GOOD = """
from quarkcli.api import Dimension, DimensionType, Score, hookimpl


class Words(Dimension):
    def score(self, record):
        return Score.verdict(len(record.response.split()) >= 2, ["counted words"])


@hookimpl
def quark_register_dimensions(register):
    register(DimensionType(name="good_words", implementation=Words, category="fundamental",
                           description="At least two words."))


@hookimpl
def quark_register_commands(cli):
    @cli.command("good-hello")
    def hello():
        print("hello from good")
"""

BROKEN = {
    "import": "import quark_no_such_module_xyz\n",
    "misspelled hook": """
from quarkcli.api import hookimpl


@hookimpl
def quark_register_dimension(register):
    pass
""",
    "bad hook argument": """
from quarkcli.api import hookimpl


@hookimpl
def quark_register_dimensions(registry):
    pass
""",
    "raising registration": """
from quarkcli.api import hookimpl


@hookimpl
def quark_register_dimensions(register):
    raise RuntimeError("no lexicon file")
""",
    "raising command hook": """
from quarkcli.api import hookimpl


@hookimpl
def quark_register_commands(cli):
    raise RuntimeError("no commands today")
""",
}
REASONS = {
    "import": "failed to load: ModuleNotFoundError: No module named 'quark_no_such_module_xyz'",
    "misspelled hook": "failed to register: ",
    "bad hook argument": "failed to register: PluginValidationError",
    "raising registration": "quark_register_dimensions raised RuntimeError: no lexicon file",
    "raising command hook": "quark_register_commands raised RuntimeError: no commands today",
}

SPEC = """\
name: s
version: 1
dimensions:
  - id: words
    category: fundamental
    type: good_words
"""


@pytest.fixture
def site(tmp_path):
    folder = tmp_path / "site"
    fake_distribution(folder, "good-dist", "1.2", {"good": "good_plugin"}, {"good_plugin": GOOD})
    return folder


def quark(site, *args, **env):
    return run_quark(*args, PYTHONPATH=str(site), **env)


def rows(result) -> dict[str, dict]:
    return {(r["plugin"], r["dimension_type"]): r for r in json.loads(result.stdout)}


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning: plugin")]


@pytest.mark.parametrize("mode", list(BROKEN))
def test_a_broken_plugin_is_one_line_and_the_rest_keeps_working(site, tmp_path, mode):
    fake_distribution(site, "broken-dist", "0.3", {"broken": "broken_plugin"}, {"broken_plugin": BROKEN[mode]})

    listed = quark(site, "plugins", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    [line] = warnings(listed)
    assert line.startswith("warning: plugin 'broken' (broken-dist 0.3) ")
    assert REASONS[mode] in line
    found = rows(listed)
    assert found[("broken", None)]["status"].startswith("failed: " + REASONS[mode])
    assert found[("good", "good_words")]["status"] == "loaded"
    assert found[("good", "good_words")]["source"] == "good-dist 1.2"

    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC)
    data = tmp_path / "d.jsonl"
    data.write_text('{"id": 1, "prompt": "q", "response": "two words"}\n')
    scored = quark(site, "score", spec, data, "-o", tmp_path / "out.jsonl", "--quiet")
    assert scored.returncode == 0, scored.stderr
    assert len(warnings(scored)) == 1
    assert json.loads((tmp_path / "out.jsonl").read_text())["dimensions"]["words"]["passed"] is True
    assert quark(site, "good-hello").stdout.strip() == "hello from good"


def test_strict_turns_a_failure_into_exit_2(site, tmp_path):
    fake_distribution(site, "broken-dist", "0.3", {"broken": "broken_plugin"}, {"broken_plugin": BROKEN["import"]})
    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC)

    listed = quark(site, "plugins", "list", "--strict")
    assert listed.returncode == 2
    assert "error: 1 plugin(s) failed" in listed.stderr and "'broken' (broken-dist 0.3)" in listed.stderr
    validated = quark(site, "spec", "validate", spec, QUARK_STRICT_PLUGINS="1")
    assert validated.returncode == 2
    assert "error: 1 plugin(s) failed" in validated.stderr
    assert quark(site, "spec", "validate", spec).returncode == 0


def test_allow_list_loads_only_the_named_plugins(site):
    fake_distribution(site, "broken-dist", "0.3", {"broken": "broken_plugin"}, {"broken_plugin": BROKEN["import"]})
    for allowed in ("good", "good-dist"):
        listed = quark(site, "plugins", "list", "--json", QUARK_PLUGINS=allowed)
        assert listed.returncode == 0, listed.stderr
        assert warnings(listed) == []
        found = rows(listed)
        assert found[("good", "good_words")]["status"] == "loaded"
        assert found[("broken", None)]["status"] == "disabled: not in QUARK_PLUGINS"
        assert found[("quark.safety", "red_flag_escalation")]["status"] == "loaded"
    nothing = rows(quark(site, "plugins", "list", "--json", QUARK_PLUGINS=""))
    assert found.keys() - nothing.keys() == {("good", "good_words")}


def test_a_misspelt_selection_name_is_a_warning(site):
    listed = quark(site, "plugins", "list", "--json", QUARK_PLUGINS="good,goood", QUARK_DISABLE_PLUGINS="quark.nope")
    assert listed.returncode == 0, listed.stderr
    assert "warning: QUARK_PLUGINS names 'goood', which is no installed plugin or distribution" in listed.stderr
    assert "warning: QUARK_DISABLE_PLUGINS names 'quark.nope'" in listed.stderr
    assert rows(listed)[("good", "good_words")]["status"] == "loaded"


def test_deny_list_skips_the_named_plugins(site):
    fake_distribution(site, "broken-dist", "0.3", {"broken": "broken_plugin"}, {"broken_plugin": BROKEN["import"]})
    for denied in ("broken", "broken-dist", "broken,quark.lexicon"):
        listed = quark(site, "plugins", "list", "--json", QUARK_DISABLE_PLUGINS=denied)
        assert listed.returncode == 0, listed.stderr
        assert warnings(listed) == []
        found = rows(listed)
        assert found[("broken", None)]["status"] == "disabled: disabled by QUARK_DISABLE_PLUGINS"
        assert found[("good", "good_words")]["status"] == "loaded"
    assert ("quark.lexicon", "regex") not in found
    assert found[("quark.lexicon", None)]["status"] == "disabled: disabled by QUARK_DISABLE_PLUGINS"


CLASHING_TYPE = """
from quarkcli.api import Dimension, DimensionType, hookimpl


@hookimpl
def quark_register_dimensions(register):
    register(DimensionType(name="$name", implementation=Dimension, category="any", description="Clashes."))
"""

CLASHING_COMMAND = """
from quarkcli.api import hookimpl


@hookimpl
def quark_register_commands(cli):
    @cli.command("$name")
    def clash():
        print("plugin wins")
"""


@pytest.mark.parametrize("template, name, first", [
    (CLASHING_TYPE, "regex", "quark.lexicon (built-in)"),
    (CLASHING_TYPE, "good_words", "good (good-dist 1.2)"),
    (CLASHING_COMMAND, "score", "quark (built-in)"),
    (CLASHING_COMMAND, "good-hello", "good (good-dist 1.2)"),
])
def test_a_clash_names_both_sources_in_every_command(site, tmp_path, template, name, first):
    fake_distribution(site, "zclash-dist", "0.1", {"zclash": "zclash_plugin"},
                      {"zclash_plugin": template.replace("$name", name)})
    kind = "dimension type" if template is CLASHING_TYPE else "command"
    message = f"error: {kind} {name!r} is registered by both {first} and zclash (zclash-dist 0.1)"
    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC)
    data = tmp_path / "d.jsonl"
    data.write_text('{"id": 1, "prompt": "q", "response": "two words"}\n')

    listed = quark(site, "plugins", "list", "--json")
    assert listed.returncode == 2
    assert message in listed.stderr
    assert any(r["status"].startswith("clash: ") and r["plugin"] == "zclash" for r in rows(listed).values())
    for args in (("spec", "validate", spec), ("score", spec, data, "-o", tmp_path / "out.jsonl"),
                 ("feedback", "summarize", data)):
        result = quark(site, *args)
        assert result.returncode == 2, result.stderr
        assert message in result.stderr.splitlines()[-1]
        assert "Traceback" not in result.stderr
    assert quark(site, "spec", "validate", spec, QUARK_DISABLE_PLUGINS="zclash").returncode == 0
