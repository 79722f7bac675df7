"""A seeded, parametric generator of prompt x candidate score tables for the ablation benchmark.

Every candidate answer has latent *levels* in [0, 1] for a few concepts (safety, accuracy,
completeness, brevity, referral to care, style). Dimensions measure concepts: a binary check passes
with probability equal to its concept's level (then misfires independently), a reward-model or points
dimension reports a transformed, noisy copy of the level. Metrics use the levels, so every method is
judged on the same truth whatever its raw scales. The knobs of `Scenario` switch on one difficulty
at a time; `SCENARIOS` names the combinations the benchmark reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

CONCEPTS = ("safe", "accuracy", "completeness", "brevity", "referral", "style")
N_CANDIDATES = 6
# Candidate archetypes, levels in CONCEPTS order. The tempting answer beats the safe best answer on
# every other concept; on risky prompts it fails the critical check with probability q per sample.
SAFE_BEST = (1.0, 0.90, 0.75, 0.62, 0.92, 0.70)
TEMPTING = (1.0, 0.97, 0.88, 0.80, 0.98, 0.85)
LONG = (1.0, 0.85, 0.95, 0.10, 0.90, 0.60)
SHORT = (1.0, 0.65, 0.25, 0.95, 0.50, 0.50)
DEFER = (1.0, 0.55, 0.30, 0.80, 0.99, 0.50)    # "see a doctor" and little else: what a duplicated referral check rewards


@dataclass(frozen=True)
class Scenario:
    """The generator's knobs; the defaults are a mild, well-behaved problem."""

    name: str = "default"
    n_prompts: int = 64
    critical_q: float = 0.5          # failure probability of the tempting answer on a risky prompt
    risky_share: float = 0.5         # share of prompts where the tempting answer is unsafe
    cluster_size: int = 2            # near-duplicate checks of "referral to care"
    misfire: float = 0.0             # independent flip probability of each cluster member's verdict
    conflict: float = 0.0            # 0..1: brevity pulled towards 1 - completeness
    logit_shift: float = 0.0         # added to the reward model's logit
    logit_scale: float = 1.0         # multiplies the reward model's logit
    points_scale: float = 1.0        # the style dimension's raw scale (100: a 0-100 points score)
    heavy_tail: bool = False         # Student-t (df 1.5) noise on continuous raws instead of Gaussian
    noise: float = 0.1               # noise on continuous raws, in level units
    policy: str = "tabular"          # tabular | linear


SCENARIOS = {s.name: s for s in (
    Scenario("rare_critical_q0.02", critical_q=0.02, risky_share=1.0),
    Scenario("rare_critical_q0.1", critical_q=0.1, risky_share=1.0),
    Scenario("rare_critical_q0.3", critical_q=0.3, risky_share=1.0),
    Scenario("noisy_redundancy", cluster_size=4, misfire=0.05),
    Scenario("conflict", conflict=0.8),
    Scenario("logit_shift", logit_shift=4.0, logit_scale=3.0),
    Scenario("heavy_tail", heavy_tail=True, noise=0.3),
    Scenario("heterogeneous_scales", points_scale=100.0, logit_scale=10.0),
    Scenario("rare_critical_q0.1_linear", critical_q=0.1, risky_share=1.0, policy="linear"),
    Scenario("noisy_redundancy_linear", cluster_size=4, misfire=0.05, policy="linear"),
)}


@dataclass(frozen=True)
class DimensionInfo:
    """One dimension of the generated spec."""

    id: str
    concept: str
    kind: str                       # binary | logit | points
    risk: str
    weight: float
    target: float                   # in level units (pass rate, or latent level)
    misfire: float = 0.0
    cluster: str | None = None


@dataclass
class Table:
    """One generated problem: levels per prompt and candidate, features, and the dimensions."""

    scenario: Scenario
    levels: np.ndarray              # prompts x candidates x concepts
    features: np.ndarray            # prompts x candidates x features (the linear policy's inputs)
    dims: list[DimensionInfo] = field(default_factory=list)

    @property
    def dim_ids(self) -> list[str]:
        return [d.id for d in self.dims]

    @property
    def targets(self) -> np.ndarray:
        return np.array([d.target for d in self.dims])

    @property
    def base_weights(self) -> np.ndarray:
        return np.array([d.weight for d in self.dims])

    @property
    def critical(self) -> np.ndarray:
        return np.array([d.risk == "critical" for d in self.dims])

    def truth(self) -> np.ndarray:
        """prompts x candidates x dimensions: each dimension's true attainment (its concept's level)."""
        return self.levels[:, :, [CONCEPTS.index(d.concept) for d in self.dims]]

    def raw_at(self, j: int, level: float) -> float:
        """Dimension j's noise-free raw score for a concept level (what a target in level units means in raw units)."""
        s, d = self.scenario, self.dims[j]
        if d.kind == "binary":
            return float(level)
        if d.kind == "logit":
            return float(s.logit_scale * np.log(level / (1 - level)) + s.logit_shift)
        return float(s.points_scale * level)

    def observe(self, prompts: np.ndarray, candidates: np.ndarray, rng: np.random.Generator):
        """Score sampled answers: (raw, passed) arrays of shape samples x dimensions, NaN where no verdict."""
        s = self.scenario
        level = self.levels[prompts, candidates]
        n = len(prompts)
        raw = np.empty((n, len(self.dims)))
        passed = np.full((n, len(self.dims)), np.nan)
        shared = {}
        for j, d in enumerate(self.dims):
            c = CONCEPTS.index(d.concept)
            if d.kind == "binary":
                if d.cluster is not None:   # one underlying behaviour, observed by every member
                    shared.setdefault(d.cluster, rng.random(n) < level[:, c])
                    verdict = shared[d.cluster]
                else:
                    verdict = rng.random(n) < level[:, c]
                verdict = verdict ^ (rng.random(n) < d.misfire)
                raw[:, j] = passed[:, j] = verdict
                continue
            noise = rng.standard_t(1.5, n) if s.heavy_tail else rng.standard_normal(n)
            value = level[:, c] + s.noise * noise
            if d.kind == "logit":
                p = np.clip(value, 1e-3, 1 - 1e-3)
                raw[:, j] = s.logit_scale * np.log(p / (1 - p)) + s.logit_shift
            else:
                raw[:, j] = s.points_scale * value
        return raw, passed


def dimensions(s: Scenario) -> list[DimensionInfo]:
    dims = [
        DimensionInfo("escalation", "safe", "binary", "critical", 1.0, 0.99),
        DimensionInfo("accuracy", "accuracy", "binary", "high", 2.0, 0.8),
        DimensionInfo("completeness", "completeness", "logit", "medium", 1.0, 0.6),
        DimensionInfo("brevity", "brevity", "binary", "low", 1.0, 0.45),
        DimensionInfo("style", "style", "points", "low", 0.5, 0.5),
    ]
    dims += [DimensionInfo(f"refers_{i + 1}", "referral", "binary", "medium", 1.0, 0.85, s.misfire, "referral")
             for i in range(s.cluster_size)]
    return dims


def make_table(scenario: Scenario, seed: int) -> Table:
    """The problem for one generator seed: archetypes with per-prompt jitter, one random candidate."""
    rng = np.random.default_rng([seed, 7])
    p, k = scenario.n_prompts, N_CANDIDATES
    archetypes = np.array([SAFE_BEST, TEMPTING, LONG, SHORT, DEFER])
    a = len(archetypes)
    levels = np.empty((p, k, len(CONCEPTS)))
    levels[:, :a] = archetypes + rng.normal(0, 0.04, (p, a, len(CONCEPTS)))
    levels[:, a:] = rng.beta(2, 2, (p, k - a, len(CONCEPTS)))
    c = {name: i for i, name in enumerate(CONCEPTS)}
    levels = np.clip(levels, 0.01, 0.99)
    levels[:, :, c["brevity"]] = ((1 - scenario.conflict) * levels[:, :, c["brevity"]]
                                  + scenario.conflict * (1 - levels[:, :, c["completeness"]]))
    levels[:, :, c["safe"]] = 1.0
    risky = rng.random(p) < scenario.risky_share
    levels[risky, 1, c["safe"]] = 1 - scenario.critical_q
    cue = np.zeros((p, k, 1))
    cue[risky, 1, 0] = 1.0
    features = np.concatenate([levels[:, :, 1:], cue, rng.normal(0, 1, (p, k, 2))], axis=2)
    features[:, :, :-2] += rng.normal(0, 0.1, features[:, :, :-2].shape)
    return Table(scenario, levels, features, dimensions(scenario))


def tiny(scenario: Scenario, n_prompts: int = 8) -> Scenario:
    """A small copy of a scenario, for tests."""
    return replace(scenario, n_prompts=n_prompts)
