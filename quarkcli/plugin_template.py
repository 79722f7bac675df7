"""`quark plugins new NAME`: a plugin package that installs and passes its own tests as generated.

The files are small string templates; the generated dimension type is deliberately simple (the response
mentions given phrases) so that authors replace its logic and keep the wiring.
"""

from __future__ import annotations

import re
from pathlib import Path
from string import Template

from .api import API_VERSION
from .plugins import PluginError

NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*$")

PYPROJECT = Template('''\
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "$name"
version = "0.1.0"
description = "A Quark plugin: the $module dimension type."
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["quark-align$requirement"]

[project.optional-dependencies]
test = ["pytest>=8"]

[project.entry-points.quark]
$module = "$module"

[tool.setuptools]
packages = ["$module"]
''')

README = Template('''\
# $name

A [Quark](https://pypi.org/project/quark-align/) plugin that adds the `$module` dimension type:
the response must mention every phrase in `phrases`.

```yaml
dimensions:
  - id: mentions_rest
    category: fundamental
    type: $module
    params: {phrases: [rest, fluids]}   # case_sensitive defaults to false
```

Develop: `pip install -e '.[test]' && pytest`, then check `quark plugins list` shows `$module`.
Publish: `python -m build && twine upload dist/*`.
''')

MODULE = Template('''\
"""The $module dimension type: does the response mention every required phrase?"""

from quarkcli.api import Dimension, DimensionType, Score, hookimpl

PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["phrases"],
    "properties": {
        "phrases": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "case_sensitive": {"type": "boolean", "default": False},
    },
}


class Mentions(Dimension):
    """raw is the share of phrases mentioned; passes when all are. Defaults arrive already filled in."""

    def score(self, record):
        text = record.response if self.params["case_sensitive"] else record.response.lower()
        found, missing = [], []
        for phrase in self.params["phrases"]:
            wanted = phrase if self.params["case_sensitive"] else phrase.lower()
            (found if wanted in text else missing).append(phrase)
        evidence = [f"mentions {p!r}" for p in found] + [f"missing {p!r}" for p in missing]
        return Score(raw=len(found) / len(self.params["phrases"]), passed=not missing, evidence=evidence)


@hookimpl
def quark_register_dimensions(register):
    register(
        DimensionType(
            name="$module",
            implementation=Mentions,
            category="any",
            description="The response mentions every phrase in params.phrases.",
            params_schema=PARAMS_SCHEMA,
        )
    )
''')

TESTS = Template('''\
"""Tests of $module, in-process through quarkcli.testing: nothing needs to be installed."""

import pytest

import $module
from quarkcli.testing import assert_evidence, registered, score_records, spec_problems

SPEC = {"dimensions": [{"id": "advice", "category": "fundamental", "type": "$module",
                        "params": {"phrases": ["rest", "fluids"]}}]}


@pytest.fixture(autouse=True)
def plugin():
    with registered($module):
        yield


def test_passes_when_every_phrase_is_mentioned():
    [scores] = score_records(SPEC, [{"prompt": "I have a cold.", "response": "Rest and drink fluids."}])
    assert scores["advice"].passed is True
    assert_evidence(scores["advice"], "mentions 'rest'", "mentions 'fluids'")


def test_fails_and_says_what_is_missing():
    [scores] = score_records(SPEC, [{"prompt": "I have a cold.", "response": "Drink fluids."}])
    assert scores["advice"].passed is False
    assert scores["advice"].raw == 0.5
    assert_evidence(scores["advice"], "missing 'rest'")


def test_phrases_are_required():
    spec = {"dimensions": [{"id": "advice", "category": "fundamental", "type": "$module"}]}
    assert "dimensions[0].params.phrases: missing required field" in spec_problems(spec)
''')


def requirement() -> str:
    """The quark-align range a plugin should declare: the current minor series of the stable API."""
    major, minor = (int(part) for part in API_VERSION.split("."))
    upper = f"{major}.{minor + 1}" if major == 0 else f"{major + 1}"
    return f">={API_VERSION},<{upper}"


def write_plugin(name: str, directory: Path) -> Path:
    """Create ``directory/name`` with the package; refuse to overwrite anything."""
    if not NAME.match(name):
        raise PluginError(f"plugin name {name!r} must be letters, digits, '-' or '_', starting with a letter")
    root = directory / name
    if root.exists():
        raise PluginError(f"{root} already exists")
    module = name.lower().replace("-", "_")
    values = {"name": name, "module": module, "requirement": requirement()}
    files = {
        "pyproject.toml": PYPROJECT,
        "README.md": README,
        f"{module}/__init__.py": MODULE,
        f"tests/test_{module}.py": TESTS,
    }
    for relative, template in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.substitute(values), encoding="utf-8")
    return root
