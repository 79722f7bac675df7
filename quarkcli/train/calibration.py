"""Automatic reference calibration: the policy as it was before optimisation.

Before the first step, the initial model answers a fixed subset of the training
prompts; those answers are scored and frozen as the reference. Every process
generates a share, the shares are gathered, and every process computes the same
reference from the same samples.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..engine import Calibrator
from ..engine.reference import Reference
from ..records import make_record
from ..scoring import Scorer
from ..spec import Spec
from . import distributed

SAMPLES_FILE = "calibration_samples.jsonl"
REFERENCE_FILE = "reference.json"


def calibrate_initial_policy(trainer, tokenizer, spec: Spec, rows: list[dict], size: int, values: dict,
                             output_dir: Path, log) -> Reference:
    from trl.models.utils import unwrap_model_for_generation

    from ..backends.local_model import GenerationSettings, TransformersBackend

    subset = rows[:size]
    world, rank = distributed.world_size(), distributed.rank()
    per_rank = -(-len(subset) // world)
    mine = [(i, subset[min(i, len(subset) - 1)]) for i in range(rank * per_rank, (rank + 1) * per_rank)]
    settings = GenerationSettings(temperature=values.get("temperature", 1.0),
                                  max_new_tokens=values.get("max_completion_length", 256), num_samples=1,
                                  seed=values.get("seed", 42))
    answers = []
    with unwrap_model_for_generation(trainer.model_wrapped, trainer.accelerator) as model:
        backend = TransformersBackend(model, tokenizer, template_text_prompts=False)
        for start in range(0, len(mine), 8):
            chunk = mine[start:start + 8]
            texts = backend.generate([row["prompt"] for _, row in chunk], settings)
            answers += [(i, t[0]) for (i, _), t in zip(chunk, texts)]
    gathered, _ = distributed.all_gather_lists(answers)
    by_index = dict(gathered)
    samples = []
    for i, row in enumerate(subset):
        fields = json.loads(row["quark_fields"])
        samples.append({**fields, "prompt": row["prompt"], "response": by_index[i]})
    calibrator = Calibrator(spec)
    records = [make_record(sample, n, 10**9) for n, sample in enumerate(samples, start=1)]
    calibrator.add(Scorer(spec).score_records(records))
    reference = calibrator.reference()
    if distributed.rank() == 0:
        with (output_dir / SAMPLES_FILE).open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(s, ensure_ascii=False) + "\n" for s in samples)
        reference.save(output_dir / REFERENCE_FILE)
        log(f"[quark] reference calibrated on {len(samples)} samples of the initial policy: "
            f"{output_dir / REFERENCE_FILE}")
    return reference
