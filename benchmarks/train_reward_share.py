"""Share of a GRPO step spent in Quark's reward (rule and format dimensions, tiny model, CPU).

Trains the built-in tiny model for a few steps on the example prompts with
specs/medical.yaml and a reference calibrated on the example responses, and
reports the time inside QuarkReward against the wall time of `trainer.train()`.

Usage: python benchmarks/train_reward_share.py [--steps 20]
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    from quarkcli.engine import Calibrator
    from quarkcli.records import read_records
    from quarkcli.scoring import Scorer
    from quarkcli.spec import load_spec
    from quarkcli.train.runner import TrainOptions, train

    spec = load_spec(ROOT / "specs" / "medical.yaml")
    examples = ROOT / "examples" / "medical_qa.jsonl"
    calibrator = Calibrator(spec)
    calibrator.add(Scorer(spec).score_records(list(read_records(str(examples)))))
    with tempfile.TemporaryDirectory() as tmp:
        reference = Path(tmp) / "reference.json"
        calibrator.reference().save(reference)
        prompts = Path(tmp) / "prompts.jsonl"
        rows = [json.loads(line) for line in examples.read_text(encoding="utf-8").splitlines()]
        prompts.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "response"}) + "\n" for r in rows))
        options = TrainOptions(spec=spec, data=prompts, model="tiny", reference=reference,
                               output_dir=Path(tmp) / "run", max_steps=args.steps,
                               overrides={"per_device_train_batch_size": 8, "num_generations": 8,
                                          "max_completion_length": 64, "logging_steps": args.steps})
        summary = train(options, log=lambda message: None)
    share = summary["reward_seconds"] / summary["wall_seconds"]
    print(f"# GRPO reward share: tiny model, CPU, {summary['steps']} steps x 8 completions of up to 64 tokens")
    print(f"train wall time:   {summary['wall_seconds']:.2f} s")
    print(f"in Quark's reward: {summary['reward_seconds']:.3f} s ({share:.1%} of the step)")


if __name__ == "__main__":
    main()
