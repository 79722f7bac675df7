"""Slices: the tag x dimension grid (rates with intervals), per-slice deltas against a baseline, and the
slices a regression concentrates in."""

from __future__ import annotations

import numpy as np

from .load import Scores
from .matrix import SMALL_SLICE
from .stats import bootstrap_interval, wilson

MAX_TAGS = 50
CONCENTRATION = 1.5
NAMED = 3


def _tag_rows(scores: Scores) -> tuple[list[int], dict[int, np.ndarray]]:
    """The most frequent tags (at most MAX_TAGS) and the records carrying each."""
    records, tag_ids = scores.records_with_tag()
    order = np.argsort(tag_ids, kind="stable")
    counts = np.bincount(tag_ids, minlength=len(scores.tag_names))
    bounds = np.concatenate([[0], np.cumsum(counts)])
    chosen = sorted(range(len(counts)), key=lambda t: (-counts[t], scores.tag_names[t]))[:MAX_TAGS]
    return chosen, {t: records[order[bounds[t]:bounds[t + 1]]] for t in chosen}


def slices(scores: Scores, rows: list[dict], baseline: Scores | None = None, match: np.ndarray | None = None,
           comparison: dict | None = None, seed: int = 1) -> dict:
    """Each frequent tag x dimension: pass rate (Wilson interval) or mean (bootstrap interval) over the
    applicable records with the tag; with a baseline, the paired delta and its bootstrap interval, and on
    each regressed comparison row the slices it concentrates in."""
    rng = np.random.default_rng(seed)
    chosen, members = _tag_rows(scores)
    by_dim = {r["dimension"]: r for r in rows}
    index = {d.id: j for j, d in enumerate(scores.dims)}
    base_index = {d.id: j for j, d in enumerate(baseline.dims)} if baseline is not None else {}
    cells = []
    for dim_id in [r["dimension"] for r in rows]:
        j, row = index[dim_id], by_dim[dim_id]
        kind = "pass_rate" if row["pass_rate"] is not None else "mean"
        diff = _paired_diff(scores, baseline, match, j, base_index.get(dim_id))
        for t in chosen:
            cell = {"tag": scores.tag_names[t], "dimension": dim_id, "kind": kind,
                    **_rate(scores, j, members[t], kind, rng)}
            cell["below_target"] = None if cell["value"] is None else cell["value"] < row["target"]
            if diff is not None:
                cell.update(_delta(diff, members[t], rng))
            cells.append(cell)
    if comparison is not None:
        for row in comparison["dimensions"]:
            if row["direction"] == "regression":
                diff = _paired_diff(scores, baseline, match, index[row["dimension"]], base_index[row["dimension"]])
                row["concentrated_in"] = _concentration(row, diff, cells)
    return {"n_tags": len(scores.tag_names), "tags": [{"tag": scores.tag_names[t], "n_records": int(len(members[t]))}
                                                      for t in chosen],
            "dimensions": [r["dimension"] for r in rows], "cells": cells}


def _rate(scores: Scores, j: int, records: np.ndarray, kind: str, rng: np.random.Generator) -> dict:
    if kind == "pass_rate":
        verdicts = scores.passed[records, j]
        n, k = int((verdicts >= 0).sum()), int((verdicts == 1).sum())
        low, high = wilson(k, n)
        value = k / n if n else None
    else:
        values = scores.raw[records, j].astype(float)
        values = values[~np.isnan(values)]
        n = len(values)
        value = float(values.mean()) if n else None
        low, high = bootstrap_interval(values, rng) if n else (None, None)
    return {"value": value, "ci_low": low, "ci_high": high, "n": n, "small": n < SMALL_SLICE}


def _paired_diff(scores, baseline, match, j, bj) -> np.ndarray | None:
    """Per current record: its outcome minus its baseline's on one dimension (NaN when not paired)."""
    if baseline is None or bj is None:
        return None
    paired = match >= 0
    old = np.full(scores.n, np.nan)
    old[paired] = baseline.outcome(bj)[match[paired]]
    return scores.outcome(j) - old


def _delta(diff: np.ndarray, records: np.ndarray, rng: np.random.Generator) -> dict:
    values = diff[records]
    values = values[~np.isnan(values)]
    if not len(values):
        return {"delta": None, "delta_ci_low": None, "delta_ci_high": None, "n_paired": 0}
    low, high = bootstrap_interval(values, rng)
    return {"delta": float(values.mean()), "delta_ci_low": low, "delta_ci_high": high, "n_paired": len(values)}


def _concentration(row: dict, diff: np.ndarray, cells: list[dict]) -> list[dict]:
    """Slices whose own delta is significantly negative and that carry a larger share of the loss than of the
    paired records (lift >= CONCENTRATION): where the regression is, rather than everywhere."""
    known = ~np.isnan(diff)
    total, n_total = float(diff[known].sum()), int(known.sum())
    found = []
    for cell in cells:
        if cell["dimension"] != row["dimension"] or cell.get("delta") is None or cell["small"]:
            continue
        if not cell["delta_ci_high"] < 0 or total >= 0:
            continue
        share_of_loss = cell["delta"] * cell["n_paired"] / total
        share_of_records = cell["n_paired"] / n_total
        if share_of_loss / share_of_records >= CONCENTRATION:
            found.append({"tag": cell["tag"], "delta": cell["delta"], "ci_low": cell["delta_ci_low"],
                          "ci_high": cell["delta_ci_high"], "n_paired": cell["n_paired"],
                          "share_of_loss": share_of_loss, "share_of_records": share_of_records})
    found.sort(key=lambda c: (-c["share_of_loss"], c["tag"]))
    return found[:NAMED]
