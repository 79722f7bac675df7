"""Engine time per training step: normalise, update weights, combine.

A batch of 1,024 records x 16 dimensions (groups of 8 responses per prompt,
5% nulls, a quarter of the dimensions critical), against a frozen reference.
Reports the median and 95th percentile over repeated steps, for each method.

Usage: python benchmarks/engine_step.py [--steps 300]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from quarkcli.batch import ScoredBatch
from quarkcli.engine import Engine
from quarkcli.engine.reference import build_reference, dimension_stats
from quarkcli.spec import load_spec

N_RECORDS, N_DIMS, GROUP = 1024, 16, 8
RISKS = ["critical", "high", "medium", "low"]


def make_spec(folder: Path, method: str):
    lines = ["name: bench", "version: 1", "weighting:", f"  method: {method}", "dimensions:"]
    for i in range(N_DIMS):
        lines.append(f"  - {{id: d{i}, category: expert, type: length, params: {{max_words: 100}}, "
                     f"risk: {RISKS[i % 4]}, weight: {1 + i % 3}}}")
    path = folder / f"{method}.yaml"
    path.write_text("\n".join(lines) + "\n")
    return load_spec(path)


def batch(rng):
    raw = rng.random((N_RECORDS, N_DIMS))
    raw[:, ::4] = raw[:, ::4] > 0.1
    raw[rng.random(raw.shape) < 0.05] = np.nan
    passed = np.where(np.isnan(raw), np.nan, (raw > 0.5).astype(float))
    return raw, passed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=300)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    groups = [i // GROUP for i in range(N_RECORDS)]
    print(f"# engine step: {N_RECORDS} records x {N_DIMS} dimensions, groups of {GROUP}, {args.steps} steps")
    with tempfile.TemporaryDirectory() as tmp:
        for method in ("tadw", "static", "normalize_then_sum"):
            spec = make_spec(Path(tmp), method)
            ref_raw, _ = batch(rng)
            stats = {f"d{j}": dimension_stats([v for v in ref_raw[:, j] if not np.isnan(v)],
                                             int(np.isnan(ref_raw[:, j]).sum()), 0, 0) for j in range(N_DIMS)}
            engine = Engine(spec, build_reference(spec, N_RECORDS, stats))
            batches = [ScoredBatch.from_arrays(engine.dim_ids, *batch(rng), groups) for _ in range(8)]
            times = []
            for step in range(args.steps):
                scored = batches[step % len(batches)]
                start = time.perf_counter()
                engine.step(scored)
                times.append(time.perf_counter() - start)
            times.sort()
            print(f"{method:18s} median {statistics.median(times) * 1000:6.2f} ms   "
                  f"p95 {times[int(0.95 * len(times))] * 1000:6.2f} ms")


if __name__ == "__main__":
    main()
