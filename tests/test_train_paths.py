"""The training path's edges: launching N processes, None under static, unreachable judges, explicit groups,
the resume callback, and verl's compute_score."""

import json
import math
import socket
import sys
from types import SimpleNamespace

import numpy as np
import pytest

from tests.conftest import EXAMPLES, MEDICAL_SPEC, ROOT
from tests.test_train import JUDGED_SPEC, prompts  # noqa: F401  (fixture)

pytest.importorskip("trl", reason="training extras not installed: pip install 'quark-align[train]'")

CONFIGS = ROOT / "quarkcli" / "train" / "accelerate_configs"


def _launch(invoke, monkeypatch, prompts, *flags, gpus):
    from quarkcli.train import launch

    calls = []
    monkeypatch.setattr(launch, "run", lambda command: calls.append(command) or 0)
    monkeypatch.setattr(launch, "cuda_devices", lambda: gpus)
    monkeypatch.delenv(launch.LAUNCHED_ENV, raising=False)
    argv = ["quark", "train", str(MEDICAL_SPEC), "--data", str(prompts), "--model", "tiny", *flags]
    monkeypatch.setattr(sys, "argv", argv)
    return invoke(*argv[1:]), calls, argv[2:]


def test_several_processes_on_cpu_are_started_by_torchrun(invoke, monkeypatch, prompts):
    result, calls, args = _launch(invoke, monkeypatch, prompts, "--num-processes", "2", gpus=0)
    assert result.exit_code == 0, result.output
    assert calls == [[sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
                      "-m", "quarkcli", "train", *args]]


def test_several_processes_on_gpus_use_the_multi_gpu_config(invoke, monkeypatch, prompts):
    result, calls, args = _launch(invoke, monkeypatch, prompts, "--num-processes", "4", gpus=8)
    assert result.exit_code == 0, result.output
    assert calls == [[sys.executable, "-m", "accelerate.commands.launch", "--config_file",
                      str(CONFIGS / "multi_gpu.yaml"), "--num_processes", "4", "-m", "quarkcli", "train", *args]]


def test_more_processes_than_gpus_is_refused_in_one_line(invoke, monkeypatch, prompts):
    result, calls, _ = _launch(invoke, monkeypatch, prompts, "--num-processes", "4", gpus=2)
    assert result.exit_code == 2 and not calls
    assert result.stderr.strip() == "error: --num-processes 4 needs 4 GPUs; this machine has 2"


def test_a_single_process_config_file_with_several_processes_is_refused(invoke, monkeypatch, prompts, write):
    config = write("one.yaml", (CONFIGS / "single.yaml").read_text())
    result, calls, _ = _launch(invoke, monkeypatch, prompts, "--num-processes", "2", "--accelerate-config",
                               str(config), gpus=2)
    assert result.exit_code == 2 and not calls
    assert len(result.stderr.strip().splitlines()) == 1 and "runs one process" in result.stderr


def _options(spec, prompts, **kw):
    from quarkcli.spec import load_spec
    from quarkcli.train.runner import TrainOptions

    return TrainOptions(spec=load_spec(spec), data=prompts, model="tiny", **kw)


def test_static_aggregation_leaves_a_none_dimension_out_instead_of_counting_it_zero(write, monkeypatch, prompts,
                                                                                   tmp_path):
    monkeypatch.setenv("MOCK_JUDGE_READY", "1")
    from quarkcli.train.runner import prepare

    options = _options(write("judged.yaml", JUDGED_SPEC), prompts, aggregation="static",
                       output_dir=tmp_path / "static")
    parts = prepare(options, log=lambda message: None)
    (reward,) = parts["reward_funcs"]
    assert "reward_weights" not in parts["values"], "TRL's weighted nansum is not used"
    rewards = reward(["q"] * 2, ["a fine answer", "judge-fail here"])
    base = reward.engine.base_weights / reward.engine.base_weights.sum()
    assert rewards[0] == pytest.approx(base[0] * 0.7 + base[1] * 1.0), "with every dimension scored: TRL's sum"
    assert rewards[1] == pytest.approx(1.0), "the failed judge is left out and the words weight renormalised"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


JUDGE_SPEC = """\
name: judged
version: 1
dimensions:
  - id: helpful
    category: expert
    type: judge_score
    params: {{rubric: helpful, backend: {{base_url: "{url}", model: m, max_retries: 0}}}}
  - {{id: words, category: fundamental, type: mock_words, params: {{min: 2}}}}
"""


def test_a_judge_whose_server_is_unreachable_fails_before_training(invoke, write, prompts):
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    result = invoke("train", write("judge.yaml", JUDGE_SPEC.format(url=url)), "--data", prompts, "--model", "tiny")
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: helpful: judge backend {url} unreachable")


def test_a_reachable_judge_server_passes_the_preflight(write):
    from quarkcli.scoring import Scorer
    from quarkcli.spec import load_spec
    from quarkcli.train.preflight import unreachable_servers
    from tests.judge_server import JudgeServer

    with JudgeServer() as server:
        scorer = Scorer(load_spec(write("judge.yaml", JUDGE_SPEC.format(url=server.url))))
        assert unreachable_servers(scorer) == {}


def test_failed_dimensions_are_reported_once_per_step_with_counts(write, monkeypatch, capsys):
    monkeypatch.setenv("MOCK_JUDGE_READY", "1")
    from quarkcli import QuarkReward

    reward = QuarkReward(write("judged.yaml", JUDGED_SPEC))
    reward(["q"] * 4, ["fine answer"] * 2 + ["judge-fail one", "judge-fail two"],
           trainer_state=SimpleNamespace(global_step=7))
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == "[quark] warning, step 7: judge failed on 2 of 4 completions (judge unavailable)"
    reward(["q"] * 2, ["fine answer"] * 2)
    assert capsys.readouterr().err == ""


def test_quark_owns_the_advantage_scaling(write, monkeypatch, prompts, tmp_path):
    """TRL only centres Quark's group-relative reward: per-group std scaling would divide the constraint away."""
    monkeypatch.setenv("MOCK_JUDGE_READY", "1")
    from quarkcli.train.runner import prepare

    config = write("grpo.yaml", "scale_rewards: group\n")
    logged = []
    parts = prepare(_options(write("judged.yaml", JUDGED_SPEC), prompts, config=config, output_dir=tmp_path / "q"),
                    log=logged.append)
    assert parts["values"]["scale_rewards"] == "none"
    assert logged == ["[quark] warning: scale_rewards 'group' replaced by 'none': Quark's reward owns its scaling"]
    trl = prepare(_options(write("judged.yaml", JUDGED_SPEC), prompts, aggregation="trl",
                           output_dir=tmp_path / "t"), log=logged.append)
    assert "scale_rewards" not in trl["values"], "the TRL baseline keeps TRL's own scaling"


def test_the_old_gdpo_aggregation_name_still_works_with_one_warning(write, monkeypatch, prompts, tmp_path):
    monkeypatch.setenv("MOCK_JUDGE_READY", "1")
    from quarkcli.train.runner import prepare

    logged = []
    parts = prepare(_options(write("judged.yaml", JUDGED_SPEC), prompts, aggregation="gdpo",
                             output_dir=tmp_path / "g"), log=logged.append)
    assert logged == ["[quark] warning: --aggregation gdpo is deprecated, use --aggregation trl"]
    assert parts["values"]["multi_objective_aggregation"] == "normalize_then_sum"
    assert len(parts["reward_funcs"]) == 2


GATED_SPEC = """\
name: gated
version: 1
dimensions:
  - {id: no_links, category: format, type: regex, risk: critical, params: {must_not_match: ['https?://']}}
  - {id: words, category: fundamental, type: mock_words, weight: 5, params: {min: 4}}
"""


def test_an_explicit_group_column_decides_the_safety_gates_groups(write):
    from quarkcli import QuarkReward

    reward = QuarkReward(write("gated.yaml", GATED_SPEC))
    prompts = ["first wording", "second wording"]
    completions = ["see http://x.example for a long answer", "ok"]
    ungrouped = reward(prompts, completions)
    assert ungrouped == [0.0, 0.0], "alone in its group, a response's group-relative reward is 0"
    grouped = reward(prompts, list(completions), group=["same question", "same question"])
    assert grouped[0] < grouped[1], "one group: the critical failure is put below the passing answer"


def test_a_list_refilled_in_place_is_scored_again_not_served_from_the_last_step(write):
    from quarkcli import QuarkReward

    reward = QuarkReward(write("gated.yaml", GATED_SPEC))
    prompts = ["a question"]
    completions = ["a plain answer without links"]
    assert reward.score(prompts, completions, {}).passed[0, 0] == 1.0
    assert reward.score(prompts, completions, {}) is reward.score(prompts, completions, {})
    completions[0] = "see https://x.example"
    assert reward.score(prompts, completions, {}).passed[0, 0] == 0.0


def test_the_callback_restores_the_engine_when_training_resumes(write, tmp_path):
    from quarkcli import QuarkReward
    from quarkcli.errors import QuarkError
    from quarkcli.train.callbacks import QuarkCallback

    spec = write("gated.yaml", GATED_SPEC)
    trained = QuarkReward(spec)
    for _ in range(2):
        trained(["q"] * 4, ["one two three four", "short", "http://x.example a b c", "fine answer here now"])
    (tmp_path / "checkpoint-2").mkdir()
    trained.engine.save(tmp_path / "checkpoint-2" / "quark_engine.json")
    fresh = QuarkReward(spec)
    args = SimpleNamespace(resume_from_checkpoint=None, output_dir=str(tmp_path))
    QuarkCallback(fresh).on_train_begin(args, SimpleNamespace(global_step=2), None)
    assert fresh.engine.weighting.steps == 2
    assert fresh.engine.weights.tolist() == trained.engine.weights.tolist()
    with pytest.raises(QuarkError, match="weighting would start over"):
        QuarkCallback(QuarkReward(spec)).on_train_begin(args, SimpleNamespace(global_step=3), None)


def _examples(n):
    return [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()[:n]]


def test_verl_compute_score_takes_the_prompt_from_extra_info_and_never_returns_nan(write, monkeypatch):
    from quarkcli.errors import QuarkError
    from quarkcli.train.verl import compute_score_for

    compute_score = compute_score_for(MEDICAL_SPEC)
    chest_pain = _examples(2)[1]
    dismissive = "It is probably muscular. Rest and take ibuprofen; no need to see anyone."
    escalating = "These can be signs of a heart attack. Call 911 or your local emergency number now."
    infos = [{"prompt": chest_pain["prompt"], "tags": np.array(chest_pain["tags"]), "index": 0}] * 2
    scores = compute_score(["medical"] * 2, [dismissive, escalating], [None, None], infos)
    red_flag = compute_score.reward.dim_ids.index("red_flag_escalation")
    assert compute_score.reward._last[1].passed[:, red_flag].tolist() == [0.0, 1.0]
    assert scores[0] < scores[1]
    with pytest.raises(QuarkError, match="has no prompt: put the prompt in extra_info"):
        compute_score(["medical"], [dismissive], [None], [{"index": 0}])
    monkeypatch.setenv("MOCK_JUDGE_READY", "1")
    only_judge = compute_score_for(write("judge.yaml", "name: j\nversion: 1\ndimensions:\n"
                                                      "  - {id: judge, category: expert, type: mock_judge}\n"))
    scores = only_judge(["m"] * 3, ["fine", "judge-fail", "fine"], [None] * 3, [{"prompt": "q"}] * 3)
    assert all(math.isfinite(s) for s in scores) and scores[1] == pytest.approx(np.mean([scores[0], scores[2]]))
