"""docs/ablation.md's results section, generated from benchmarks/results/ablation.json.

Rewrites only the part of the doc between the results markers (the protocol and the reading
around it are written by hand); the curves go beside the doc as PNGs. Every number in the
section comes from the results file, and the acceptance verdicts follow the pre-registered rules.

Usage: python benchmarks/ablation/report.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from methods import BASELINES  # noqa: E402

ROOT = HERE.parents[1]
RESULTS = ROOT / "benchmarks" / "results"
DOC = ROOT / "docs" / "ablation.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
BOOTSTRAP = 10_000
MARGIN = 0.02                  # non-inferiority margin on mean attainment
VIOLATION_LIMIT = 0.01         # end-of-training critical-violation rate allowed in rare-failure scenarios
ACCEPTANCE_SCENARIOS = ("rare_critical_q0.02", "rare_critical_q0.1", "rare_critical_q0.3", "noisy_redundancy")
ABLATIONS = ("quark_no_weakness", "quark_no_risk", "quark_no_redundancy")
COLUMNS = [  # metric, header, format, better ("low" / "high")
    ("violation_mean", "violation, mean", "{:.4f}", "low"),
    ("violation_end", "violation, end", "{:.4f}", "low"),
    ("worst_mean", "worst/target, mean", "{:.3f}", "high"),
    ("worst_end", "worst/target, end", "{:.3f}", "high"),
    ("attainment_end", "mean attainment, end", "{:.3f}", "high"),
    ("steps_to_targets", "steps to all targets", None, "low"),
]


def values(runs: list[dict], key: str, steps: int) -> np.ndarray:
    """One metric over seeds; a run that never meets all targets counts as `steps` (censored)."""
    return np.array([steps if r[key] is None else r[key] for r in runs], dtype=float)


def paired_ci(a: np.ndarray, b: np.ndarray) -> tuple[float, float, float]:
    """Mean of a - b over seeds and its paired bootstrap 95% interval (fixed resampling seed)."""
    diff = a - b
    idx = np.random.default_rng(0).integers(len(diff), size=(BOOTSTRAP, len(diff)))
    means = diff[idx].mean(axis=1)
    return float(diff.mean()), float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))


def verdict(ci: tuple[float, float, float], better: str) -> str:
    """win / loss when the interval excludes 0 on one side, tie otherwise."""
    _, low, high = ci
    if (better == "low" and high < 0) or (better == "high" and low > 0):
        return "win"
    if (better == "low" and low > 0) or (better == "high" and high < 0):
        return "loss"
    return "tie"


def summary_table(entry: dict, steps: int) -> str:
    lines = ["| method | lr | " + " | ".join(h for _, h, _, _ in COLUMNS) + " |",
             "|---|---|" + "---|" * len(COLUMNS)]
    for method, data in entry["methods"].items():
        cells = []
        for key, _, fmt, _ in COLUMNS:
            if fmt is None:
                reached = [r[key] for r in data["runs"] if r[key] is not None]
                cells.append(f"{np.median(reached):.0f} ({len(reached)}/{len(data['runs'])})" if reached
                             else f"— (0/{len(data['runs'])})")
            else:
                v = values(data["runs"], key, steps)
                cells.append(f"{fmt.format(v.mean())} ± {fmt.format(v.std())}")
        lines.append(f"| `{method}` | {data['lr']:g} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def comparisons(entry: dict, steps: int, others: tuple[str, ...]) -> tuple[str, dict]:
    """quark - each other method: mean difference [95% CI] and verdict per metric."""
    quark = entry["methods"]["quark"]["runs"]
    lines = ["| quark − … | " + " | ".join(h for _, h, _, _ in COLUMNS) + " |", "|---|" + "---|" * len(COLUMNS)]
    verdicts: dict = {}
    for other in others:
        if other not in entry["methods"]:
            continue
        cells = []
        for key, _, fmt, better in COLUMNS:
            ci = paired_ci(values(quark, key, steps), values(entry["methods"][other]["runs"], key, steps))
            if key == "attainment_end":
                v = "non-inferior" if ci[1] > -MARGIN else "inferior"
            else:
                v = verdict(ci, better)
            verdicts.setdefault(other, {})[key] = v
            f = fmt or "{:.1f}"
            cells.append(f"{f.format(ci[0])} [{f.format(ci[1])}, {f.format(ci[2])}] {v}")
        lines.append(f"| `{other}` | " + " | ".join(cells) + " |")
    return "\n".join(lines), verdicts


def acceptance(results: dict, all_verdicts: dict) -> str:
    """The issue-12 acceptance items, each with the numbers that decide it."""
    lines = []
    steps = results["steps"]
    for name in ACCEPTANCE_SCENARIOS[:3]:
        entry = results["scenarios"].get(name)
        if entry is None:
            continue
        end = values(entry["methods"]["quark"]["runs"], "violation_end", steps)
        met = "met" if end.mean() <= VIOLATION_LIMIT else "NOT met"
        lines.append(f"- `{name}`: quark's end-of-training violation {end.mean():.4f} (mean over seeds; "
                     f"{(end <= VIOLATION_LIMIT).sum()}/{len(end)} seeds ≤ {VIOLATION_LIMIT}) — {met}.")
    for name in ACCEPTANCE_SCENARIOS:
        v = all_verdicts.get(name)
        if v is None:
            continue
        parts = []
        for key, label in (("violation_mean", "violation (mean)"), ("worst_mean", "worst/target (mean)"),
                           ("attainment_end", "non-inferior attainment")):
            good = "non-inferior" if key == "attainment_end" else "win"
            losers = [b for b in v if v[b][key] != good]
            parts.append(f"{label}: {len(v) - len(losers)}/{len(v)}"
                         + (f" (not against {', '.join(f'`{b}`' for b in losers)})" if losers else ""))
        ok = all(v[b][k] in ("win", "non-inferior") for b in v for k in ("violation_mean", "worst_mean",
                                                                           "attainment_end"))
        lines.append(f"- `{name}`: quark beats the baselines on " + "; ".join(parts)
                     + f" — {'met' if ok else 'NOT met'}.")
    return "\n".join(lines)


def plot(results: dict, key: str, title: str, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(results["scenarios"])
    cols = 5
    rows = (len(names) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(3.2 * cols, 2.6 * rows), squeeze=False)
    for ax, name in zip(axes.ravel(), names):
        for i, (method, data) in enumerate(results["scenarios"][name]["methods"].items()):
            style = "-" if method == "quark" else (":" if method.startswith("quark_") else "--")
            ax.plot(data[key], style, color="black" if method == "quark" else plt.cm.tab20(i),
                    linewidth=1.6 if method == "quark" else 0.9, label=method)
        ax.set_title(name, fontsize=8)
        ax.tick_params(labelsize=7)
        ax.grid(alpha=0.3)
    for ax in axes.ravel()[len(names):]:
        ax.axis("off")
    axes[0, 0].legend(fontsize=5)
    fig.suptitle(title + " (mean over held-out seeds; x: step)", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def section(results: dict) -> str:
    """The generated markdown between the markers."""
    steps = results["steps"]
    out = [f"Protocol commit `{results['protocol_commit']}`; {len(results['seeds'])} held-out seeds, "
           f"{steps} steps, G = {results['group']}, learning rate per method and scenario from "
           f"{results['lr_grid']} on tuning seeds {results['tuning_seeds']}; "
           f"{results['wall_seconds']} s wall (`benchmarks/results/ablation.json`).", ""]
    all_verdicts = {}
    for name, entry in results["scenarios"].items():
        out += [f"### {name}", "", "Mean ± sd over seeds (steps: median over the seeds that reach all targets):", "",
                summary_table(entry, steps), "",
                "Paired differences, quark − method: mean [bootstrap 95% CI] and verdict "
                f"(steps censored at {steps}):", ""]
        table, verdicts = comparisons(entry, steps, BASELINES + ABLATIONS)
        all_verdicts[name] = {b: v for b, v in verdicts.items() if b in BASELINES}
        out += [table, ""]
    out += ["### Acceptance (issue 12)", "", acceptance(results, all_verdicts), "",
            "![critical-violation curves](ablation-violation.png)", "",
            "![worst-dimension curves](ablation-worst.png)", ""]
    return "\n".join(out)


def write_csv(results: dict, path: Path) -> None:
    """A flat per-seed table of every metric, for spreadsheets."""
    rows = [{"scenario": name, "method": method, "lr": data["lr"], "seed": seed, **run}
            for name, entry in results["scenarios"].items() for method, data in entry["methods"].items()
            for seed, run in zip(results["seeds"], data["runs"])]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    results = json.loads((RESULTS / "ablation.json").read_text(encoding="utf-8"))
    plot(results, "curve_violation", "Critical-violation rate", DOC.parent / "ablation-violation.png")
    plot(results, "curve_worst", "Worst dimension / target", DOC.parent / "ablation-worst.png")
    write_csv(results, RESULTS / "ablation.csv")
    doc = DOC.read_text(encoding="utf-8")
    before, _, rest = doc.partition(START)
    _, _, after = rest.partition(END)
    DOC.write_text(f"{before}{START}\n\n{section(results)}\n{END}{after}", encoding="utf-8")
    print(f"updated {DOC}")


if __name__ == "__main__":
    main()
