"""Resumable JSONL output: whole lines only, and a re-run skips what is already written."""

from __future__ import annotations

import json
import os
from pathlib import Path


def repair_and_read_done(path: Path) -> set[tuple[str, int]]:
    """Drop a half-written last line left by an interruption; return the (id, sample_index) pairs present."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with path.open("r+b") as handle:
            handle.truncate(cut)
        data = data[:cut]
    done = set()
    for line in data.decode("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            done.add((str(record.get("id")), int(record.get("sample_index", 0))))
    return done


class LineWriter:
    """Appends one complete JSON line per write, flushed and synced, so a kill leaves whole lines."""

    def __init__(self, path: Path):
        self.handle = path.open("a", encoding="utf-8")

    def write(self, record: dict) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()
        os.fsync(self.handle.fileno())

    def close(self) -> None:
        self.handle.close()
