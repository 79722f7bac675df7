"""The reward aggregations compared by the ablation benchmark.

Each method turns the scores of one step's samples (P prompts x G answers, prompt-major) into
one value per sample. `advantage` says whether that value is already an advantage (GDPO's
normalize_then_sum) or a reward that TRL still group-normalises. `quark`, its ablations and the
RFN baselines go through the real `quarkcli.engine.Engine`, built from a spec generated for
the table; the others are the few lines a practitioner would write.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import numpy as np
import yaml

from quarkcli.batch import ScoredBatch
from quarkcli.engine import Calibrator, Engine
from quarkcli.engine.combine import weighted_composite
from quarkcli.engine.settings import schema_defaults
from quarkcli.spec.model import spec_from_text

from common import register_benchmark_plugin
from generator import Scenario, Table, dimensions, make_table

EPS = 1e-4                        # TRL's epsilon in (r - mean) / (std + eps)
LAGRANGE_STEP = 5.0               # dual ascent step of the Lagrangian baseline (pre-registered)
REFERENCE_SAMPLES = 2048          # answers drawn from the initial (uniform) policy for the frozen reference
CATEGORY = {"critical": "expert", "high": "expert", "medium": "format", "low": "feedback"}

# Engine-backed methods: spec weighting overrides, whether risk tiers / dedup go into fixed weights, and
# whether the engine's output is already the advantage: GDPO's, or quark's group-centred reward, which
# `quark train` hands to TRL with scale_rewards="none" (docs/training.md).
ENGINE_METHODS = {
    "rfn_tuned": {"weighting": {"method": "static"}, "tiers": True},
    "rfn_dedup": {"weighting": {"method": "static"}, "tiers": True, "dedup": True},
    "gdpo": {"weighting": {"method": "normalize_then_sum"}, "advantage": True},
    "quark": {"weighting": {}, "relative": True},
    "quark_no_weakness": {"weighting": {"multiplier_max": 0}, "relative": True},
    "quark_no_risk": {"weighting": {"risk_tiers": {"medium": 1, "high": 1, "critical": 1}, "safety_gate": False},
                      "relative": True},
    "quark_no_redundancy": {"weighting": {"redundancy_threshold": 0.999999}, "relative": True},
}
METHODS = ("static", "static_unit", "rfn_tuned", "rfn_dedup", "gdpo", "gdpo_nowhiten", "lagrangian",
           "quark", "quark_no_weakness", "quark_no_risk", "quark_no_redundancy")
BASELINES = ("static", "static_unit", "rfn_tuned", "rfn_dedup", "gdpo", "gdpo_nowhiten", "lagrangian")


@lru_cache(maxsize=None)
def spec_for(scenario: Scenario, method: str):
    """The scenario's dimensions as a Quark spec for one method (validated once, then cached): fixed
    weights optionally multiplied by risk tiers and split over redundancy clusters by hand."""
    register_benchmark_plugin()
    config = ENGINE_METHODS.get(method, {"weighting": {"method": "static"}})
    tiers, dedup = config.get("tiers", False), config.get("dedup", False)
    risk_tiers = schema_defaults("weighting")["risk_tiers"]
    dims = dimensions(scenario)
    targets = engine_targets(scenario)
    sizes = {d.cluster: sum(e.cluster == d.cluster for e in dims) for d in dims if d.cluster}
    entries = []
    for d in dims:
        weight = d.weight * (risk_tiers[d.risk] if tiers else 1.0) / (sizes[d.cluster] if dedup and d.cluster else 1)
        entries.append({"id": d.id, "type": "table_column", "category": CATEGORY[d.risk], "risk": d.risk,
                           "weight": weight, "target": targets[d.id]})
    text = yaml.safe_dump({"name": "ablation", "version": 1, "dimensions": entries,
                           "weighting": config["weighting"]})
    return spec_from_text(text, "<ablation>")


@lru_cache(maxsize=None)
def engine_targets(scenario: Scenario) -> dict[str, float]:
    """Targets in the engine's units: pass rates as they are; for a dimension without pass/fail, the
    reference quantile of the noise-free raw score at the target level (seed-0 table, initial policy)."""
    table = make_table(scenario, 0)
    raw, _ = uniform_sample(table, 0)
    return {d.id: d.target if d.kind == "binary" else round(float((raw[:, j] <= table.raw_at(j, d.target)).mean()), 3)
            for j, d in enumerate(table.dims)}


def uniform_sample(table: Table, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Scores of answers drawn from the initial policy (uniform over candidates)."""
    rng = np.random.default_rng([seed, 11])
    prompts = rng.integers(table.levels.shape[0], size=REFERENCE_SAMPLES)
    candidates = rng.integers(table.levels.shape[1], size=REFERENCE_SAMPLES)
    return table.observe(prompts, candidates, rng)


def reference_for(table: Table, seed: int):
    """Frozen statistics of the initial policy (uniform over candidates), as `quark calibrate` makes them."""
    raw, passed = uniform_sample(table, seed)
    calibrator = Calibrator(spec_for(table.scenario, "static"))
    calibrator.add(ScoredBatch.from_arrays(table.dim_ids, raw, passed))
    return calibrator.reference(), raw


def group_normalize(values: np.ndarray, n_prompts: int) -> np.ndarray:
    """(v - group mean) / (group std + eps) per prompt, columnwise; torch's unbiased std as in TRL."""
    shaped = values.reshape(n_prompts, -1, *values.shape[1:])
    mean = shaped.mean(axis=1, keepdims=True)
    std = shaped.std(axis=1, ddof=1, keepdims=True)
    return ((shaped - mean) / (std + EPS)).reshape(values.shape)


class Method:
    """One aggregation, set up for one table and seed: ``values(raw, passed)`` per step."""

    advantage = False
    relative = False

    def __init__(self, name: str, table: Table, reference, reference_raw: np.ndarray, groups: list[str]):
        self.name, self.table = name, table
        self.base = table.base_weights
        self.n_prompts = table.levels.shape[0]
        self.engine = None
        if name in ENGINE_METHODS or name == "lagrangian":
            self.engine = Engine(spec_for(table.scenario, name), reference)
            config = ENGINE_METHODS.get(name, {})
            self.relative = config.get("relative", False)
            self.advantage = config.get("advantage", False) or self.relative
        # Built once: a step only swaps in the new scores (the engine reads raw, passed and groups).
        self.batch = ScoredBatch.from_arrays(table.dim_ids, np.zeros((len(groups), len(table.dims))), None, groups)
        self.low, self.high = np.nanmin(reference_raw, axis=0), np.nanmax(reference_raw, axis=0)
        self.lam = np.zeros(int(table.critical.sum()))

    def values(self, raw: np.ndarray, passed: np.ndarray) -> np.ndarray:
        if self.name == "static":                   # TRL reward_weights: weighted sum of raw rewards
            return np.nan_to_num(raw) @ self.base
        if self.name == "static_unit":              # each raw rescaled to [0, 1] with the reference's range
            unit = (raw - self.low) / np.where(self.high > self.low, self.high - self.low, 1.0)
            return np.nan_to_num(np.clip(unit, 0, 1)) @ self.base
        if self.name == "gdpo_nowhiten":            # normalize_then_sum without the batch whitening
            return np.nan_to_num(group_normalize(raw, self.n_prompts)) @ self.base
        if self.name == "lagrangian":
            return self._lagrangian(raw, passed)
        return self.engine.step(replace(self.batch, raw=raw, passed=passed), relative=self.relative)

    def _lagrangian(self, raw: np.ndarray, passed: np.ndarray) -> np.ndarray:
        """Base-weighted RFN composite minus lambda x violation; lambda by dual ascent on each
        critical dimension's batch violation rate against its allowed rate (1 - target)."""
        critical = self.table.critical
        violation = (passed[:, critical] == 0).astype(float)
        reward = weighted_composite(self.engine.normalize(raw), self.base / self.base.sum()) - violation @ self.lam
        allowed = 1 - self.table.targets[critical]
        self.lam = np.maximum(0.0, self.lam + LAGRANGE_STEP * (violation.mean(axis=0) - allowed))
        return reward

    def advantages(self, raw: np.ndarray, passed: np.ndarray) -> np.ndarray:
        """What the policy gradient multiplies: group-normalised rewards, or the method's own advantage."""
        v = np.nan_to_num(self.values(raw, passed))
        return v if self.advantage else group_normalize(v, self.n_prompts)
