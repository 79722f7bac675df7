"""Run the pre-registered ablation protocol (docs/ablation.md): tune each method's learning rate on
tuning seeds, then train every method on the held-out seeds; write the raw per-seed metrics and
the mean curves to benchmarks/results/ablation.json.

Usage: python benchmarks/ablation/run.py [--seeds 30] [--steps 120] [--scenarios a,b] [--methods a,b]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generator import SCENARIOS, make_table  # noqa: E402
from methods import METHODS  # noqa: E402
from simulate import GROUP, metrics, train  # noqa: E402

LR_GRID = (0.1, 0.5, 2.0, 5.0)
TUNING_SEEDS = (1000, 1001)
VIOLATION_PENALTY = 10.0       # tuning score = worst_end - 10 * violation_end (docs/ablation.md)
RESULTS = HERE.parents[1] / "benchmarks" / "results" / "ablation.json"


def tuning_score(m: dict) -> float:
    return m["worst_end"] - VIOLATION_PENALTY * m["violation_end"]


def tune(scenario, method: str, steps: int) -> tuple[float, dict]:
    """The grid point with the best mean tuning score over the tuning seeds (ties: the smaller rate)."""
    tables = {s: make_table(scenario, s) for s in TUNING_SEEDS}
    scores = {lr: float(np.mean([tuning_score(metrics(train(t, method, lr, s, steps), t)) for s, t in tables.items()]))
              for lr in LR_GRID}
    best = max(LR_GRID, key=lambda lr: (scores[lr], -lr))
    return best, scores


def protocol_commit() -> str | None:
    """The commit that last changed docs/ablation.md's protocol, cited by the results."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%h", "--grep", "protocol", "--", "docs/ablation.md"],
                             cwd=HERE.parents[1], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return out or None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=30)
    parser.add_argument("--steps", type=int, default=120)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    methods = args.methods.split(",")
    started = time.time()
    results = {"benchmark": "ablation", "protocol_commit": protocol_commit(), "steps": args.steps, "group": GROUP,
               "lr_grid": list(LR_GRID), "tuning_seeds": list(TUNING_SEEDS), "seeds": list(range(args.seeds)),
               "methods": methods, "scenarios": {}}
    for name in args.scenarios.split(","):
        scenario = SCENARIOS[name]
        tables = {s: make_table(scenario, s) for s in range(args.seeds)}
        entry = {"targets": tables[0].targets.tolist(), "dimensions": tables[0].dim_ids, "methods": {}}
        for method in methods:
            lr, scores = tune(scenario, method, args.steps)
            runs, worst, violation = [], [], []
            for seed, table in tables.items():
                curves = train(table, method, lr, seed, args.steps)
                runs.append(metrics(curves, table))
                worst.append(np.minimum(curves["attainment"] / table.targets, 1).min(axis=1))
                violation.append(curves["critical_violation"])
            entry["methods"][method] = {
                "lr": lr, "tuning_scores": {str(k): v for k, v in scores.items()}, "runs": runs,
                "curve_worst": np.mean(worst, axis=0).round(5).tolist(),
                "curve_violation": np.mean(violation, axis=0).round(6).tolist(),
            }
            print(f"{name} {method}: lr {lr}, {time.time() - started:.0f} s", file=sys.stderr, flush=True)
        results["scenarios"][name] = entry
    results["wall_seconds"] = round(time.time() - started)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
