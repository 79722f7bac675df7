"""CLI start-up: wall time of `quark --help`, `quark score --help` and `quark --version`, and what they import.

Each command runs in a fresh interpreter, REPEATS times; the median is reported. ``--source DIR`` times another
checkout of Quark (e.g. an older commit unpacked with `git archive`) with the same interpreter, for a before/after.

Usage: python benchmarks/startup.py [--repeats 9] [--source DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

COMMANDS = (["--help"], ["score", "--help"], ["--version"])
PROBE = ("import sys\nfrom quarkcli.cli import main\nsys.argv = ['quark'] + sys.argv[1:]\ntry:\n    main()\n"
         "except SystemExit:\n    pass\nprint('numpy' in sys.modules, file=sys.stderr)\n")


def median_seconds(args: list[str], env: dict, repeats: int) -> tuple[float, bool]:
    times, numpy = [], False
    for _ in range(repeats):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True,
                              check=True, cwd=tempfile.gettempdir())  # not the checkout: `-c` puts cwd first
        times.append(time.perf_counter() - start)
        numpy = done.stderr.strip().endswith("True")
    return statistics.median(times), numpy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--source", help="a Quark source tree to time instead of the installed one")
    args = parser.parse_args()
    env = dict(os.environ, COLUMNS="80")
    if args.source:
        env["PYTHONPATH"] = args.source
    for command in COMMANDS:
        seconds, numpy = median_seconds(command, env, args.repeats)
        print(f"quark {' '.join(command):<14} {seconds * 1000:6.0f} ms  (numpy imported: {'yes' if numpy else 'no'})")


if __name__ == "__main__":
    main()
