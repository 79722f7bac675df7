"""The example distribution in plugins/ and a `quark plugins new` package, pip-installed into a throwaway
venv, load through their entry points untouched by Quark."""

import json
import subprocess

import pytest

from tests.plugin_env import ThrowawayVenv

pytestmark = pytest.mark.slow  # pip-installs the plugin distribution

SPEC = """\
name: readable
version: 1
dimensions:
  - id: plain_language
    category: fundamental
    type: readability
    params: {min_ease: 60}
"""


def test_listed_with_distribution_name(readability_venv):
    result = readability_venv.quark("plugins", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = {r["dimension_type"]: r for r in json.loads(result.stdout)}
    assert rows["readability"]["source"].startswith("quark-readability ")
    assert rows["readability"]["plugin"] == "readability"


def test_spec_using_it_validates_and_scores(readability_venv, write, records_file):
    quark = readability_venv.quark
    spec = write("readable.yaml", SPEC)
    data = records_file([
        {"id": "easy", "prompt": "What is a cold?", "response": "A cold is a mild virus. It makes your nose run. "
                                                              "Rest and drink water. You will feel better soon."},
        {"id": "hard", "prompt": "What is a cold?", "response": "Nasopharyngitis constitutes an infectious "
                                                              "inflammatory condition predominantly attributable "
                                                              "to rhinoviral pathogens affecting epithelial tissues."},
    ])
    out = data.parent / "scores.jsonl"
    assert quark("spec", "validate", spec).returncode == 0
    result = quark("score", spec, data, "-o", out)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines[0]["dimensions"]["plain_language"]["passed"] is True
    assert lines[1]["dimensions"]["plain_language"]["passed"] is False


def test_its_params_are_validated_like_any_field(readability_venv, write):
    spec = write("bad.yaml", SPEC.replace("min_ease: 60", "min_ease: 600"))
    result = readability_venv.quark("spec", "validate", spec)
    assert result.returncode == 2
    assert "bad.yaml:7: dimensions[0].params.min_ease: must be <= 100 (got 600)" in result.stderr


def test_it_adds_a_command(readability_venv):
    result = readability_venv.quark("readability", "The cat sat on the mat.")
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) > 90


def test_autoload_can_be_disabled(readability_venv):
    result = readability_venv.quark("plugins", "list", "--json", QUARK_DISABLE_PLUGIN_AUTOLOAD="1")
    assert result.returncode == 0, result.stderr
    plugins = {r["plugin"] for r in json.loads(result.stdout)}
    assert "quark.safety" in plugins and "readability" not in plugins


def test_a_new_plugin_installs_passes_its_tests_and_is_listed(tmp_path):
    from typer.testing import CliRunner

    from quarkcli.cli import app

    created = CliRunner().invoke(app, ["plugins", "new", "demo-plugin", "--dir", str(tmp_path)])
    assert created.exit_code == 0, created.output
    package = tmp_path / "demo-plugin"
    env = ThrowawayVenv(tmp_path / "venv")
    env.pip_install(package)
    tests = subprocess.run([env.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], cwd=package,
                           capture_output=True, text=True, timeout=300)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "3 passed" in tests.stdout
    listed = env.quark("plugins", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {r["plugin"]: r for r in json.loads(listed.stdout)}
    assert rows["demo_plugin"]["source"] == "demo-plugin 0.1.0"
    assert rows["demo_plugin"]["dimension_type"] == "demo_plugin"
    assert rows["demo_plugin"]["status"] == "loaded"
