"""Closing the loop: ranked recommendations, and initial weights for training."""

from __future__ import annotations

from ..engine import Engine
from ..risk import Risk
from ..spec import Spec
from .load import Scores

KIND_ORDER = {"regression": 0, "below_target": 1, "feedback_gap": 2, "conflict": 3, "redundant": 4}


def recommendations(matrix: dict, attribution: list[dict], relations: list[dict],
                    comparison: dict | None, feedback: dict | None) -> list[dict]:
    """Plain-language next steps: regressions, then dimensions below target (riskiest, then furthest
    below first), then feedback the offline checks miss, then conflicts and redundancy."""
    by_dim = {a["dimension"]: a for a in attribution}
    items = []
    for row in matrix["dimensions"]:
        if not row["below_target"]:
            continue
        text = f"{row['dimension']} attains {row['attained']:.0%} vs target {row['target']:.0%}"
        found = by_dim.get(row["dimension"])
        if found and found["tags"]:
            tag = found["tags"][0]
            text += (f"; {tag['share_of_failures']:.0%} of its {found['n_failures']} failures are "
                     f"'{tag['tag']}' records ({tag['n_failures']} of {tag['n_records']})")
        if found and found["causes"]:
            cause = found["causes"][0]
            text += f"; most common evidence: {cause['cause']} ({cause['share']:.0%})"
        items.append({"dimension": row["dimension"], "kind": "below_target",
                      "key": (Risk(row["risk"]).rank, -row["gap"]), "text": text})
    for row in (comparison or {}).get("dimensions", []):
        if row["direction"] == "regression":
            items.append({"dimension": row["dimension"], "kind": "regression",
                          "key": (Risk(row["risk"]).rank, row["delta"]),
                          "text": regression_text(row) + ("; look at these slices first" if row["concentrated_in"]
                                                          else "")})
    for pair in relations:
        if pair["relation"] == "redundant":
            items.append({"dimension": pair["a"], "kind": "redundant", "key": (0, -pair["failure_correlation"]),
                          "text": f"{pair['a']} and {pair['b']} fail together ({correlation_text(pair, 'failure')}): "
                                  "they may measure the same thing; if so, give both the same redundancy_group "
                                  "so that they share one weight"})
        elif pair["relation"] == "conflict":
            items.append({"dimension": pair["a"], "kind": "conflict", "key": (0, pair["score_correlation"]),
                          "text": f"{pair['a']} and {pair['b']} pull apart ({correlation_text(pair, 'score')}): "
                                  "improving one tends to hurt the other; check their targets together"})
    for row in (feedback or {}).get("dimensions", []):
        offline = row["offline_failure_rate"]
        if row["complaint_rate"] >= 0.05 and offline is not None and offline < row["complaint_rate"] / 2:
            items.append({"dimension": row["dimension"], "kind": "feedback_gap", "key": (0, -row["complaint_rate"]),
                          "text": f"users complain about {row['dimension']} in {row['complaint_rate']:.0%} of feedback "
                                  f"but it fails only {offline:.0%} offline: the check may miss what users see"})
    ordered = sorted(items, key=lambda item: (KIND_ORDER[item["kind"]], item["key"]))
    return [{"rank": rank, "dimension": item["dimension"], "kind": item["kind"], "text": item["text"]}
            for rank, item in enumerate(ordered, start=1)]


def regression_text(row: dict) -> str:
    """One regression, with its interval and the slices it concentrates in (slices.py)."""
    text = (f"{row['dimension']} regressed by {row['delta']:+.3f} against the baseline "
            f"(95% CI {row['ci_low']:+.3f} to {row['ci_high']:+.3f}, {row['n_paired']} records)")
    where = [f"'{c['tag']}' ({c['delta']:+.3f}, 95% CI {c['ci_low']:+.3f} to {c['ci_high']:+.3f}, "
             f"{c['n_paired']} records, {c['share_of_loss']:.0%} of the loss)" for c in row["concentrated_in"]]
    return text + ("; concentrated in " + ", ".join(where) if where else "; spread across slices")


def correlation_text(pair: dict, which: str) -> str:
    """'r = 0.91, 95% CI 0.84 to 0.95, n = 120' for the pair's failure or score correlation."""
    low, high = pair[f"{which}_ci"]
    n = pair["n_paired"] if which == "failure" else pair["n_scored_paired"]
    return f"r = {pair[f'{which}_correlation']:.2f}, 95% CI {low:.2f} to {high:.2f}, n = {n}"


def training_weights(scores: Scores, spec: Spec) -> dict:
    """Initial weights: the engine's fixed point on these scores (its evaluation weights), with its factors,
    from the statistics ``Engine.statistics`` would compute on the whole file, summed chunk by chunk while it
    streamed."""
    engine = Engine(spec)
    engine.settle(scores.learn_stats)
    proposed = engine.weights
    factors = engine.factors()
    return {
        d.id: {"weight": float(proposed[j]), "target": d.target,
               "factors": {name: float(values_[j]) for name, values_ in factors.items()}}
        for j, d in enumerate(spec.dimensions)
    }
