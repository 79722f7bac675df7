import json
import os
import signal
import tempfile
from pathlib import Path

# Installed entry-point plugins stay out of the tests; tests that need them opt in (tests/plugin_env.py).
os.environ["QUARK_DISABLE_PLUGIN_AUTOLOAD"] = "1"
# What Quark caches (judge answers, training embeddings) goes to a folder removed when the tests end, not ~/.cache.
# `make test` runs pytest-xdist workers: they inherit the folder from the process that started them, so the
# prototype vectors and compiled patterns one worker stores serve the other too (every store writes a whole file
# under another name and renames it, or is SQLite), and the starting process removes it when the run ends.
_SHARED_CACHE = "QUARK_TESTS_CACHE_DIR"
if os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get(_SHARED_CACHE):
    os.environ["QUARK_CACHE_DIR"] = os.environ[_SHARED_CACHE]
else:
    _CACHE = tempfile.TemporaryDirectory(prefix="quark-tests-cache-")
    os.environ["QUARK_CACHE_DIR"] = os.environ[_SHARED_CACHE] = _CACHE.name
# A shell that starts the suite in the background (`make test &`, nohup) hands it SIGINT ignored, and Python keeps it
# so, in this process and in every `quark` it starts: the Ctrl-C tests would then test nothing. Catching it here, as
# an interactive run does, also gives the children the default action again.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

import pytest  # noqa: E402
import yaml
from typer.testing import CliRunner

from quarkcli import hookimpl
from quarkcli.cli import app
from quarkcli.dimensions import Dimension, DimensionType, Score, dimension_types
from quarkcli.parallel import available_cores
from quarkcli.plugins import load_plugins

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "medical_qa.jsonl"
MEDICAL_SPEC = ROOT / "specs" / "medical.yaml"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """`-n auto` (`make test`) starts one worker per core this process may run on, as Quark's own `--workers`
    counts them; xdist's count would be psutil's physical cores, the whole machine's, not this process's share."""
    return available_cores()


class WordCount(Dimension):
    """Scores 1 for responses of at least ``min`` words; raises on 'boom', returns NaN on 'nan-please'."""

    def score(self, record):
        if "boom" in record.response:
            raise RuntimeError("mock plugin exploded")
        if "nan-please" in record.response:
            return Score(raw=float("nan"))
        n = len(record.response.split())
        return Score(raw=1.0 if n >= self.params.get("min", 1) else 0.0, passed=n >= self.params.get("min", 1),
                     evidence=[f"{n} words"])


class MockJudge(Dimension):
    """Stands in for an LLM judge: one awaited call per record, run concurrently; 'judge-fail' fails the call."""

    peak_in_flight = 0

    def score_batch(self, records):
        import asyncio

        in_flight = 0

        async def call(record):
            nonlocal in_flight
            in_flight += 1
            MockJudge.peak_in_flight = max(MockJudge.peak_in_flight, in_flight)
            await asyncio.sleep(0.01)
            in_flight -= 1
            if "judge-fail" in record.response:
                return Score(raw=None, evidence=["judge call failed after retries"], error="judge unavailable")
            return Score(raw=0.7, passed=True, evidence=["judge says fine"])

        async def run():
            return await asyncio.gather(*(call(r) for r in records))

        return asyncio.run(run())


class MockPlugin:
    __name__ = "MockPlugin"

    @hookimpl
    def quark_register_dimensions(self, register):
        register(
            DimensionType(
                name="mock_words",
                implementation=WordCount,
                category="fundamental",
                description="Test-only word counter.",
                params_schema={
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {"min": {"type": "integer", "minimum": 0}},
                },
            )
        )
        register(
            DimensionType(
                name="mock_judge",
                implementation=MockJudge,
                category="expert",
                description="Test-only stand-in for an LLM judge.",
                preflight=lambda params: None if os.environ.get("MOCK_JUDGE_READY") else "no judge backend configured",
            )
        )


@pytest.fixture(autouse=True)
def mock_plugin():
    pm = load_plugins()
    pm.register(MockPlugin(), name="mock")
    try:
        yield
    finally:
        pm.unregister(name="mock")


@pytest.fixture
def invoke():
    runner = CliRunner()

    def run(*args, input=None):
        return runner.invoke(app, [str(a) for a in args], input=input)

    return run


@pytest.fixture
def write(tmp_path):
    """Write a text file under tmp_path and return its path."""

    def _write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def records_file(write):
    def _records(records: list[dict], name: str = "data.jsonl") -> Path:
        return write(name, "".join(json.dumps(r) + "\n" for r in records))

    return _records


MINI_SPEC = """\
name: mini
version: 1
dimensions:
  - id: words
    category: fundamental
    type: mock_words
    weight: 1
    params: {min: 3}
  - id: no_links
    category: format
    type: regex
    weight: 3
    params:
      must_not_match: ['https?://']
"""


@pytest.fixture
def mini_spec(write):
    return write("mini.yaml", MINI_SPEC)


@pytest.fixture(scope="module")
def harmful_claims_check():
    """The built-in harmful_claims check with its default params, built once per module: the many case tables of its
    rounds all read it."""
    return dimension_types()["harmful_claims"].type.create({})


@pytest.fixture(scope="session")
def rules_spec(tmp_path_factory) -> Path:
    """The medical spec without its sentence-encoder dimensions: what worker processes and Ray score (a spec with
    a model dimension stays in process, so with the models extra installed the whole spec would)."""
    spec = yaml.safe_load(MEDICAL_SPEC.read_text(encoding="utf-8"))
    spec["dimensions"] = [d for d in spec["dimensions"] if d["type"] not in ("semantic_red_flags", "semantic_refusal",
                                                                                  "semantic_harmful_claims",
                                                                                  "classifier_check")]
    path = tmp_path_factory.mktemp("spec") / "medical-rules.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def readability_venv(tmp_path_factory):
    """A throwaway venv with plugins/quark-readability pip-installed, as a user would; this one stays clean."""
    from tests.plugin_env import ThrowawayVenv

    env = ThrowawayVenv(tmp_path_factory.mktemp("venv"))
    env.pip_install(ROOT / "plugins" / "quark-readability")
    return env
