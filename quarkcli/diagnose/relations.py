"""How dimensions relate: co-failure and conflicts; and how a run compares with a baseline."""

from __future__ import annotations

import numpy as np

from .load import DiagnoseError, Scores

REDUNDANT = 0.8
CONFLICT = -0.3
MIN_PAIRED = 5
BOOTSTRAP = 2000


def _corr(a: np.ndarray, b: np.ndarray) -> tuple[float | None, int]:
    both = ~np.isnan(a) & ~np.isnan(b)
    n = int(both.sum())
    if n < MIN_PAIRED or np.std(a[both]) == 0 or np.std(b[both]) == 0:
        return None, n
    return float(np.corrcoef(a[both], b[both])[0, 1]), n


def cofailure(scores: Scores) -> list[dict]:
    """Pairs of dimensions whose failures coincide (likely redundant) or oppose (conflicts)."""
    failed, outcome = scores.failed(), scores.outcome()
    pairs = []
    for a in range(len(scores.dims)):
        for b in range(a + 1, len(scores.dims)):
            together, n = _corr(failed[:, a], failed[:, b])
            scored, _ = _corr(outcome[:, a], outcome[:, b])
            if together is None and scored is None:
                continue
            both_fail = int(((failed[:, a] == 1) & (failed[:, b] == 1)).sum())
            relation = ("redundant" if together is not None and together >= REDUNDANT
                        else "conflict" if scored is not None and scored <= CONFLICT else None)
            pairs.append({"a": scores.dims[a].id, "b": scores.dims[b].id, "failure_correlation": together,
                          "score_correlation": scored, "n_both_failed": both_fail, "n_paired": n,
                          "relation": relation})
    pairs.sort(key=lambda p: -max(abs(p["failure_correlation"] or 0), abs(p["score_correlation"] or 0)))
    return pairs


def _first_duplicate(ids: list[str]) -> str | None:
    seen: set[str] = set()
    for record_id in ids:
        if record_id in seen:
            return record_id
        seen.add(record_id)
    return None


def compare(current: Scores, baseline: Scores, seed: int = 0) -> tuple[dict, list[str]]:
    """Per-dimension paired deltas (current - baseline) with bootstrap 95% intervals."""
    warnings = []
    for scores in (current, baseline):
        duplicate = _first_duplicate(scores.ids)
        if duplicate is not None:
            raise DiagnoseError(f"{scores.path}: record id {duplicate!r} occurs more than once, so records cannot "
                                "be paired with the baseline; give every (id, sample_index) one line")
    base_index = {record_id: i for i, record_id in enumerate(baseline.ids)}
    matched = [(i, base_index[r]) for i, r in enumerate(current.ids) if r in base_index]
    if not matched:
        raise DiagnoseError(f"the baseline {baseline.path} shares no record ids with {current.path}")
    if len(matched) < max(len(current.ids), len(baseline.ids)):
        warnings.append(f"baseline comparison uses {len(matched)} records matched by id "
                        f"({len(current.ids)} in the scores, {len(baseline.ids)} in the baseline)")
    cur_idx, base_idx = np.array([m[0] for m in matched]), np.array([m[1] for m in matched])
    base_dims = {d.id: j for j, d in enumerate(baseline.dims)}
    rng = np.random.default_rng(seed)
    rows = []
    for j, dim in enumerate(current.dims):
        if dim.id not in base_dims:
            continue
        new = current.outcome()[cur_idx, j]
        old = baseline.outcome()[base_idx, base_dims[dim.id]]
        both = ~np.isnan(new) & ~np.isnan(old)
        diff = new[both] - old[both]
        if not len(diff):
            continue
        low, high = _bootstrap(diff, rng)
        significant = low > 0 or high < 0
        rows.append({
            "dimension": dim.id, "risk": dim.risk, "n_paired": int(len(diff)),
            "baseline": float(old[both].mean()), "current": float(new[both].mean()), "delta": float(diff.mean()),
            "ci_low": low, "ci_high": high, "significant": bool(significant),
            "direction": ("regression" if high < 0 else "improvement" if low > 0 else "unchanged"),
        })
    return {"n_matched": len(matched), "dimensions": rows,
            "regressions": [r["dimension"] for r in rows if r["direction"] == "regression"],
            "improvements": [r["dimension"] for r in rows if r["direction"] == "improvement"]}, warnings


def _bootstrap(diff: np.ndarray, rng: np.random.Generator) -> tuple[float, float]:
    """Percentile interval of the mean paired difference, resampling records."""
    if np.all(diff == diff[0]):
        return float(diff[0]), float(diff[0])
    means = np.concatenate([diff[rng.integers(0, len(diff), (200, len(diff)))].mean(axis=1)
                            for _ in range(BOOTSTRAP // 200)])
    return float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))
