"""Tables and learning-curve plots for docs/ablation.md, from the raw results in benchmarks/results/.

Rewrites only the part of docs/ablation.md between the table markers, so the
prose around it stays; the plots go beside the doc.

Usage: python benchmarks/ablation/report.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
RESULTS = ROOT / "benchmarks" / "results"
DOC = ROOT / "docs" / "ablation.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
METRICS = [
    ("worst_final", "Worst dim / target, end", "{:.3f}"),
    ("worst_mean", "Worst dim / target, mean over training", "{:.3f}"),
    ("critical_violation_final", "Critical violations, end", "{:.4f}"),
    ("critical_violation_mean", "Critical violations, mean", "{:.4f}"),
    ("steps_to_targets", "Steps until all targets", None),
    ("common_composite_final", "Common composite, end", "{:.3f}"),
    ("stability", "Variance, last 20%", "{:.2e}"),
]


def cell(values, fmt):
    if fmt is None:
        reached = [v for v in values if v is not None]
        if not reached:
            return "not reached"
        text = f"{np.mean(reached):.0f} ± {np.std(reached):.0f}"
        return text + ("" if len(reached) == len(values) else f" ({len(reached)}/{len(values)} seeds)")
    return f"{fmt.format(np.mean(values))} ± {fmt.format(np.std(values))}"


def table(results: dict) -> tuple[str, list[dict]]:
    methods = list(results["runs"])
    lines = ["| Metric | " + " | ".join(f"`{m}`" for m in methods) + " |",
             "|---|" + "---|" * len(methods)]
    rows = []
    for key, label, fmt in METRICS:
        cells = [cell([run["metrics"][key] for run in results["runs"][m]], fmt) for m in methods]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    for m in methods:
        for run in results["runs"][m]:
            rows.append({"benchmark": results["benchmark"], "method": m, "seed": run["seed"], **run["metrics"]})
    return "\n".join(lines), rows


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    targets = np.array(results["targets"])
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
    for method, runs in results["runs"].items():
        worst = np.mean([np.minimum(np.array(r["attainment"]) / targets, 1).min(axis=1) for r in runs], axis=0)
        violation = np.mean([r["critical_violation"] for r in runs], axis=0)
        steps = np.arange(len(worst)) * results.get("eval_every", 1)
        left.plot(steps, worst, label=method)
        right.plot(steps, violation, label=method)
    left.set_title("worst dimension / target (mean over seeds)")
    right.set_title("critical-violation rate (mean over seeds)")
    for ax in (left, right):
        ax.set_xlabel("step")
        ax.grid(alpha=0.3)
    left.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> None:
    sections, rows = [], []
    for name, title in (("policy_gradient", "Controlled policy-gradient benchmark"),
                        ("grpo_tiny", "End-to-end GRPO with the tiny model")):
        path = RESULTS / f"{name}.json"
        if not path.exists():
            print(f"missing {path}; run the benchmark first", file=sys.stderr)
            continue
        results = json.loads(path.read_text(encoding="utf-8"))
        text, more = table(results)
        rows += more
        image = f"ablation-{name}.png"
        plot(results, DOC.parent / image)
        sections.append(f"### {title}\n\n{len(results['seeds'])} seeds, {results['steps']} steps "
                        f"(`benchmarks/results/{name}.json`).\n\n{text}\n\n![{title}]({image})\n")
    with (RESULTS / "ablation.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    doc = DOC.read_text(encoding="utf-8")
    before, _, rest = doc.partition(START)
    _, _, after = rest.partition(END)
    DOC.write_text(f"{before}{START}\n\n" + "\n".join(sections) + f"\n{END}{after}", encoding="utf-8")
    print(f"updated {DOC}")


if __name__ == "__main__":
    main()
