"""End-to-end GRPO benchmark: `quark train`'s runner on the tiny model, four aggregations, several seeds.

The tiny model is first warmed up (supervised, on the example responses) so it
produces letters and spaces; then each method trains from that same model. Every
`--eval-every` steps the current policy answers 8 held-out prompts (32 samples
each, 256 answers per point) and Quark scores them, giving method-independent learning curves.

Usage: python benchmarks/ablation/grpo_tiny.py [--seeds 5] [--steps 200]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import HERE, METHODS, attainment, register_benchmark_plugin, summarize  # noqa: E402

ROOT = HERE.parents[1]
EXAMPLES = ROOT / "examples" / "medical_qa.jsonl"


def first_clause(text: str, limit: int = 60) -> str:
    """A short answer ending in a full stop: the first sentence, or the first words of it."""
    sentence = text.split(". ")[0].rstrip(".")
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0]
    return sentence + "."


def warm_up(folder: Path, steps: int) -> Path:
    """Supervised warm-up on the example answers, so the policy emits text-like output."""
    import torch

    from quarkcli.backends.tiny import tiny_model, tiny_tokenizer

    tokenizer = tiny_tokenizer()
    model = tiny_model(tokenizer, seed=0)
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    texts = [r["prompt"] + " " + first_clause(r["response"]) + tokenizer.eos_token
             for r in rows if isinstance(r["prompt"], str)]
    optimiser = torch.optim.AdamW(model.parameters(), lr=3e-3)
    generator = torch.Generator().manual_seed(0)
    model.train()
    for _ in range(steps):
        batch = [texts[i] for i in torch.randint(len(texts), (16,), generator=generator).tolist()]
        enc = tokenizer(batch, return_tensors="pt", padding=True, truncation=True, max_length=256)
        labels = enc["input_ids"].masked_fill(enc["attention_mask"] == 0, -100)
        loss = model(**enc, labels=labels).loss
        loss.backward()
        optimiser.step()
        optimiser.zero_grad()
    path = folder / "warm"
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def make_eval_callback(spec, prompts: list[dict], every: int, curves: dict, tokenizer_holder: dict):
    from transformers import TrainerCallback

    from quarkcli.dimensions import Record
    from quarkcli.generate.backends import GenerationSettings, TransformersBackend
    from quarkcli.scoring import Scorer

    scorer = Scorer(spec)
    critical = np.array([d.risk == "critical" for d in spec.dimensions])

    class Evaluate(TrainerCallback):
        def _evaluate(self, model):
            backend = TransformersBackend(model, tokenizer_holder["tokenizer"], template_text_prompts=False)
            settings = GenerationSettings(temperature=1.0, max_new_tokens=64, num_samples=32, seed=1234)
            answers = backend.generate([p["prompt"] for p in prompts], settings)
            records = [Record(id=f"{p['id']}-{k}", prompt=p["prompt"], response=text)
                       for p, texts in zip(prompts, answers) for k, text in enumerate(texts)]
            scored = scorer.score_records(records)
            raw, passed = scored.raw, scored.passed
            curves["attainment"].append(attainment(raw, passed).tolist())
            curves["critical_violation"].append(float((passed[:, critical] == 0).any(axis=1).mean()))

        def on_step_begin(self, args, state, control, model=None, **kwargs):
            if state.global_step % every == 0:
                was_training = model.training
                model.eval()
                self._evaluate(model)
                model.train(was_training)

    return Evaluate()


def run(method: str, model_path: Path, spec_path: Path, seed: int, steps: int, every: int, folder: Path) -> dict:
    from transformers import AutoTokenizer

    from quarkcli.spec import load_spec
    from quarkcli.train.runner import TrainOptions, train

    text = spec_path.read_text(encoding="utf-8")
    weighting = "static" if method == "rfn" else "tadw"
    variant = folder / f"{method}-{seed}.yaml"
    variant.write_text(text + f"weighting:\n  method: {weighting}\n", encoding="utf-8")
    spec = load_spec(variant)
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    train_rows = [{"prompt": r["prompt"], "id": r["id"]} for r in rows if isinstance(r["prompt"], str)]
    data = folder / "prompts.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in train_rows[:64]), encoding="utf-8")
    curves = {"attainment": [], "critical_violation": []}
    holder = {"tokenizer": AutoTokenizer.from_pretrained(model_path)}
    callback = make_eval_callback(spec, train_rows[64:72], every, curves, holder)
    options = TrainOptions(
        spec=spec, data=data, model=str(model_path), output_dir=folder / f"run-{method}-{seed}", max_steps=steps,
        aggregation=method if method in ("static", "gdpo") else "quark", calibration_size=32,
        overrides={"per_device_train_batch_size": 8, "num_generations": 8, "max_completion_length": 64,
                   "learning_rate": 2e-3, "logging_steps": steps, "seed": seed, "save_strategy": "no"},
        callbacks=[callback],
    )
    train(options, log=lambda message: None)
    return curves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--eval-every", type=int, default=20)
    parser.add_argument("--warmup-steps", type=int, default=300)
    parser.add_argument("--out", type=Path, default=HERE.parent / "results" / "grpo_tiny.json")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    register_benchmark_plugin()
    from quarkcli.spec import load_spec

    spec_path = HERE / "tiny_spec.yaml"
    spec = load_spec(spec_path)
    targets = np.array([d.target for d in spec.dimensions])
    base = np.array([d.base_weight for d in spec.dimensions])
    critical = np.array([d.risk == "critical" for d in spec.dimensions])
    results = {"benchmark": "grpo_tiny", "seeds": list(range(args.seeds)), "steps": args.steps,
               "eval_every": args.eval_every, "warmup_steps": args.warmup_steps,
               "dimensions": [d.id for d in spec.dimensions], "targets": targets.tolist(), "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        model_path = warm_up(folder, args.warmup_steps)
        for method in METHODS:
            results["runs"][method] = []
            for seed in range(args.seeds):
                curves = run(method, model_path, spec_path, seed, args.steps, args.eval_every, folder)
                metrics = summarize(curves, targets, base, critical)
                if metrics["steps_to_targets"] is not None:
                    metrics["steps_to_targets"] *= args.eval_every
                results["runs"][method].append({"seed": seed, "metrics": metrics, **curves})
                print(f"{method} seed {seed}: worst {metrics['worst_final']:.3f}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
