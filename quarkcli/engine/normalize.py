"""Reference-Frozen Normalization: raw scores in units of the reference policy."""

from __future__ import annotations

import numpy as np

from .reference import GRID_SIZE, Reference
from .settings import NormalizationSettings

LOGISTIC_PROBIT = 1.702  # logit(q) / 1.702 approximates the standard normal quantile


class Normalizer:
    """Maps an (records x dimensions) array of raw scores, NaN for null, to normalized scores.

    Degenerate cases (docs/engine.md): a dimension absent from or never scored in
    the reference normalizes to NaN (unscored); a constant reference (std 0,
    e.g. a binary check it always passes) maps its own value to 0 and anything
    else to +/-clip; a tiny reference (fewer than ``min_reference`` scored
    records) is used as is but reported in ``warnings``.
    """

    def __init__(self, dim_ids: list[str], reference: Reference | None, settings: NormalizationSettings):
        self.settings = settings
        self.method = settings.method if reference is not None else "none"
        d = len(dim_ids)
        self.available = np.zeros(d, dtype=bool)
        self.mean = np.zeros(d)
        self.scale = np.ones(d)
        self.grid = np.full((d, GRID_SIZE), np.nan)
        self.warnings: list[str] = []
        if reference is None:
            return
        for i, dim_id in enumerate(dim_ids):
            stats = reference.stats(dim_id)
            if not stats or not stats["n"]:
                self.warnings.append(f"{dim_id}: never scored in the reference; its normalized values are null")
                continue
            self.available[i] = True
            self.mean[i] = stats["mean"]
            spread = stats["max"] - stats["min"]
            self.scale[i] = max(stats["std"], settings.sigma_floor * spread)
            if stats["n"] < settings.min_reference:
                self.warnings.append(f"{dim_id}: tiny reference ({stats['n']} scored records, fewer than "
                                     f"{settings.min_reference}); its normalization is noisy")
            if self.scale[i] == 0:
                self.warnings.append(f"{dim_id}: constant in the reference (always {stats['mean']:g}); "
                                     f"any other value normalizes to +/-{settings.clip:g}")
            self.grid[i] = stats["grid"]

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        if self.method == "none":
            return raw.copy()
        clip = self.settings.clip
        out = np.full(raw.shape, np.nan)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[:] = np.clip(SCALES[self.method](self, raw), -clip, clip)
        out[:, ~self.available] = np.nan
        out[np.isnan(raw)] = np.nan
        return out

    def _zscore(self, raw: np.ndarray) -> np.ndarray:
        """Distance from the reference mean in reference standard deviations (floored)."""
        diff = raw - self.mean
        constant = self.scale == 0
        z = diff / np.where(constant, 1.0, self.scale)
        tied = np.abs(diff) <= 1e-12 * (1.0 + np.abs(self.mean))
        return np.where(constant, np.where(tied, 0.0, np.sign(diff) * self.settings.clip), z)

    def quantile(self, raw: np.ndarray) -> np.ndarray:
        """Each raw value's mid-rank in the reference distribution (its quantile grid), in [0, 1];
        NaN where the value or the dimension's reference is missing. Invariant under any increasing
        change of the raw scale that the reference shares."""
        q = np.full(raw.shape, np.nan)
        size = self.grid.shape[1]
        for j in np.flatnonzero(self.available):
            grid = self.grid[j]
            # Ties are judged with a tolerance relative to the reference range, so that
            # rounding in a rescaled copy of the data cannot turn a tie into an order.
            tolerance = 1e-9 * (grid[-1] - grid[0])
            below = np.searchsorted(grid, raw[:, j] - tolerance, side="left")
            at_or_below = np.searchsorted(grid, raw[:, j] + tolerance, side="right")
            q[:, j] = np.where(np.isnan(raw[:, j]), np.nan, (below + at_or_below) / (2.0 * size))
        return q

    def _quantile(self, raw: np.ndarray) -> np.ndarray:
        """The reference quantile in z-like units (kept off 0 and 1 by half a grid step)."""
        size = self.grid.shape[1]
        q = np.clip(self.quantile(raw), 0.5 / size, 1 - 0.5 / size)
        return np.log(q / (1 - q)) / LOGISTIC_PROBIT


SCALES = {"zscore": Normalizer._zscore, "quantile": Normalizer._quantile}  # normalization.method -> scale
