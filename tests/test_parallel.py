"""`--workers N`: chunks scored in worker processes give the very bytes of the in-process run."""

import json
import os

import pytest

from quarkcli import hookimpl
from quarkcli.dimensions import Dimension, DimensionType, Score
from quarkcli.parallel import available_cores
from quarkcli.testing import registered

from .conftest import EXAMPLES


class Crashes(Dimension):
    """Kills its process on a response saying CRASH, as a segfaulting extension would."""

    def score(self, record):
        if "CRASH" in record.response:
            os._exit(3)
        return Score.verdict(True, [f"pid {os.getpid() > 0}"])


class CrashPlugin:
    __name__ = "CrashPlugin"

    @hookimpl
    def quark_register_dimensions(self, register):
        register(DimensionType(name="crash_on_word", implementation=Crashes, category="fundamental",
                               description="Test-only: exits its process on CRASH."))


def run_both(invoke, tmp_path, spec, *args):
    """Output file and summary of `quark score` with --workers 1 and 2 (several chunks: --batch-size 16)."""
    found = []
    for workers in (1, 2):
        out, summary = tmp_path / f"scores{workers}.jsonl", tmp_path / f"summary{workers}.json"
        result = invoke("score", spec, EXAMPLES, "-o", out, "--summary-json", summary, "--batch-size", 16,
                        "--workers", workers, "--quiet", *args)
        assert result.exit_code == 0, result.output
        found.append((out.read_bytes(), summary.read_bytes()))
    return found


def test_score_with_workers_writes_identical_bytes(invoke, tmp_path, rules_spec):
    (scores1, summary1), (scores2, summary2) = run_both(invoke, tmp_path, rules_spec)
    assert scores1 == scores2 and summary1 == summary2
    ids = [json.loads(line)["id"] for line in scores2.decode().splitlines()]
    assert ids == [json.loads(line).get("id", i) for i, line in enumerate(EXAMPLES.read_text().splitlines(), 1)]


@pytest.mark.slow  # four runs, three of them starting worker processes
def test_engine_statistics_are_the_same_with_workers(invoke, tmp_path, rules_spec):
    references = []
    for workers in (1, 2):
        reference = tmp_path / f"reference{workers}.json"
        result = invoke("calibrate", rules_spec, EXAMPLES, "-o", reference, "--batch-size", 16,
                        "--workers", workers, "--quiet")
        assert result.exit_code == 0, result.output
        references.append({k: v for k, v in json.loads(reference.read_text()).items()
                           if k not in ("created_at", "checksum")})
    assert references[0] == references[1]
    (scores1, summary1), (scores2, summary2) = run_both(invoke, tmp_path, rules_spec, "--reference",
                                                              tmp_path / "reference1.json")
    assert scores1 == scores2 and summary1 == summary2
    assert b'"normalized"' in scores2 and b'"engine"' in summary2


def test_a_worker_that_dies_costs_its_record_an_error_not_the_run(invoke, tmp_path, write, records_file):
    spec = write("spec.yaml", "name: crash\nversion: 1\ndimensions:\n"
                              "  - {id: words, category: fundamental, type: mock_words, weight: 1}\n"
                              "  - {id: crash, category: fundamental, type: crash_on_word, weight: 1}\n")
    data = records_file([{"id": f"r{i}", "prompt": "q", "response": "CRASH now" if i == 5 else f"answer {i}"}
                         for i in range(12)])
    out = tmp_path / "scores.jsonl"
    with registered(CrashPlugin()):
        result = invoke("score", spec, data, "-o", out, "--batch-size", 4, "--workers", 2, "--quiet")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == [f"r{i}" for i in range(12)]
    crashed = lines[5]["dimensions"]
    assert crashed["crash"]["error"] == crashed["words"]["error"] == "scoring worker died (exit code 3) on this record"
    assert all(line["dimensions"]["crash"]["passed"] for i, line in enumerate(lines) if i != 5)
    assert all(line["dimensions"]["words"]["error"] is None for i, line in enumerate(lines) if i != 5)


def test_judge_specs_score_in_process(invoke, tmp_path, write, records_file, monkeypatch):
    monkeypatch.setenv("MOCK_JUDGE_READY", "1")
    spec = write("spec.yaml", "name: judged\nversion: 1\ndimensions:\n"
                              "  - {id: judge, category: expert, type: mock_judge, weight: 1}\n")
    data = records_file([{"id": i, "prompt": "q", "response": "fine"} for i in range(6)])
    result = invoke("score", spec, data, "--batch-size", 2, "--workers", 2, "--json")
    assert result.exit_code == 0, result.output
    assert "scoring in this process, not 2 workers: judge call a model server" in " ".join(result.output.split())


def test_available_cores_counts_what_this_process_may_use():
    cores = available_cores()
    assert 1 <= cores <= (os.cpu_count() or 1)


def test_a_plugin_only_this_process_has_stops_the_run_with_one_line(invoke, write, records_file):
    class LocalPlugin:  # defined in a function: it cannot be pickled, so workers never see it
        @hookimpl
        def quark_register_dimensions(self, register):
            register(DimensionType(name="local_only", implementation=Crashes, category="fundamental",
                                   description="Test-only: exists in the parent process alone."))

    spec = write("spec.yaml", "name: local\nversion: 1\ndimensions:\n"
                              "  - {id: here, category: fundamental, type: local_only, weight: 1}\n")
    data = records_file([{"id": i, "prompt": "q", "response": "fine"} for i in range(8)])
    with registered(LocalPlugin(), name="local-plugin"):
        result = invoke("score", spec, data, "--batch-size", 2, "--workers", 2, "--quiet")
    assert result.exit_code == 2
    assert result.output.startswith("error: a scoring worker could not start: ")
    assert len(result.output.strip().splitlines()) == 1
