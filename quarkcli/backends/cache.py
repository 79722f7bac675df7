"""A persistent SQLite cache of successful, parsed model answers.

Keyed by a hash of the backend, model, full prompt and sampling parameters, so a
re-run makes no repeated calls. Only parsed results are stored, never request
headers, so no API key can reach the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path

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
        self._db = sqlite3.connect(self.path, check_same_thread=False)
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

    def put(self, key: str, value) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO answers (key, value) VALUES (?, ?)", (key, json.dumps(value)))
            self._db.commit()
