"""Where: the matrix view, and which evidence and tags account for each dimension's failures."""

from __future__ import annotations

import numpy as np

from ..batch import achieved
from ..dimensions import CATEGORIES
from ..risk import Risk
from .load import Scores

SMALL_SLICE = 5
TOP = 5
CANDIDATES = 50


def _ratio(total: float, n: float) -> float | None:
    return float(total / n) if n else None


def matrix(scores: Scores) -> dict:
    """Per dimension and per category; dimensions below target first, riskiest first. Rates and means
    are over the records each dimension applies to (``n_applicable``)."""
    rows = []
    sums = scores.sums
    for j, dim in enumerate(scores.dims):
        mean = _ratio(sums["raw_sum"][j], sums["n_scored"][j])
        pass_rate = _ratio(sums["passed_sum"][j], sums["n_passed_known"][j])
        attained = achieved(pass_rate, mean)
        rows.append({
            "dimension": dim.id, "category": dim.category, "risk": dim.risk, "target": dim.target,
            "mean": mean, "pass_rate": pass_rate,
            "normalized_mean": _ratio(sums["normalized_sum"][j], sums["n_normalized"][j]),
            "attained": attained, "gap": None if attained is None else dim.target - attained,
            "below_target": None if attained is None else attained < dim.target,
            "n_applicable": int(sums["n_applicable"][j]),
            "n_scored": int(sums["n_scored"][j]),
            "n_unscored": int(sums["n_unscored"][j]),
            "n_errors": int(sums["n_errors"][j]),
        })
    rows.sort(key=lambda r: (not r["below_target"], Risk(r["risk"]).rank, -(r["gap"] or 0.0)))
    categories = {}
    present = dict.fromkeys(d.category for d in scores.dims)
    for category in [c for c in CATEGORIES if c in present] + [c for c in present if c not in CATEGORIES]:
        total, n = scores.category_sums.get(category, (0.0, 0))
        members = [r for r in rows if r["category"] == category]
        categories[category] = {
            "mean": total / n if n else None,
            "n_scored": n,
            "n_below_target": sum(1 for r in members if r["below_target"]),
            "n_dimensions": len(members),
        }
    return {"dimensions": rows, "categories": categories}


def attribution(scores: Scores) -> list[dict]:
    """For each dimension with failures: causes (counted once per failing record), tags that concentrate
    them, worst records."""
    out = []
    records, tag_ids = scores.records_with_tag()
    for j, dim in enumerate(scores.dims):
        failed = scores.failed[:, j]
        n_fail = int((failed == 1).sum())
        if not n_fail:
            continue
        n_judged = int((failed >= 0).sum())
        out.append({
            "dimension": dim.id,
            "risk": dim.risk,
            "n_failures": n_fail,
            "n_judged": n_judged,
            "failure_rate": n_fail / n_judged,
            "causes": [{"cause": c, "count": k, "share": k / n_fail} for c, k in scores.causes[j].most_common(TOP)],
            "tags": _tag_concentration(scores.tag_names, failed[records], tag_ids, n_fail, n_judged),
            "worst": [example for _, example in scores.worst[j]],
        })
    return out


def _tag_concentration(names: list[str], failed: np.ndarray, tag_ids: np.ndarray, n_fail: int,
                       n_judged: int) -> list[dict]:
    """``failed``: the dimension's verdict of the record behind each (record, tag) pair."""
    base_rate = n_fail / n_judged
    judged = failed >= 0
    counts = np.bincount(tag_ids[judged], minlength=len(names))
    fail_counts = np.bincount(tag_ids[failed == 1], minlength=len(names))
    tags = np.flatnonzero(fail_counts)
    rates = fail_counts[tags] / counts[tags]
    # Ranked in numpy first, so a tag per record (ids used as tags) costs no dict per tag.
    tags = tags[np.lexsort((-rates, -fail_counts[tags]))[:CANDIDATES]]
    rows = [
        {"tag": names[t], "n_records": int(counts[t]), "n_failures": int(fail_counts[t]),
         "failure_rate": float(fail_counts[t] / counts[t]), "lift": float(fail_counts[t] / counts[t] / base_rate),
         "share_of_failures": float(fail_counts[t] / n_fail), "small": bool(counts[t] < SMALL_SLICE)}
        for t in tags
    ]
    rows.sort(key=lambda r: (-r["share_of_failures"], -r["lift"], r["tag"]))
    return rows[:TOP]
