"""Policies and the GRPO-style training loop of the ablation benchmark, and its per-run metrics.

Per step every prompt draws G answers from the policy; the method turns their scores into
advantages; the policy moves along the advantage-weighted score function (REINFORCE with the
group as baseline, as GRPO does without clipping or KL). Metrics are exact expectations under
the policy's probabilities, computed from the table's true levels.
"""

from __future__ import annotations

import numpy as np

from generator import Table
from methods import Method, reference_for

GROUP = 8
TAIL = 0.2                          # "end of training": the mean over the last 20% of steps


class TabularPolicy:
    """One softmax over the candidates of each prompt."""

    def __init__(self, table: Table):
        self.logits = np.zeros(table.levels.shape[:2])

    def probs(self) -> np.ndarray:
        z = np.exp(self.logits - self.logits.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    def update(self, picks: np.ndarray, advantage: np.ndarray, lr: float) -> None:
        """logits += lr * mean over the group of A * (onehot(pick) - pi)."""
        probs = self.probs()
        p, g = picks.shape
        grad = -advantage.sum(axis=1, keepdims=True) * probs
        np.add.at(grad, (np.repeat(np.arange(p), g), picks.ravel()), advantage.ravel())
        self.logits += lr * grad / g


class LinearPolicy:
    """A softmax over candidates with logits features @ theta, theta shared by all prompts."""

    def __init__(self, table: Table):
        self.features = table.features
        self.theta = np.zeros(table.features.shape[2])

    def probs(self) -> np.ndarray:
        logits = self.features @ self.theta
        z = np.exp(logits - logits.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    def update(self, picks: np.ndarray, advantage: np.ndarray, lr: float) -> None:
        """theta += lr * mean over all samples of A * (phi(pick) - E_pi phi)."""
        probs = self.probs()
        p, g = picks.shape
        mean_phi = np.einsum("pk,pkf->pf", probs, self.features)
        chosen = self.features[np.arange(p)[:, None], picks]
        grad = np.einsum("pg,pgf->f", advantage, chosen - mean_phi[:, None, :])
        self.theta += lr * grad / (p * g)


POLICIES = {"tabular": TabularPolicy, "linear": LinearPolicy}


def train(table: Table, method: str, lr: float, seed: int, steps: int) -> dict:
    """One training run; returns per-step curves of true attainment (dimensions) and critical violation."""
    reference, reference_raw = reference_for(table, seed)
    n_prompts = table.levels.shape[0]
    prompts = np.repeat(np.arange(n_prompts), GROUP)
    aggregation = Method(method, table, reference, reference_raw, [str(p) for p in prompts])
    policy = POLICIES[table.scenario.policy](table)
    truth = table.truth()
    critical = table.critical
    rng = np.random.default_rng([seed, 13])
    attainment, violation = [], []
    for _ in range(steps):
        probs = policy.probs()
        att = np.einsum("pk,pkd->d", probs, truth) / n_prompts
        attainment.append(att)
        violation.append(1.0 - att[critical].min())
        cumulative = probs.cumsum(axis=1)
        picks = (rng.random((n_prompts, GROUP, 1)) > cumulative[:, None, :-1]).sum(axis=2)
        raw, passed = table.observe(prompts, picks.ravel(), rng)
        advantage = aggregation.advantages(raw, passed).reshape(n_prompts, GROUP)
        policy.update(picks, advantage, lr)
    return {"attainment": np.array(attainment), "critical_violation": np.array(violation)}


def metrics(curves: dict, table: Table) -> dict:
    """The pre-registered metrics of one run (docs/ablation.md, "Protocol")."""
    att, violation = curves["attainment"], curves["critical_violation"]
    targets, base = table.targets, table.base_weights
    worst = np.minimum(att / targets, 1.0).min(axis=1)
    reached = np.flatnonzero((att >= targets).all(axis=1))
    mean_att = att @ base / base.sum()
    tail = max(1, int(round(len(att) * TAIL)))
    return {
        "violation_mean": float(violation.mean()),
        "violation_end": float(violation[-tail:].mean()),
        "worst_mean": float(worst.mean()),
        "worst_end": float(worst[-tail:].mean()),
        "attainment_end": float(mean_att[-tail:].mean()),
        "attainment_mean": float(mean_att.mean()),
        "steps_to_targets": int(reached[0]) if len(reached) else None,
    }
