"""Intervals for the statements a diagnosis makes: Wilson for rates, Fisher-z for correlations, the bootstrap
for means and paired differences; each works from compact arrays or running sums, never from records."""

from __future__ import annotations

import math

import numpy as np

Z95 = 1.959963984540054
BOOTSTRAP = 2000
# Above this many resampled values (resamples x records) the bootstrap resamples distinct values with their
# counts (exact, and cheap for pass/fail data); with too many distinct values too, it uses the normal
# interval the bootstrap converges to at that size.
DIRECT_BUDGET = 20_000_000
MAX_DISTINCT = 4096


def wilson(successes: int, n: int) -> tuple[float, float] | tuple[None, None]:
    """95% Wilson score interval of a proportion (sensible at 0%, 100% and small n, unlike the normal one)."""
    if n == 0:
        return None, None
    p = successes / n
    denominator = 1 + Z95 ** 2 / n
    centre = (p + Z95 ** 2 / (2 * n)) / denominator
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95 ** 2 / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def fisher_interval(r: float, n: int) -> tuple[float | None, float | None]:
    """95% interval of a Pearson correlation by Fisher's z transform (needs n > 3)."""
    if n <= 3:
        return None, None
    z = math.atanh(max(-1 + 1e-12, min(1 - 1e-12, r)))
    half = Z95 / math.sqrt(n - 3)
    return math.tanh(z - half), math.tanh(z + half)


def correlation(n: float, sa: float, sb: float, saa: float, sbb: float, sab: float) -> float | None:
    """Pearson's r from running sums over the n records where both values are known; None without variance."""
    if n < 2:
        return None
    va, vb = n * saa - sa * sa, n * sbb - sb * sb
    if va <= 1e-12 * max(1.0, n * saa) or vb <= 1e-12 * max(1.0, n * sbb):
        return None
    return float(max(-1.0, min(1.0, (n * sab - sa * sb) / math.sqrt(va * vb))))


def bootstrap_interval(values: np.ndarray, rng: np.random.Generator) -> tuple[float, float]:
    """Percentile 95% interval of the mean of ``values`` (records resampled with replacement)."""
    values = np.asarray(values, dtype=float)
    n = len(values)
    if np.all(values == values[0]):
        return float(values[0]), float(values[0])
    if n * BOOTSTRAP <= DIRECT_BUDGET:
        means = np.concatenate([values[rng.integers(0, n, (200, n))].mean(axis=1) for _ in range(BOOTSTRAP // 200)])
    else:
        distinct, counts = np.unique(values, return_counts=True)
        if len(distinct) > MAX_DISTINCT:
            half = Z95 * float(values.std(ddof=1)) / math.sqrt(n)
            return float(values.mean()) - half, float(values.mean()) + half
        means = rng.multinomial(n, counts / n, size=BOOTSTRAP) @ distinct / n
    return float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))
