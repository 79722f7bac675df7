"""Figures for the HTML report, drawn with matplotlib and inlined as SVG text."""

from __future__ import annotations

import io

CATEGORY_ORDER = ("fundamental", "expert", "feedback", "format")


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def _figure(width: float, height: float):
    import matplotlib

    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "quark", "font.size": 9})
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height))


def heatmap(rows: list[dict]) -> str:
    """Category x dimension grid; colour is attainment minus target (green above, red below)."""
    import numpy as np

    categories = [c for c in CATEGORY_ORDER if any(r["category"] == c for r in rows)]
    categories += sorted({r["category"] for r in rows} - set(categories))
    columns = max(sum(1 for r in rows if r["category"] == c) for c in categories)
    grid = np.full((len(categories), columns), np.nan)
    fig = _figure(max(6.0, 1.9 * columns), 0.9 * len(categories) + 0.8)
    ax = fig.subplots()
    for y, category in enumerate(categories):
        members = [r for r in rows if r["category"] == category]
        for x, row in enumerate(members):
            if row["gap"] is not None:
                grid[y, x] = -row["gap"]
            label = row["dimension"].replace("_", " ")
            value = "n/a" if row["attained"] is None else f"{row['attained']:.2f} / {row['target']:.2f}"
            dark = row["gap"] is not None and row["gap"] > 0.2
            ax.text(x, y, f"{label}\n{value}", ha="center", va="center", fontsize=7,
                    color="white" if dark else "black")
    ax.imshow(np.ma.masked_invalid(grid), cmap="RdYlGn", vmin=-0.3, vmax=0.3, aspect="auto")
    ax.set_yticks(range(len(categories)), categories)
    ax.set_xticks([])
    ax.set_title("Attained vs target (green: at or above, red: below)")
    return _svg(fig)


def target_bars(rows: list[dict]) -> str:
    """One bar per dimension (attained) with its target marked."""
    shown = [r for r in rows if r["attained"] is not None]
    fig = _figure(7.5, 0.28 * len(shown) + 0.9)
    ax = fig.subplots()
    ys = range(len(shown))
    colors = ["#c0392b" if r["below_target"] else "#27ae60" for r in shown]
    ax.barh(list(ys), [r["attained"] for r in shown], color=colors)
    ax.scatter([r["target"] for r in shown], list(ys), marker="|", s=200, color="black", label="target")
    ax.set_yticks(list(ys), [r["dimension"] for r in shown])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("pass rate (or mean)")
    ax.legend(loc="lower right")
    return _svg(fig)


def comparison_plot(rows: list[dict]) -> str:
    """Delta against the baseline per dimension, with its 95% bootstrap interval."""
    fig = _figure(7.5, 0.28 * len(rows) + 0.9)
    ax = fig.subplots()
    ys = list(range(len(rows)))
    deltas = [r["delta"] for r in rows]
    errors = [[r["delta"] - r["ci_low"] for r in rows], [r["ci_high"] - r["delta"] for r in rows]]
    colors = ["#c0392b" if r["direction"] == "regression" else "#27ae60" if r["direction"] == "improvement"
              else "#7f8c8d" for r in rows]
    ax.errorbar(deltas, ys, xerr=errors, fmt="none", ecolor="#555555", capsize=2)
    ax.scatter(deltas, ys, color=colors, zorder=3)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(ys, [r["dimension"] for r in rows])
    ax.invert_yaxis()
    ax.set_xlabel("current - baseline (95% bootstrap interval)")
    return _svg(fig)
