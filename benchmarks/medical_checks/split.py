"""Split labeled cases into dev (tune on it) and test (report only), deterministically.

Cases are grouped by (batch, type, label); inside a group they are ordered by
the SHA-256 of their id and dealt alternately to dev and test, dev first. The
assignment depends only on the ids and batches, so re-running the split on
dev + test reproduces both files byte for byte (tests/test_medical_checks_bench.py
checks it), and nobody can move a case between splits by accident. A later
batch of cases (field ``batch``: 2, 3, ...; the first batch has none) is dealt
on its own, so adding it never moves a case of an earlier batch.

Usage: python benchmarks/medical_checks/split.py CASES.jsonl [MORE.jsonl ...]
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV, TEST = HERE / "dev.jsonl", HERE / "test.jsonl"


def read_cases(*paths: Path) -> list[dict]:
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split(cases: list[dict]) -> tuple[list[dict], list[dict]]:
    """Stratified by batch, type and label, about half of each stratum in each split."""
    groups: dict[tuple[int, str, str], list[dict]] = defaultdict(list)
    for case in cases:
        groups[case.get("batch", 1), case["type"], case["label"]].append(case)
    dev, test = [], []
    for group in groups.values():
        ordered = sorted(group, key=lambda c: hashlib.sha256(c["id"].encode("utf-8")).hexdigest())
        dev.extend(ordered[0::2])
        test.extend(ordered[1::2])
    return sorted(dev, key=lambda c: c["id"]), sorted(test, key=lambda c: c["id"])


def dumps(cases: list[dict]) -> str:
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)


def main(argv: list[str]) -> None:
    dev, test = split(read_cases(*map(Path, argv)))
    DEV.write_text(dumps(dev), encoding="utf-8")
    TEST.write_text(dumps(test), encoding="utf-8")
    print(f"dev: {len(dev)} cases, test: {len(test)} cases")
    print("sha256(test.jsonl) =", hashlib.sha256(TEST.read_bytes()).hexdigest())


if __name__ == "__main__":
    main(sys.argv[1:])
