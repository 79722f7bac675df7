"""The example distribution in plugins/ loads through its entry point, untouched by Quark."""

import json
import subprocess
import sys

import pytest

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


def quark(*args):
    return subprocess.run([sys.executable, "-m", "quarkcli", *map(str, args)], capture_output=True, text=True)


def test_listed_with_distribution_name(example_plugin):
    result = quark("plugins", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = {r["dimension_type"]: r for r in json.loads(result.stdout)}
    assert rows["readability"]["source"].startswith("quark-readability ")
    assert rows["readability"]["plugin"] == "readability"


def test_spec_using_it_validates_and_scores(example_plugin, write, records_file):
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


def test_its_params_are_validated_like_any_field(example_plugin, write):
    spec = write("bad.yaml", SPEC.replace("min_ease: 60", "min_ease: 600"))
    result = quark("spec", "validate", spec)
    assert result.returncode == 2
    assert "bad.yaml:7: dimensions[0].params.min_ease: must be <= 100 (got 600)" in result.stderr


def test_it_adds_a_command(example_plugin):
    result = quark("readability", "The cat sat on the mat.")
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) > 90
