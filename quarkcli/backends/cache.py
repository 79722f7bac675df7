"""A persistent SQLite cache of successful, parsed model answers.

Keyed by a hash of the backend, model, full prompt and sampling parameters, so a
re-run makes no repeated calls. Only parsed results are stored, never request
headers, so no API key can reach the cache.

Writes come in batches, one transaction each (a judge writes a scoring batch's
answers at once), so the disk is not synced once per answer. The database is in
WAL mode with ``synchronous=NORMAL``: a commit appends to the log without an
fsync, and the log is synced at checkpoints. A crash or power loss can lose the
last few batches (they are asked again), never corrupt the file, and readers in
other processes always see whole batches. Where WAL is unavailable (some network
filesystems) the cache keeps SQLite's default journal and full syncs, still one
per batch."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Iterable

BUSY_TIMEOUT = 30.0  # seconds to wait for another process's write, e.g. on a slow, busy disk
DEFAULT_DIR = Path(os.environ.get("QUARK_CACHE_DIR", Path.home() / ".cache" / "quark"))


def cache_key(**parts) -> str:
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Cache:
    def __init__(self, folder: str | Path | None = None):
        folder = Path(folder) if folder else Path(os.environ.get("QUARK_CACHE_DIR", DEFAULT_DIR))
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "judge-cache.sqlite"
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=BUSY_TIMEOUT)
        if self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal":
            self._db.execute("PRAGMA synchronous=NORMAL")  # safe in WAL mode only; elsewhere keep full syncs
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self._db.commit()
        self.hits = 0

    def get(self, key: str):
        with self._lock:
            row = self._db.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self.hits += 1
        return json.loads(row[0])

    def put_many(self, items: Iterable[tuple[str, object]]) -> None:
        """Store (key, value) pairs in one transaction: all of them or, on failure, none."""
        rows = [(key, json.dumps(value)) for key, value in items]
        if not rows:
            return
        with self._lock, self._db:
            self._db.executemany("INSERT OR REPLACE INTO answers (key, value) VALUES (?, ?)", rows)
