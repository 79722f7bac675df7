"""Scoring throughput for specs/medical.yaml: records per second, one process, all cores, Ray.

Builds N records by cycling the bundled examples (fresh ids), then measures, in the same run:
1. the JSON I/O floor: read, parse, serialise and write the same records, with the codec quark uses;
2. the in-process scorer (read, score, aggregate), with a per-dimension breakdown;
3. the end-to-end `quark score` command writing scores.jsonl, as a user runs it, with --workers 1 and 2,
   and with --ray local --workers 2 when Ray is installed (with --workers 2 also the CPU time of the parent
   and of its workers, and their peak memory);
4. peak memory for N and 4N records, to show that scoring streams, and --workers 2 on the 4N records.

Usage: python benchmarks/score_throughput.py [--records 10000]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "medical.yaml"
EXAMPLES = ROOT / "examples" / "medical_qa.jsonl"
MODEL_TYPES = ("semantic_red_flags", "reference_similarity", "reward_model", "judge_score", "judge_rubric")


def make_data(path: Path, n: int) -> None:
    base = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({**base[i % len(base)], "id": f"bench-{i}"}, ensure_ascii=False) + "\n")


def spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def free_cores(n: int = 20_000_000) -> float:
    """How much faster two busy loops finish in two processes than one after the other: about 2 on two
    idle cores, about 1 when other work already fills them (then no scoring speedup is possible either)."""
    import multiprocessing

    start = time.perf_counter()
    spin(n)
    one = time.perf_counter() - start
    processes = [multiprocessing.get_context("spawn").Process(target=spin, args=(n,)) for _ in range(2)]
    start = time.perf_counter()
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    return 2 * one / (time.perf_counter() - start)


def json_floor(data: Path, out: Path) -> float:
    """Seconds to read, parse, serialise and write the records, with the codec `quark score` uses."""
    import orjson

    from quarkcli.outputs import json_line

    start = time.perf_counter()
    with data.open("rb") as source, out.open("w", encoding="utf-8") as sink:
        sink.writelines(json_line(orjson.loads(line)) + "\n" for line in source)
    return time.perf_counter() - start


def in_process(data: Path) -> tuple[float, dict[str, float]]:
    from quarkcli.records import read_records
    from quarkcli.scoring import Scorer
    from quarkcli.spec import load_spec
    from quarkcli.summary import Summary

    spec = load_spec(SPEC)
    scorer = Scorer(spec)
    summary = Summary(spec)
    start = time.perf_counter()
    for items, batch in scorer.score_stream(read_records(str(data))):
        summary.add(batch)
        summary.add_skipped(len(items) - len(batch))
    elapsed = time.perf_counter() - start

    records = [r for r in read_records(str(data))][:2000]
    per_dim = {}
    for dspec, dimension in scorer.dimensions:
        t0 = time.perf_counter()
        dimension.score_batch(records)
        per_dim[dspec.id] = len(records) / (time.perf_counter() - t0)
    return summary.n_records / elapsed, per_dim


def rules_only(path: Path) -> None:
    """specs/medical.yaml without its model and judge dimensions: what --workers parallelises by default."""
    import yaml

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec["dimensions"] = [d for d in spec["dimensions"] if d["type"] not in MODEL_TYPES]
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def timed_score(data: Path, out: Path, *options: str, spec: Path = SPEC) -> tuple[float, dict[str, float]]:
    """`quark score` end to end in a fresh process: wall seconds, and its resource use: peak RSS (KiB) and CPU
    seconds of the process itself, and of its workers (CPU summed, RSS of the largest)."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c",
         "import resource, sys\n"
         "from quarkcli.cli import app\n"
         "try:\n    app(sys.argv[1:])\nexcept SystemExit as e:\n    code = e.code\n"
         "me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
         "print('USAGE', me.ru_maxrss, me.ru_utime + me.ru_stime, kids.ru_maxrss, kids.ru_utime + kids.ru_stime,"
         " file=sys.stderr)\n",
         "score", str(spec), str(data), "-o", str(out), "--quiet", "--format", "json", *options],
        capture_output=True, text=True, check=True, env={**os.environ, "RAY_AUTH_MODE": "disabled"},
    )
    elapsed = time.perf_counter() - start
    values = [float(v) for v in proc.stderr.split("USAGE")[-1].split()[:4]]
    return elapsed, dict(zip(("rss", "cpu", "workers_rss", "workers_cpu"), values))


def end_to_end(data: Path, out: Path, *options: str) -> tuple[float, int]:
    elapsed, usage = timed_score(data, out, *options)
    return elapsed, int(usage["rss"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    n = args.records
    with tempfile.TemporaryDirectory() as tmp:
        data, big, out = Path(tmp) / "data.jsonl", Path(tmp) / "big.jsonl", Path(tmp) / "scores.jsonl"
        make_data(data, n)
        make_data(big, 4 * n)
        floor = min(json_floor(data, out) for _ in range(3))
        rate, per_dim = in_process(data)
        wall, rss = end_to_end(data, out, "--workers", "1")
        wall2, usage2 = timed_score(data, out, "--workers", "2")
        rules = Path(tmp) / "rules.yaml"
        rules_only(rules)
        rules1, _ = timed_score(data, out, "--workers", "1", spec=rules)
        rules2, rules_usage = timed_score(data, out, "--workers", "2", spec=rules)
        cores = free_cores()
        ray_wall = end_to_end(data, out, "--ray", "local", "--workers", "2")[0] if importlib.util.find_spec("ray") else None
        wall_big, rss_big = end_to_end(big, out, "--workers", "1")
        wall_big2, _ = end_to_end(big, out, "--workers", "2")
    print(f"# quark score throughput ({platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end)")
    print(f"spec: specs/medical.yaml ({len(per_dim)} dimensions), {n:,} records cycled from examples/medical_qa.jsonl")
    print(f"JSON I/O floor:           {n / floor:,.0f} records/s ({floor:.3f} s: read, parse, serialise, write)")
    print(f"in-process scorer:        {rate:,.0f} records/s ({n / rate / floor:.1f}x the floor)")
    print(f"`quark score` end to end: {n / wall:,.0f} records/s ({wall:.2f} s wall, start-up included; "
          f"{wall / floor:.1f}x the floor)")
    print(f"--workers 2:              {n / wall2:,.0f} records/s ({wall2:.2f} s; {wall / wall2:.2f}x --workers 1; "
          f"two busy loops ran {cores:.2f}x as fast in two processes as in one just after; CPU: parent "
          f"{usage2['cpu']:.2f} s, workers {usage2['workers_cpu']:.2f} s; peak RSS: parent "
          f"{usage2['rss'] / 1024:.0f} MiB, largest worker {usage2['workers_rss'] / 1024:.0f} MiB)")
    print(f"--workers 2, rule dimensions only: {rules1 / rules2:.2f}x --workers 1 ({rules2:.2f} s against {rules1:.2f} s; "
          f"CPU: parent {rules_usage['cpu']:.2f} s, workers {rules_usage['workers_cpu']:.2f} s)")
    if ray_wall is None:
        print("--ray local --workers 2:  skipped (ray is not installed: pip install 'quark-align[ray]')")
    else:
        print(f"--ray local --workers 2:  {n / ray_wall:,.0f} records/s ({ray_wall:.2f} s, Ray start-up included; "
              f"{wall2 / ray_wall:.2f}x the throughput of --workers 2)")
    print(f"--workers 2, {4 * n:,} records: {wall_big / wall_big2:.2f}x --workers 1 ({wall_big2:.2f} s against "
          f"{wall_big:.2f} s: the start-up, serial, weighs less)")
    print(f"peak RSS: {rss / 1024:.0f} MiB for {n:,} records, {rss_big / 1024:.0f} MiB for {4 * n:,} records "
          f"({wall_big:.2f} s)")
    print("per-dimension throughput (records/s, 2,000 records):")
    for dim_id, value in sorted(per_dim.items(), key=lambda kv: kv[1]):
        print(f"  {dim_id:30s} {value:>10,.0f}")


if __name__ == "__main__":
    main()
