"""Pairing a run with its baseline while it streams, and the records whose verdict flipped.

The baseline is read first, into compact columns plus an id -> index dict (about 100-150 bytes per record
for the key string and the dict slot: ~150 MB at a million records). The current run then streams: each
chunk's keys are looked up, the match array gets the baseline index (-1 when there is none), and a record
whose failure verdict differs from its baseline's on a dimension is a flip. The first ``FLIP_CAP`` flips per
dimension and direction keep their excerpts and evidence (all of them on any input that small); every flip
is counted. A last pass over the baseline fetches the kept flips' baseline evidence.
"""

from __future__ import annotations

from array import array
from collections import Counter

import numpy as np

from ..risk import Risk
from .load import DiagnoseError, Scores, record_key, scored_lines

FLIP_CAP = 1000
PASS_TO_FAIL, FAIL_TO_PASS = "pass_to_fail", "fail_to_pass"
ARROWS = {PASS_TO_FAIL: "pass → fail", FAIL_TO_PASS: "fail → pass"}


class Pairing:
    """Called per chunk of the current run (``load_scores(on_chunk=...)``): matches records, finds flips."""

    def __init__(self, baseline: Scores):
        self.baseline = baseline
        self.dim_ids: list[str] = []
        self.shared: list[tuple[int, int]] = []
        self.matched = array("q")
        self.taken = np.zeros(baseline.n, dtype=bool)
        self.flips: list[dict] = []
        self.counts: dict[tuple[str, str], int] = {}

    def __call__(self, scores: Scores, lines: list[dict], failed: np.ndarray) -> None:
        if not self.dim_ids:
            self.dim_ids = [d.id for d in scores.dims]
            by_id = {d.id: j for j, d in enumerate(self.baseline.dims)}
            self.shared = [(j, by_id[d]) for j, d in enumerate(self.dim_ids) if d in by_id]
            self.counts = {(d, way): 0 for d in self.dim_ids for way in (PASS_TO_FAIL, FAIL_TO_PASS)}
        keys = [record_key(line) for line in lines]
        index = np.array([self.baseline.keys.get(key, -1) for key in keys], dtype=np.int64)
        hit = index >= 0
        for i in np.flatnonzero(hit):
            if self.taken[index[i]]:
                raise DiagnoseError(f"{scores.path}: record id {keys[i]!r} occurs more than once, so records "
                                    "cannot be paired with the baseline; give every (id, sample_index) one line")
            self.taken[index[i]] = True
        self.matched.extend(index.tolist())
        rows = np.flatnonzero(hit)
        for j, bj in self.shared:
            new, old = failed[rows, j], self.baseline.failed[index[rows], bj]
            for direction, flipped in ((PASS_TO_FAIL, (old == 0) & (new == 1)),
                                       (FAIL_TO_PASS, (old == 1) & (new == 0))):
                for i in rows[flipped]:
                    self._flip(lines[i], self.dim_ids[j], direction)

    def _flip(self, line: dict, dim_id: str, direction: str) -> None:
        self.counts[dim_id, direction] += 1
        if self.counts[dim_id, direction] > FLIP_CAP:
            return
        result = line["dimensions"].get(dim_id) or {}
        excerpt = line.get("excerpt") or {}
        self.flips.append({"dimension": dim_id, "direction": direction, "id": line["id"], "key": record_key(line),
                           "tags": line.get("tags") or [], "prompt": excerpt.get("prompt", ""),
                           "response": excerpt.get("response", ""), "raw": result.get("raw"),
                           "evidence": result.get("evidence") or [], "baseline_raw": None,
                           "baseline_evidence": [], "baseline_response": ""})

    def match(self) -> np.ndarray:
        return np.frombuffer(self.matched, dtype=np.int64).copy()

    def result(self, risks: dict[str, str]) -> dict:
        """The flips (pass -> fail first, riskiest dimension first, then file order), with baseline evidence."""
        wanted: dict[str, list[dict]] = {}
        for flip in self.flips:
            wanted.setdefault(flip.pop("key"), []).append(flip)
        if wanted:
            for _, line in scored_lines(self.baseline.path, Counter()):
                for flip in wanted.get(record_key(line), ()):
                    result = line["dimensions"].get(flip["dimension"]) or {}
                    flip.update(baseline_raw=result.get("raw"), baseline_evidence=result.get("evidence") or [],
                                baseline_response=(line.get("excerpt") or {}).get("response", ""))
        order = {d: i for i, d in enumerate(self.dim_ids)}
        self.flips.sort(key=lambda f: (f["direction"] != PASS_TO_FAIL, Risk(risks[f["dimension"]]).rank,
                                       order[f["dimension"]]))
        counts = [{"dimension": d, "direction": direction, "n": n, "n_kept": min(n, FLIP_CAP)}
                  for (d, direction), n in self.counts.items() if n]
        return {"cap": FLIP_CAP, "counts": counts, "items": self.flips}
