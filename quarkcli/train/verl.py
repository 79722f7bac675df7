"""Quark as verl's batch `compute_score`: one call, one engine step.

verl's batch reward manager hands the function decoded responses, ground
truths and each row's ``extra_info``, but not the prompt. The prompt must be
put in ``extra_info["prompt"]`` when the dataset is prepared (docs/training.md);
without it, prompt-dependent checks (red-flag escalation) would pass anything,
so a missing prompt is an error, not an empty string. verl does not mask NaN
rewards, so a completion no dimension could score gets its group's mean reward
(neutral within the group), never NaN.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ..errors import QuarkError
from .reward import QuarkReward

PREPARATION = "put the prompt in extra_info['prompt'] when preparing the verl dataset (docs/training.md)"
NOT_FIELDS = ("prompt", "index", "split")


def _plain(value):
    """numpy values from verl's parquet rows (arrays of tags, numpy scalars) as JSON values."""
    return value.tolist() if hasattr(value, "tolist") else str(value)


class VerlScore:
    """``compute_score(data_sources, solution_strs, ground_truths, extra_infos, **kwargs) -> list[float]``."""

    def __init__(self, reward: QuarkReward):
        self.reward = reward

    def __call__(self, data_sources, solution_strs, ground_truths, extra_infos, **kwargs) -> list[float]:
        infos = [dict(info) if info is not None else {} for info in extra_infos]
        prompts = []
        for i, info in enumerate(infos):
            prompt = info.get("prompt")
            if isinstance(prompt, np.ndarray):
                prompt = prompt.tolist()
            if not prompt:
                raise QuarkError(f"verl sample {i} has no prompt: {PREPARATION}")
            prompts.append(prompt)
        fields = [json.dumps({k: v for k, v in info.items() if k not in NOT_FIELDS}, default=_plain) for info in infos]
        columns = {"quark_fields": fields}
        if ground_truths is not None and all(isinstance(g, str) and g for g in ground_truths):
            columns["reference"] = list(ground_truths)
        scores = self.reward(prompts, list(solution_strs), **columns)
        return neutral_for_missing(scores, [str(p) for p in prompts])


def neutral_for_missing(scores: list[float | None], groups: list[str]) -> list[float]:
    """None replaced by the mean of its group's known scores (0.0 when the group has none)."""
    known: dict[str, list[float]] = {}
    for score, group in zip(scores, groups):
        if score is not None:
            known.setdefault(group, []).append(score)
    return [float(s) if s is not None else float(np.mean(known[g])) if g in known else 0.0
            for s, g in zip(scores, groups)]


def compute_score_for(spec: str | Path, reference: str | Path | None = None, **options) -> VerlScore:
    """The function to name in verl's ``custom_reward_function``: one Quark engine for the whole run
    (``options`` as for QuarkReward)."""
    return VerlScore(QuarkReward(spec, reference, **options))
