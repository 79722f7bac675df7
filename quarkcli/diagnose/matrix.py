"""Where: the matrix view, and which evidence and tags account for each dimension's failures."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from ..batch import achieved
from ..dimensions import CATEGORIES
from ..risk import Risk
from .load import Scores

SMALL_SLICE = 5
TOP = 5


def _mean(values: np.ndarray) -> float | None:
    known = values[~np.isnan(values)]
    return float(known.mean()) if len(known) else None


def matrix(scores: Scores) -> dict:
    """Per dimension and per category; dimensions below target first, riskiest first. Rates and means
    are over the records each dimension applies to (``n_applicable``)."""
    rows = []
    batch = scores.batch
    errors = batch.error_mask
    raw, passed = batch.scored_raw, batch.scored_passed
    for j, dim in enumerate(scores.dims):
        applicable = batch.applicable[:, j]
        mean, pass_rate = _mean(raw[:, j]), _mean(passed[:, j])
        attained = achieved(pass_rate, mean)
        rows.append({
            "dimension": dim.id, "category": dim.category, "risk": dim.risk, "target": dim.target,
            "mean": mean, "pass_rate": pass_rate, "normalized_mean": _mean(batch.normalized[:, j]),
            "attained": attained, "gap": None if attained is None else dim.target - attained,
            "below_target": None if attained is None else attained < dim.target,
            "n_applicable": int(applicable.sum()),
            "n_scored": int((~np.isnan(raw[:, j])).sum()),
            "n_unscored": int((applicable & np.isnan(raw[:, j])).sum()),
            "n_errors": int((applicable & errors[:, j]).sum()),
        })
    rows.sort(key=lambda r: (not r["below_target"], Risk(r["risk"]).rank, -(r["gap"] or 0.0)))
    categories = {}
    present = dict.fromkeys(d.category for d in scores.dims)
    for category in [c for c in CATEGORIES if c in present] + [c for c in present if c not in CATEGORIES]:
        values = [line["category_scores"].get(category) for line in scores.lines]
        known = [v for v in values if v is not None]
        members = [r for r in rows if r["category"] == category]
        categories[category] = {
            "mean": sum(known) / len(known) if known else None,
            "n_scored": len(known),
            "n_below_target": sum(1 for r in members if r["below_target"]),
            "n_dimensions": len(members),
        }
    return {"dimensions": rows, "categories": categories}


def cause_key(evidence: str) -> str:
    """Group evidence lines by their rule: the part before ': ', numbers folded."""
    head = evidence.split(": ", 1)[0] if ": " in evidence else evidence
    return re.sub(r"\d+(?:[.,]\d+)*", "N", head)[:120]


def _record_causes(line: dict, dim_id: str) -> dict:
    """A record's distinct causes for one dimension: three overdoses of one drug are one failing record, so a
    cause's share is of failing records and never exceeds 100%."""
    return dict.fromkeys(cause_key(e) for e in line["dimensions"][dim_id].get("evidence") or [])


def attribution(scores: Scores) -> list[dict]:
    """For each dimension with failures: causes, tags that concentrate them, worst records."""
    failed = scores.failed()
    tags = [line.get("tags") or [] for line in scores.lines]
    out = []
    for j, dim in enumerate(scores.dims):
        judged = ~np.isnan(failed[:, j])
        fails = np.flatnonzero(failed[:, j] == 1)
        if not len(fails):
            continue
        n_judged, n_fail = int(judged.sum()), len(fails)
        causes = Counter(cause for i in fails for cause in _record_causes(scores.lines[i], dim.id))
        out.append({
            "dimension": dim.id,
            "risk": dim.risk,
            "n_failures": n_fail,
            "n_judged": n_judged,
            "failure_rate": n_fail / n_judged,
            "causes": [{"cause": c, "count": k, "share": k / n_fail} for c, k in causes.most_common(TOP)],
            "tags": _tag_concentration(tags, judged, failed[:, j], n_fail, n_judged),
            "worst": _worst(scores, j, fails),
        })
    return out


def _tag_concentration(tags, judged, failed, n_fail, n_judged) -> list[dict]:
    base_rate = n_fail / n_judged
    counts, fail_counts = Counter(), Counter()
    for i, record_tags in enumerate(tags):
        if judged[i]:
            for tag in set(record_tags):
                counts[tag] += 1
                fail_counts[tag] += failed[i] == 1
    rows = [
        {"tag": tag, "n_records": counts[tag], "n_failures": int(fail_counts[tag]),
         "failure_rate": fail_counts[tag] / counts[tag], "lift": (fail_counts[tag] / counts[tag]) / base_rate,
         "share_of_failures": fail_counts[tag] / n_fail, "small": counts[tag] < SMALL_SLICE}
        for tag in counts if fail_counts[tag]
    ]
    rows.sort(key=lambda r: (-r["share_of_failures"], -r["lift"], r["tag"]))
    return rows[:TOP]


def _worst(scores: Scores, j: int, fails: np.ndarray) -> list[dict]:
    raw, normalized = scores.batch.raw, scores.batch.normalized
    order = sorted(fails, key=lambda i: (np.nan_to_num(raw[i, j], nan=np.inf),
                                         np.nan_to_num(normalized[i, j], nan=np.inf)))
    worst = []
    for i in order[:3]:
        line = scores.lines[i]
        result = line["dimensions"][scores.dims[j].id]
        worst.append({
            "id": line["id"], "raw": result.get("raw"), "tags": line.get("tags") or [],
            "prompt": (line.get("excerpt") or {}).get("prompt", ""),
            "response": (line.get("excerpt") or {}).get("response", ""),
            "evidence": result.get("evidence") or [],
        })
    return worst
