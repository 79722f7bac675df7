"""`quark train` on CPU with the tiny smoke model; TRL and accelerate do the training."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from quarkcli.cli import app

from tests.conftest import EXAMPLES, MEDICAL_SPEC, ROOT

pytest.importorskip("trl", reason="training extras not installed: pip install 'quark-align[train]'")

METRICS = ("raw_mean", "normalized_mean", "pass_rate", "weight", "weakness", "risk", "redundancy")


def write_prompts(path):
    """The first 24 example prompts, without their responses."""
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()[:24]]
    path.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "response"}) + "\n" for r in rows))
    return path


@pytest.fixture
def prompts(tmp_path):
    return write_prompts(tmp_path / "prompts.jsonl")


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """One calibration of the medical spec for the module's runs; tests only read it."""
    path = tmp_path_factory.mktemp("reference") / "reference.json"
    result = CliRunner().invoke(app, ["calibrate", str(MEDICAL_SPEC), str(EXAMPLES), "-o", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def two_step_run(tmp_path_factory, reference):
    """One 2-step tiny run with a reference and a checkpoint at step 2: what the end-to-end test reads and the
    resume test resumes (from a copy). Each is a whole GRPO run, so they share one instead of training twice."""
    folder = tmp_path_factory.mktemp("two-step")
    prompts = write_prompts(folder / "prompts.jsonl")
    config = folder / "train.yaml"
    config.write_text("save_strategy: steps\nsave_steps: 2\n", encoding="utf-8")
    out = folder / "run"
    result = CliRunner().invoke(app, [str(a) for a in (
        "train", MEDICAL_SPEC, "--data", prompts, "--model", "tiny", "--reference", reference, "--output-dir", out,
        "--max-steps", "2", "--config", config)])
    return SimpleNamespace(result=result, out=out, prompts=prompts, config=config)


@pytest.mark.train
def test_tiny_end_to_end_logs_every_metric(two_step_run):
    result, out = two_step_run.result, two_step_run.out
    assert result.exit_code == 0, result.output
    assert "tiny smoke model" in result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["steps"] == 2
    state = json.loads((out / "quark_engine.json").read_text())
    assert state["weighting"]["steps"] == 2
    from quarkcli.spec import load_spec

    dims = [d.id for d in load_spec(MEDICAL_SPEC).dimensions]
    weights_log = [json.loads(line) for line in (out / "quark_weights_rank0.jsonl").read_text().splitlines()]
    assert [entry["step"] for entry in weights_log] == [0, 1]
    assert all(abs(sum(e["weights"]) - 1) < 1e-9 for e in weights_log)
    assert "red_flag_escalation" in result.stderr and "critical failures" in result.stderr
    history = _log_history(out)
    logged = set().union(*history)
    for dim in dims:
        for metric in ("weight", "weakness", "risk", "redundancy"):
            assert f"quark/{dim}/{metric}" in logged
    assert "quark/red_flag_escalation/raw_mean" in logged and "quark/gate_rate" in logged
    assert "quark/red_flag_escalation/constraint" in logged, "critical dimensions log their constraint multiplier"


def _log_history(out):
    return [json.loads(line) for line in (out / "log_history.jsonl").read_text().splitlines()]


@pytest.mark.train
@pytest.mark.parametrize("aggregation", ["static", "trl"])
def test_baseline_aggregations_run_through_trl(invoke, prompts, tmp_path, aggregation):
    out = tmp_path / aggregation
    result = invoke("train", MEDICAL_SPEC, "--data", prompts, "--model", "tiny", "--output-dir", out,
                    "--max-steps", "1", "--aggregation", aggregation)
    assert result.exit_code == 0, result.output
    logged = set().union(*_log_history(out))
    per_dimension = "quark/harmful_claims/raw_mean" if aggregation == "static" else "rewards/quark_dosage_safety/mean"
    assert per_dimension in logged


@pytest.mark.train
def test_resume_restores_the_engine_exactly(two_step_run, reference, tmp_path):
    assert two_step_run.result.exit_code == 0, two_step_run.result.output
    out = Path(shutil.copytree(two_step_run.out, tmp_path / "run"))
    prompts, config = two_step_run.prompts, two_step_run.config
    saved = json.loads((out / "checkpoint-2" / "quark_engine.json").read_text())
    from quarkcli.spec import load_spec
    from quarkcli.train.runner import TrainOptions, build_reward

    options = TrainOptions(spec=load_spec(MEDICAL_SPEC), data=prompts, model="tiny", reference=reference,
                           resume_from_checkpoint=out / "checkpoint-2")
    restored = build_reward(options, None)
    assert [float(w) for w in restored.engine.weights] == saved["weighting"]["weights"]
    assert restored.engine.weighting.steps == 2
    resumed = CliRunner().invoke(app, [str(a) for a in (
        "train", MEDICAL_SPEC, "--data", prompts, "--model", "tiny", "--reference", reference, "--output-dir", out,
        "--max-steps", "3", "--config", config, "--resume-from-checkpoint", out / "checkpoint-2")])
    assert resumed.exit_code == 0, resumed.output
    assert json.loads((out / "quark_engine.json").read_text())["weighting"]["steps"] == 3


def test_accelerate_command_for_zero3(invoke, prompts, monkeypatch):
    from quarkcli.train import launch

    calls = []
    monkeypatch.setattr(launch, "run", lambda command: calls.append(command) or 0)
    monkeypatch.delenv(launch.LAUNCHED_ENV, raising=False)
    monkeypatch.setattr(sys, "argv", ["quark", "train", str(MEDICAL_SPEC), "--data", str(prompts), "--model", "tiny",
                                      "--num-processes", "4", "--accelerate-config", "zero3"])
    result = invoke(*sys.argv[1:])
    assert result.exit_code == 0, result.output
    (command,) = calls
    config = str(ROOT / "quarkcli" / "train" / "accelerate_configs" / "zero3.yaml")
    assert command == [sys.executable, "-m", "accelerate.commands.launch", "--config_file", config,
                       "--num_processes", "4", "-m", "quarkcli", "train", str(MEDICAL_SPEC), "--data", str(prompts),
                       "--model", "tiny", "--num-processes", "4", "--accelerate-config", "zero3"]


@pytest.mark.parametrize("args, message", [
    (["--model", "/no/such/model"], "model not found: /no/such/model"),
    (["--num-generations", "1"], "num_generations must be at least 2"),
    (["--num-generations", "3"], "num_generations 3 must divide the generation batch 4"),
    (["--aggregation", "mean"], "--aggregation must be one of"),
])
def test_bad_inputs_fail_before_loading_a_model(invoke, prompts, args, message):
    model = [] if "--model" in args else ["--model", "tiny"]
    result = invoke("train", MEDICAL_SPEC, "--data", prompts, *model, *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_prompts_without_prompt_and_foreign_reference(invoke, write, tmp_path, mini_spec, records_file):
    bad = write("bad.jsonl", '{"prompt": "q"}\n{"question": "no prompt here"}\n')
    result = invoke("train", MEDICAL_SPEC, "--data", bad, "--model", "tiny")
    assert result.exit_code == 2 and "bad.jsonl:2: record has no 'prompt'" in result.stderr
    reference = tmp_path / "mini-ref.json"
    assert invoke("calibrate", mini_spec, records_file([{"prompt": "q", "response": "a b c"}]), "-o",
                  reference, "-q").exit_code == 0
    good = write("good.jsonl", '{"prompt": "q"}\n')
    result = invoke("train", MEDICAL_SPEC, "--data", good, "--model", "tiny", "--reference", reference)
    assert result.exit_code == 2 and "different spec" in result.stderr


def test_unknown_config_keys_are_named(invoke, prompts, write):
    config = write("train.yaml", "learning_rate: 1.0e-5\nlerning_rate: 3\nbogus: 1\n")
    result = invoke("train", MEDICAL_SPEC, "--data", prompts, "--model", "tiny", "--config", config)
    assert result.exit_code == 2 and "unknown GRPOConfig keys: bogus, lerning_rate" in result.stderr


@pytest.mark.train
def test_quark_reward_in_a_plain_grpo_trainer_script(tmp_path):
    script = f"""
import json
from datasets import Dataset
from trl import GRPOConfig, GRPOTrainer
from quarkcli import QuarkReward
from quarkcli.backends.tiny import tiny_model, tiny_tokenizer

reward = QuarkReward({str(MEDICAL_SPEC)!r})
rows = [{{"prompt": "My face is drooping and my speech is slurred.", "tags": ["red_flag"]}},
        {{"prompt": "What is a normal temperature?", "tags": ["general"]}}] * 4
tokenizer = tiny_tokenizer()
args = GRPOConfig(output_dir={str(tmp_path / 'plain')!r}, max_steps=1, per_device_train_batch_size=4,
                  num_generations=4, max_completion_length=16, report_to="none", use_cpu=True, bf16=False,
                  save_strategy="no", logging_steps=1)
trainer = GRPOTrainer(model=tiny_model(tokenizer), reward_funcs=[reward], args=args,
                      train_dataset=Dataset.from_list(rows), processing_class=tokenizer)
trainer.train()
print(json.dumps({{"steps": trainer.state.global_step, "weights": reward.engine.weights.tolist()}}))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "QUARK_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["steps"] == 1 and abs(sum(summary["weights"]) - 1) < 1e-9


@pytest.mark.train
def test_num_processes_two_starts_two_processes_that_keep_identical_weights(prompts, reference, tmp_path):
    """One real `--num-processes 2` run: quark starts torchrun itself, the per-step generation check counts the
    launched world size (8 generations divide 4 per device x 2 processes, not 4 x 1), and both ranks' engines
    keep the same weights step after step."""
    out = tmp_path / "ddp"
    command = [sys.executable, "-m", "quarkcli", "train", str(MEDICAL_SPEC), "--data", str(prompts), "--model", "tiny",
               "--reference", str(reference), "--output-dir", str(out), "--max-steps", "3", "--num-generations", "8",
               "--num-processes", "2"]
    env = {k: v for k, v in os.environ.items() if k != "QUARK_LAUNCHED"}
    result = subprocess.run(command, capture_output=True, text=True, timeout=300,
                            env={**env, "OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    ranks = [[json.loads(line) for line in (out / f"quark_weights_rank{r}.jsonl").read_text().splitlines()]
             for r in (0, 1)]
    assert [e["step"] for e in ranks[0]] == [0, 1, 2] == [e["step"] for e in ranks[1]]
    assert {e["rank"] for e in ranks[1]} == {1}
    for left, right in zip(*ranks):
        assert left["weights"] == right["weights"]


@pytest.mark.train
def test_gpu_run_with_a_real_model(invoke, prompts, tmp_path):
    """On a lent GPU machine: bf16 on CUDA, with QUARK_GPU_TEST_MODEL (a local model folder) or the tiny model.

    QUARK_GPU_TEST_SPEC names another spec for machines that lack some plugin's package (benchmarks/gpu_check.sh).
    """
    import torch

    if not torch.cuda.is_available():
        pytest.skip("needs a CUDA GPU; a lent GPU machine runs it (set QUARK_GPU_TEST_MODEL to a local model folder)")
    model = os.environ.get("QUARK_GPU_TEST_MODEL", "tiny")
    spec = os.environ.get("QUARK_GPU_TEST_SPEC", MEDICAL_SPEC)
    out = tmp_path / "gpu"
    result = invoke("train", spec, "--data", prompts, "--model", model, "--output-dir", out,
                    "--max-steps", "2", "--num-generations", "4")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["steps"] == 2


JUDGED_SPEC = """\
name: judged
version: 1
dimensions:
  - {id: judge, category: expert, type: mock_judge}
  - {id: words, category: fundamental, type: mock_words, params: {min: 2}}
"""


def test_judge_calls_overlap_and_a_failed_call_is_none(write, monkeypatch):
    from tests.conftest import MockJudge

    monkeypatch.setenv("MOCK_JUDGE_READY", "1")
    from quarkcli import QuarkReward
    from quarkcli.train.reward import DimensionReward

    reward = QuarkReward(write("judged.yaml", JUDGED_SPEC))
    prompts = ["q"] * 8
    completions = ["a fine answer"] * 7 + ["judge-fail here"]
    batches = []
    score_batch = MockJudge.score_batch
    monkeypatch.setattr(MockJudge, "score_batch", lambda self, records: batches.append(len(records))
                        or score_batch(self, records))
    rewards = reward(prompts, completions)
    assert batches == [8], "the step's completions reach the judge as one batch, so its calls can overlap"
    assert all(r is not None for r in rewards), "the composite leaves the failed judge out, it does not zero it"
    per_dimension = DimensionReward(reward, 0)(prompts, completions)
    assert per_dimension[-1] is None and per_dimension[0] == 0.7


def test_spec_whose_dimensions_all_need_an_unconfigured_judge(invoke, write, prompts, monkeypatch):
    monkeypatch.delenv("MOCK_JUDGE_READY", raising=False)
    only_judges = write("judges.yaml", "name: j\nversion: 1\ndimensions:\n"
                                       "  - {id: judge, category: expert, type: mock_judge}\n")
    result = invoke("train", only_judges, "--data", prompts, "--model", "tiny")
    assert result.exit_code == 2
    assert "no dimension of" in result.stderr and "judge: no judge backend configured" in result.stderr


def test_every_train_flag_is_a_train_option_of_the_same_name():
    from dataclasses import fields

    from quarkcli.cli import load_command
    from quarkcli.train.runner import TrainOptions

    flags = {p.name for p in load_command("train").params}
    assert flags - {f.name for f in fields(TrainOptions)} == {"accelerate_config"}, "only the launcher's flag is not"
