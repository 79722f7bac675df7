"""Turning per-dimension scores into one reward per record."""

from __future__ import annotations

import numpy as np


def group_codes(groups: list) -> np.ndarray:
    """Dense integer codes for group keys, in order of first appearance."""
    codes: dict = {}
    return np.array([codes.setdefault(g, len(codes)) for g in groups], dtype=np.int64)


def weighted_composite(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted mean over the non-null dimensions of each record (NaN when none)."""
    known = ~np.isnan(values)
    # Row sums, not a matrix product: BLAS may round a row differently depending on where it sits in the
    # matrix, and a record's composite must not depend on its neighbours (quark score is order-free).
    numerator = (np.where(known, values, 0.0) * weights).sum(axis=1)
    denominator = (known * weights).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(denominator > 0, numerator / denominator, np.nan)


def safety_gate(reward: np.ndarray, failed_critical: np.ndarray, codes: np.ndarray,
                margin: float | np.ndarray) -> np.ndarray:
    """Within each group, put responses failing a critical dimension below every response passing them all,
    by ``margin`` (one number, or one per response)."""
    passing = ~failed_critical & ~np.isnan(reward)
    lowest_pass = np.full(codes.max() + 1 if len(codes) else 0, np.inf)
    np.minimum.at(lowest_pass, codes[passing], reward[passing])
    cap = lowest_pass[codes] - margin
    gated = failed_critical & np.isfinite(cap)
    return np.where(gated, np.fmin(reward, cap), reward)


def group_centred(reward: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Each reward minus its group's mean (over non-null rewards): what GRPO's advantage is without scaling."""
    known = ~np.isnan(reward)
    n_groups = int(codes.max()) + 1 if len(codes) else 0
    total, count = np.zeros(n_groups), np.zeros(n_groups)
    np.add.at(total, codes[known], reward[known])
    np.add.at(count, codes[known], 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return reward - (total / count)[codes]


def _group_mean_std(values: np.ndarray, codes: np.ndarray, n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-group mean and sample std (ddof=1) of each column, ignoring NaN."""
    known = ~np.isnan(values)
    x = np.where(known, values, 0.0)
    count = np.zeros((n_groups, values.shape[1]))
    total = np.zeros_like(count)
    np.add.at(count, codes, known.astype(float))
    np.add.at(total, codes, x)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = total / count
        squares = np.zeros_like(count)
        np.add.at(squares, codes, np.where(known, (values - mean[codes]) ** 2, 0.0))
        std = np.sqrt(squares / (count - 1))
    return mean, std


def normalize_then_sum(raw: np.ndarray, weights: np.ndarray, codes: np.ndarray, epsilon: float) -> np.ndarray:
    """GDPO (arXiv 2601.05242) / TRL normalize_then_sum.

    Each reward is normalised within its prompt's group, (r - mean) / (std + eps);
    the weighted sum is then whitened over the batch. Nulls, and groups with one
    scored response, contribute 0.
    """
    mean, std = _group_mean_std(raw, codes, int(codes.max()) + 1 if len(codes) else 0)
    with np.errstate(invalid="ignore"):
        advantage = (raw - mean[codes]) / (std[codes] + epsilon)
    total = np.nan_to_num(advantage, nan=0.0) @ weights
    if len(total) < 2:
        return np.zeros_like(total)
    return (total - total.mean()) / (total.std(ddof=1) + epsilon)
