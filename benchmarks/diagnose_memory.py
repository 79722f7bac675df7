"""Peak memory of `quark diagnose` at 100k and 1M records: it streams, so memory grows by bytes per record.

Scores examples/medical_qa.jsonl with specs/medical.yaml once (real score lines, 17 dimensions, evidence and
excerpts), cycles those lines with fresh ids into N-record score files (their spec recorded next to them, as
`quark score -o` does), and runs `quark diagnose --json` in a fresh process per size, alone and with a
baseline (the same ids on shifted lines, so thousands of records flip), reporting each run's peak RSS.

Usage: python benchmarks/diagnose_memory.py [--records 100000 1000000]
"""

from __future__ import annotations

import argparse
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
RUN = ("import resource, sys\nfrom quarkcli.cli import app\ntry:\n    app(sys.argv[1:])\nexcept SystemExit as e:\n"
       "    code = e.code\nprint('RSS_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


def templates(tmp: Path) -> list[str]:
    """The examples' score lines as JSON text with an '@ID@' placeholder for the id."""
    out = tmp / "examples-scores.jsonl"
    subprocess.run([sys.executable, "-m", "quarkcli", "score", str(SPEC), str(EXAMPLES), "-o", str(out), "-q"],
                   check=True, capture_output=True)
    return [json.dumps({**json.loads(line), "id": "@ID@"}, ensure_ascii=False)
            for line in out.read_text(encoding="utf-8").splitlines()]


def make_scores(path: Path, lines: list[str], n: int, shift: int = 0) -> None:
    from quarkcli.diagnose.recorded_spec import write_recorded_spec

    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(lines[(i + shift) % len(lines)].replace('"@ID@"', f'"bench-{i}"', 1) + "\n")
    write_recorded_spec(str(path), SPEC)


def diagnose(scores: Path, out: Path, *extra: str) -> tuple[float, int]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RUN, "diagnose", str(scores), "--json", str(out), "-q", *extra],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    return time.perf_counter() - start, int(proc.stderr.split("RSS_KB")[-1].split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    print(f"# quark diagnose peak memory ({platform.machine()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        lines = templates(tmp)
        print(f"score lines cycled from {EXAMPLES.name} scored with {SPEC.name} "
              f"({len(json.loads(lines[0])['dimensions'])} dimensions, {sum(map(len, lines)) / len(lines):,.0f} bytes "
              "per line on average)")
        print(f"{'records':>10} {'file MB':>8} {'alone: s':>9} {'peak MiB':>9} {'+baseline: s':>13} {'peak MiB':>9}")
        for n in args.records:
            scores, baseline, out = tmp / "scores.jsonl", tmp / "baseline.jsonl", tmp / "diagnosis.json"
            make_scores(scores, lines, n)
            make_scores(baseline, lines, n, shift=1)
            alone, rss = diagnose(scores, out)
            paired, rss_paired = diagnose(scores, out, "--baseline", str(baseline))
            print(f"{n:>10,} {scores.stat().st_size / 1e6:>8,.0f} {alone:>9.1f} {rss / 1024:>9,.0f} "
                  f"{paired:>13.1f} {rss_paired / 1024:>9,.0f}", flush=True)
            for path in (scores, baseline):
                path.unlink()


if __name__ == "__main__":
    main()
