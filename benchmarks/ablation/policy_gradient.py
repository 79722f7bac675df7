"""Controlled policy-gradient benchmark: a softmax policy over written candidates, GRPO-style updates.

Every candidate is scored once by Quark's real dimensions; the methods differ only
in how those scores become one reward per sample. Per step and prompt, G candidates
are sampled; rewards are group-normalised into advantages (gdpo produces its own
advantages); the policy's logits move along the advantage-weighted score function.
Metrics are computed exactly from the policy's probabilities.

Usage: python benchmarks/ablation/policy_gradient.py [--seeds 10] [--steps 300]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import HERE, METHODS, attainment, register_benchmark_plugin, summarize  # noqa: E402

from quarkcli.batch import ScoredBatch  # noqa: E402
from quarkcli.engine import Calibrator, Engine  # noqa: E402
from quarkcli.engine.combine import group_codes  # noqa: E402
from quarkcli.dimensions import Record  # noqa: E402
from quarkcli.scoring import Scorer  # noqa: E402
from quarkcli.spec import load_spec  # noqa: E402

GROUP, LR, EPS = 8, 0.5, 1e-4


def load_pool(spec):
    data = yaml.safe_load((HERE / "candidates.yaml").read_text(encoding="utf-8"))["prompts"]
    records, owner = [], []
    for p, item in enumerate(data):
        for c, text in enumerate(item["candidates"]):
            records.append(Record(id=f"{item['id']}-{c}", prompt=item["prompt"], response=text,
                                  reference=item["facts"], tags=item["tags"]))
            owner.append(p)
    batch = Scorer(spec).score_records(records)
    return data, batch, batch.raw, batch.passed, np.array(owner)


def spec_variant(method: str, folder: Path):
    text = (HERE / "spec.yaml").read_text(encoding="utf-8")
    weighting = {"static": "static", "gdpo": "gdpo", "rfn": "static", "quark": "tadw"}[method]
    path = folder / f"{method}.yaml"
    path.write_text(text + f"weighting:\n  method: {weighting}\n", encoding="utf-8")
    return load_spec(path)


def reward_fn(method, engine, raw, passed, groups):
    """One reward (or, for gdpo, advantage) per sampled candidate, as the method defines it."""
    if method == "static":
        return np.nansum(raw * engine.base_weights, axis=1)      # TRL reward_weights: weighted sum of raw rewards
    return engine.step(ScoredBatch.from_arrays(engine.dim_ids, raw, passed, groups))


def group_advantages(reward, codes):
    """(r - group mean) / (group std + eps), TRL's default scale_rewards='group'."""
    advantage = np.zeros_like(reward)
    for g in np.unique(codes):
        members = codes == g
        r = reward[members]
        advantage[members] = (r - r.mean()) / (r.std(ddof=1) + EPS)
    return advantage


def run(method, spec, pool, reference, seed, steps):
    data, _, raw, passed, owner = pool
    engine = Engine(spec, reference if method in ("rfn", "quark") else None)
    n_prompts = len(data)
    sizes = [len(item["candidates"]) for item in data]
    offsets = np.cumsum([0] + sizes[:-1])
    logits = [np.zeros(s) for s in sizes]
    rng = np.random.default_rng(seed)
    critical = engine.critical
    curves = {"attainment": [], "critical_violation": []}
    for _ in range(steps):
        probs = [np.exp(l - l.max()) / np.exp(l - l.max()).sum() for l in logits]
        weights = np.concatenate(probs) / n_prompts
        curves["attainment"].append(attainment(raw, passed, weights).tolist())
        failing = (passed[:, critical] == 0).any(axis=1)
        curves["critical_violation"].append(float((weights * failing).sum()))
        picks = [rng.choice(sizes[p], size=GROUP, p=probs[p]) for p in range(n_prompts)]
        rows = np.concatenate([offsets[p] + picks[p] for p in range(n_prompts)])
        groups = [owner[r] for r in rows]
        reward = reward_fn(method, engine, raw[rows], passed[rows], groups)
        codes = group_codes(groups)
        advantage = reward if method == "gdpo" else group_advantages(np.nan_to_num(reward), codes)
        for p in range(n_prompts):
            grad = np.zeros(sizes[p])
            for c, a in zip(picks[p], advantage[codes == p]):
                grad -= a * probs[p]
                grad[c] += a
            logits[p] += LR * grad / GROUP
    return curves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--out", type=Path, default=HERE.parent / "results" / "policy_gradient.json")
    args = parser.parse_args()
    register_benchmark_plugin()
    with tempfile.TemporaryDirectory() as tmp:
        specs = {m: spec_variant(m, Path(tmp)) for m in METHODS}
        pool = load_pool(specs["quark"])
        calibrator = Calibrator(specs["quark"])      # the initial (uniform) policy is the reference policy
        calibrator.add(pool[1])
        reference = calibrator.reference()
        dims = [d.id for d in specs["quark"].dimensions]
        targets = np.array([d.target for d in specs["quark"].dimensions])
        base = np.array([d.base_weight for d in specs["quark"].dimensions])
        critical = np.array([d.risk == "critical" for d in specs["quark"].dimensions])
        results = {"benchmark": "policy_gradient", "seeds": list(range(args.seeds)), "steps": args.steps,
                   "group": GROUP, "learning_rate": LR, "dimensions": dims, "targets": targets.tolist(),
                   "runs": {}}
        for method in METHODS:
            results["runs"][method] = []
            for seed in range(args.seeds):
                curves = run(method, specs[method], pool, reference, seed, args.steps)
                results["runs"][method].append({"seed": seed, "metrics": summarize(curves, targets, base, critical),
                                                **curves})
            print(f"{method}: done", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
