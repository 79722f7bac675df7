"""How dimensions relate: co-failure and conflicts; and how a run compares with a baseline.

Every statement carries its n and a 95% interval (Fisher-z for correlations, Wilson for the co-failure
rate); pairs with fewer than ``MIN_RELATION_N`` records scored by both are marked ``small`` and never
flagged or recommended on, because a correlation from a handful of records says next to nothing.
"""

from __future__ import annotations

import numpy as np

from .load import Scores
from .stats import bootstrap_interval, correlation, fisher_interval, wilson

REDUNDANT = 0.8
CONFLICT = -0.3
MIN_PAIRED = 5
MIN_RELATION_N = 30


def _corr(sums, a: int, b: int) -> tuple[float | None, int, list]:
    terms = sums.terms(a, b)
    n = int(terms[0])
    r = correlation(*terms) if n >= MIN_PAIRED else None
    return r, n, list(fisher_interval(r, n)) if r is not None else [None, None]


def cofailure(scores: Scores) -> list[dict]:
    """Pairs of dimensions whose failures coincide (likely redundant) or oppose (conflicts), with n and CIs."""
    pairs = []
    for a in range(len(scores.dims)):
        for b in range(a + 1, len(scores.dims)):
            together, n, together_ci = _corr(scores.failure_pairs, a, b)
            scored, n_scored, scored_ci = _corr(scores.outcome_pairs, a, b)
            if together is None and scored is None:
                continue
            _, fails_a, fails_b, _, _, both = scores.failure_pairs.terms(a, b)
            both, either = int(both), int(fails_a + fails_b - both)
            small = n < MIN_RELATION_N and n_scored < MIN_RELATION_N
            relation = None
            if together is not None and together >= REDUNDANT and n >= MIN_RELATION_N:
                relation = "redundant"
            elif scored is not None and scored <= CONFLICT and n_scored >= MIN_RELATION_N:
                relation = "conflict"
            pairs.append({"a": scores.dims[a].id, "b": scores.dims[b].id,
                          "failure_correlation": together, "failure_ci": together_ci, "n_paired": n,
                          "score_correlation": scored, "score_ci": scored_ci, "n_scored_paired": n_scored,
                          "n_both_failed": both, "n_either_failed": either,
                          "cofailure_rate": both / either if either else None,
                          "cofailure_ci": list(wilson(both, either)), "small": small, "relation": relation})
    pairs.sort(key=lambda p: (p["small"], -max(abs(p["failure_correlation"] or 0), abs(p["score_correlation"] or 0))))
    return pairs


def compare(current: Scores, baseline: Scores, match: np.ndarray, seed: int = 0) -> dict:
    """Per-dimension paired deltas (current - baseline) with bootstrap 95% intervals; ``match`` gives each
    current record's baseline index (-1: unmatched)."""
    cur_idx = np.flatnonzero(match >= 0)
    base_idx = match[cur_idx]
    base_dims = {d.id: j for j, d in enumerate(baseline.dims)}
    rng = np.random.default_rng(seed)
    rows = []
    for j, dim in enumerate(current.dims):
        if dim.id not in base_dims:
            continue
        new = current.outcome(j)[cur_idx]
        old = baseline.outcome(base_dims[dim.id])[base_idx]
        both = ~np.isnan(new) & ~np.isnan(old)
        diff = new[both] - old[both]
        if not len(diff):
            continue
        low, high = bootstrap_interval(diff, rng)
        rows.append({
            "dimension": dim.id, "risk": dim.risk, "n_paired": int(len(diff)),
            "baseline": float(old[both].mean()), "current": float(new[both].mean()), "delta": float(diff.mean()),
            "ci_low": low, "ci_high": high, "significant": bool(low > 0 or high < 0),
            "direction": ("regression" if high < 0 else "improvement" if low > 0 else "unchanged"),
            "concentrated_in": [],
        })
    return {"n_matched": int(len(cur_idx)), "dimensions": rows,
            "regressions": [r["dimension"] for r in rows if r["direction"] == "regression"],
            "improvements": [r["dimension"] for r in rows if r["direction"] == "improvement"]}
