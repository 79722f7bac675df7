"""`quark score --report-to mlflow|wandb`: fake trackers in sys.modules, and the real ones (slow) when installed."""

import importlib.machinery
import json
import sys
import types

import pytest

from tests.conftest import EXAMPLES, MEDICAL_SPEC


def fake_module(name: str, **attributes) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__spec__ = importlib.machinery.ModuleSpec(name, None)
    module.__dict__.update(attributes)
    return module


@pytest.fixture
def fake_mlflow(monkeypatch):
    calls = {}

    class Run:
        info = types.SimpleNamespace(run_id="run-1")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            calls["ended"] = True

    def start_run(run_name):
        calls["run_name"] = run_name
        return Run()

    module = fake_module(
        "mlflow", start_run=start_run, get_tracking_uri=lambda: "file:/tmp/fake",
        log_params=lambda p: calls.setdefault("params", p), log_metrics=lambda m: calls.setdefault("metrics", m),
        log_table=lambda data, artifact_file: calls.setdefault("table", (data, artifact_file)))
    monkeypatch.setitem(sys.modules, "mlflow", module)
    return calls


@pytest.fixture
def fake_wandb(monkeypatch):
    calls = {}

    class Table:
        def __init__(self, columns, data):
            self.columns, self.data = columns, data

    class Run:
        id, dir = "w-1", "/tmp/fake-wandb"

        def log(self, values):
            calls["logged"] = values

        def finish(self):
            calls["finished"] = True

    def init(**kwargs):
        calls["init"] = kwargs
        return Run()

    monkeypatch.setitem(sys.modules, "wandb", fake_module("wandb", init=init, Table=Table))
    return calls


def test_mlflow_gets_the_summary_metrics_and_the_matrix_table(invoke, fake_mlflow, tmp_path):
    summary = tmp_path / "summary.json"
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "--report-to", "mlflow", "--summary-json", summary)
    assert result.exit_code == 0, result.output
    expected = json.loads(summary.read_text())
    assert fake_mlflow["metrics"]["composite_mean"] == pytest.approx(expected["composite_mean"])
    assert fake_mlflow["metrics"]["dosage_safety/pass_rate"] == pytest.approx(
        expected["dimensions"]["dosage_safety"]["pass_rate"])
    assert "clinical_quality/mean" not in fake_mlflow["metrics"]  # unscored: no value, not a fake 0
    table, artifact = fake_mlflow["table"]
    assert artifact == "quark_matrix.json"
    assert table["dimension"] == list(expected["dimensions"])
    assert fake_mlflow["params"]["spec_hash"] == expected["spec"]["hash"] and fake_mlflow["ended"]
    assert "mlflow: run run-1 at file:/tmp/fake" in result.stderr


def test_wandb_and_mlflow_together_as_a_comma_list(invoke, fake_mlflow, fake_wandb):
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "--report-to", "mlflow,wandb", "-q")
    assert result.exit_code == 0, result.output
    assert fake_wandb["init"]["job_type"] == "score" and fake_wandb["finished"]
    table = fake_wandb["logged"]["quark_matrix"]
    from quarkcli.spec import load_spec

    assert table.columns[:2] == ["category", "dimension"]
    assert len(table.data) == len(load_spec(MEDICAL_SPEC).dimensions)
    assert fake_wandb["logged"]["composite_mean"] == pytest.approx(fake_mlflow["metrics"]["composite_mean"])


@pytest.mark.parametrize("value, message", [
    ("tensorboard", "error: --report-to 'tensorboard' is not a tracker Quark knows: use mlflow or wandb"),
    ("wandb", "error: --report-to wandb needs the wandb extra: pip install 'quark-align[wandb]' (missing: wandb)"),
])
def test_unknown_or_missing_trackers_fail_before_scoring(invoke, monkeypatch, tmp_path, value, message):
    monkeypatch.setitem(sys.modules, "wandb", None)
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "--report-to", value, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [message]
    assert not (tmp_path / "out.jsonl").exists()


def test_a_tracker_that_fails_is_one_line_after_the_scores_are_written(invoke, fake_mlflow, monkeypatch, tmp_path):
    def refuse(metrics):
        raise RuntimeError("no such\nexperiment")

    monkeypatch.setattr(sys.modules["mlflow"], "log_metrics", refuse)
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "--report-to", "mlflow", "-o", tmp_path / "out.jsonl", "-q")
    assert result.exit_code == 2
    assert result.output.strip() == "error: --report-to mlflow failed: RuntimeError: no such experiment"
    assert (tmp_path / "out.jsonl").exists()


@pytest.mark.slow
def test_real_mlflow_file_store(invoke, tmp_path, monkeypatch):
    mlflow = pytest.importorskip("mlflow")
    monkeypatch.setenv("MLFLOW_TRACKING_URI", f"file:{tmp_path / 'mlruns'}")
    monkeypatch.setenv("MLFLOW_ALLOW_FILE_STORE", "true")  # MLflow 3 wants a database, but a folder suits a test
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "--report-to", "mlflow", "-q")
    assert result.exit_code == 0, result.output
    [run] = mlflow.search_runs(search_all_experiments=True, output_format="list")
    assert 0 < run.data.metrics["composite_mean"] < 1
    assert run.data.params["spec"] == "medical"


@pytest.mark.slow
def test_real_wandb_offline(invoke, tmp_path, monkeypatch):
    pytest.importorskip("wandb")
    monkeypatch.setenv("WANDB_MODE", "offline")
    monkeypatch.setenv("WANDB_DIR", str(tmp_path))
    monkeypatch.setenv("WANDB_SILENT", "true")
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "--report-to", "wandb", "-q")
    assert result.exit_code == 0, result.output
    assert list((tmp_path / "wandb").glob("offline-run-*"))
