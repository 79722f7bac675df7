"""HealthBench-style aggregates of rubric-graded dimensions: overall and per tag, clipped, with a bootstrap std.

HealthBench reports a score as the mean of per-example scores clipped to [0, 1] (an example's own score can be
below 0), and its spread as the standard deviation of that clipped mean over bootstrap resamples of the
examples. Tags come from two places, as in HealthBench: the record's tags (``theme:…``, from ``example_tags``)
give the example's score to the tag, and the rubric's criterion tags (``axis:…``) give the example's score over
the criteria carrying the tag, which ``judge_rubric`` writes into its evidence as ``tag axis:…: 0.750``.
One float per example and tag is kept, for the rubric dimensions only.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .batch import ScoredBatch

RUBRIC_TYPE = "judge_rubric"
BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 0
_RUBRIC_TAG = re.compile(r"^tag (\S+): (-?\d+(?:\.\d+)?)$")


def clipped_stats(values: list[float], samples: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED) -> dict:
    """``score``: the mean clipped to [0, 1]; ``bootstrap_std``: the std of that over resampled examples."""
    import numpy as np
    data = np.asarray(values, dtype=float)
    resampled = np.random.default_rng(seed).choice(data, size=(samples, len(data)), replace=True)
    return {"score": float(np.clip(data.mean(), 0.0, 1.0)),
            "bootstrap_std": float(np.clip(resampled.mean(axis=1), 0.0, 1.0).std()),
            "n": len(data)}


class HealthBenchTally:
    """Per-example values of each rubric dimension, overall and by tag, over the batches of a run."""

    def __init__(self, dims: list) -> None:
        self.columns = {j: d.id for j, d in enumerate(dims) if d.type == RUBRIC_TYPE}
        self.values: dict[str, dict[str, list[float]]] = {d: defaultdict(list) for d in self.columns.values()}

    def add(self, batch: ScoredBatch) -> None:
        import numpy as np
        for j, dim_id in self.columns.items():
            values = self.values[dim_id]
            for i, raw in enumerate(batch.raw[:, j]):
                if np.isnan(raw):
                    continue
                values[""].append(float(raw))
                for tag in batch.tags[i]:
                    values[tag].append(float(raw))
                for line in batch.evidence[i][j]:
                    if match := _RUBRIC_TAG.match(line):
                        values[match[1]].append(float(match[2]))

    def to_json(self) -> dict:
        """Per rubric dimension with scored examples: ``overall`` and ``tags`` (each score, bootstrap_std, n)."""
        out = {}
        for dim_id, values in self.values.items():
            if values.get(""):
                out[dim_id] = {"overall": clipped_stats(values[""]),
                               "tags": {tag: clipped_stats(v) for tag, v in sorted(values.items()) if tag}}
        return out
