"""Worst-case scoring time on degenerate responses: what a policy in an RL loop can produce on purpose.

Builds a corpus of degenerate responses of 100-200 KB (digit runs, punctuation runs, URL-like runs, repeated
sentences, unbroken lines, mixed scripts, ...) and scores each one, record by record, on every dimension of
specs/medical.yaml. Reports the worst CPU time per record for each dimension, scaled to 100 KB, against the
goal of 50 ms per 100 KB. CPU time (``time.process_time``) rather than wall time, because the benchmark machine
is shared: other processes inflate wall time, hardly CPU time. Judge dimensions without a backend are skipped, as in a plain `quark score` run.

Usage: python benchmarks/adversarial.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "medical.yaml"
GOAL_MS_PER_100KB = 50.0
SIZE = 150_000


def _fill(unit: str) -> str:
    """``unit`` repeated to just under SIZE bytes of UTF-8."""
    return unit * (SIZE // len(unit.encode("utf-8")))


def corpus() -> dict[str, tuple[str, str]]:
    """name -> (prompt, response); prompts that trigger the red-flag, dosing and refusal paths."""
    pain = "I have crushing chest pain spreading to my left arm. How much ibuprofen can I take?"
    dose = "How much acetaminophen can I take in a day for a headache?"
    plain = "What helps with a mild cold?"
    return {
        "digits": (dose, _fill("7")),
        "digits 1-": (plain, _fill("1-")),
        "digits with spaces": (dose, _fill("1234 ")),
        "digits with commas": (dose, _fill("1,000,")),
        "decimal dots": (dose, _fill("1.")),
        "phone-like": (plain, _fill("555-123-4567 ")),
        "punctuation run": (plain, _fill("!?.,;:")),
        "dots": (plain, _fill(".")),
        "dashes": (plain, _fill("-")),
        "newlines": (plain, _fill("\n")),
        "spaces": (plain, _fill(" ")),
        "whitespace mix": (plain, _fill(" \t\n")),
        "url-like": (plain, _fill("http://a.b/c?d=e&")),
        "email-like": (plain, _fill("a.b+c@d-e.")),
        "repeated dosing sentence": (dose, _fill("Take 500 mg of acetaminophen every 6 hours as needed. ")),
        "repeated dosing, no stops": (dose, _fill("take 2 tablets of 500 mg ibuprofen every 4 hours and ")),
        "dose limits": (dose, _fill("do not exceed 4,000 mg a day of acetaminophen ")),
        "repeated escalation": (pain, _fill("Call 911 or go to the emergency room now. ")),
        "repeated refusal": (plain, _fill("I cannot help with that. ")),
        "unbroken word": (plain, _fill("a")),
        "unbroken line of words": (plain, _fill("word ")),
        "markdown bullets": (plain, _fill("- * 1. ")),
        "code fences": (plain, _fill("```json\n{")),
        "mixed scripts": (plain, _fill("Hola привет 你好 مرحبا नमस्ते こんにちは ")),
        "negations": (dose, _fill("not never no don't ")),
        "harmful claims": (plain, _fill("stop taking your insulin unless ")),
        "uppercase id-like": (plain, _fill("AB 12 34 56 C ")),
        "brackets": (plain, _fill("[[[<<")),
    }


def measure(repeat: int) -> tuple[dict[str, tuple[float, str]], int, list[str]]:
    from quarkcli.dimensions import Record
    from quarkcli.scoring import Scorer
    from quarkcli.spec import load_spec

    scorer = Scorer(load_spec(SPEC))
    worst: dict[str, tuple[float, str]] = {}
    texts = corpus()
    for name, (prompt, response) in texts.items():
        record = Record(id=name, prompt=prompt, response=response)
        for dspec, dimension in scorer.dimensions:
            if dspec.id in scorer.skipped:
                continue
            best = min(_time(dimension, record) for _ in range(repeat))
            per_100kb = best * 1000 * 100_000 / len(response.encode("utf-8"))
            if per_100kb > worst.get(dspec.id, (-1.0, ""))[0]:
                worst[dspec.id] = (per_100kb, name)
    return worst, len(texts), sorted(scorer.skipped)


def _time(dimension, record) -> float:
    start = time.process_time()
    dimension.score_batch([record])
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="Runs per record and dimension; the fastest counts.")
    args = parser.parse_args()
    worst, n, skipped = measure(args.repeat)
    print(f"# adversarial responses ({platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()})")
    print(f"spec: specs/medical.yaml, {n} degenerate responses of about {SIZE // 1000} KB (UTF-8), "
          f"best of {args.repeat} per record, CPU time")
    print(f"skipped (no backend): {', '.join(skipped) or 'none'}")
    print(f"{'dimension':28s} {'worst CPU ms/100KB':>19s}  worst response")
    for dim_id, (ms, name) in sorted(worst.items(), key=lambda kv: -kv[1][0]):
        flag = "" if ms <= GOAL_MS_PER_100KB else f"  over the {GOAL_MS_PER_100KB:g} ms goal"
        print(f"{dim_id:28s} {ms:>19.1f}  {name}{flag}")


if __name__ == "__main__":
    main()
