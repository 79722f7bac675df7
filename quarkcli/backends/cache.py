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
per batch.

A cache file that does not exist yet (or is empty) is set up (WAL, the table: several syncs of the disk, tens
of ms, more on a busy disk) in a thread, off the way to a judge run's first calls; until then the new cache is
known to be empty, so lookups answer "not cached" without waiting, and the first write waits for the set-up."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Iterable

BUSY_TIMEOUT = 30.0  # seconds to wait for another process's write, e.g. on a slow, busy disk


def cache_folder() -> Path:
    """Quark's cache folder, shared by the judge cache and the benchmark's embedding store: $QUARK_CACHE_DIR, else
    ``quark`` in the user's cache directory ($XDG_CACHE_HOME, else ~/.cache). Read at each use, so a test or a
    caller can point it elsewhere after import."""
    if os.environ.get("QUARK_CACHE_DIR"):
        return Path(os.environ["QUARK_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "quark"


_SET_UPS: dict[Path, threading.Lock] = {}
_SET_UPS_GUARD = threading.Lock()


def _set_up_lock(path: Path) -> threading.Lock:
    """One lock per cache file in the process: two judges of one spec setting up the same new file at once
    would both ask SQLite for WAL mode, and the second would be told "database is locked" without waiting."""
    with _SET_UPS_GUARD:
        return _SET_UPS.setdefault(path.resolve(), threading.Lock())


def cache_key(**parts) -> str:
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Cache:
    def __init__(self, folder: str | Path | None = None):
        folder = Path(folder) if folder else cache_folder()
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "judge-cache.sqlite"
        self._lock = threading.Lock()
        new = not self.path.exists() or self.path.stat().st_size == 0  # empty: another Cache is setting it up
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=BUSY_TIMEOUT)
        self.hits = 0
        self._setting_up: threading.Thread | None = None
        self._set_up_error: BaseException | None = None
        if new:
            # not a daemon: a process that ends sooner still leaves the file set up
            self._setting_up = threading.Thread(target=self._set_up_in_background, name="quark-cache-set-up")
            self._setting_up.start()
        else:
            self._set_up()

    def _set_up(self) -> None:
        with _set_up_lock(self.path), self._lock:
            if self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal":
                self._db.execute("PRAGMA synchronous=NORMAL")  # safe in WAL mode only; elsewhere keep full syncs
            self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self._db.commit()

    def _set_up_in_background(self) -> None:
        try:
            self._set_up()
        except BaseException as exc:  # raised by the next use of the cache, in the thread that uses it
            self._set_up_error = exc

    def wait_set_up(self) -> None:
        """Wait until a new cache file is set up; raise what its set-up raised."""
        if self._setting_up is not None:
            self._setting_up.join()
            self._setting_up = None
        if self._set_up_error is not None:
            raise self._set_up_error

    def get(self, key: str):
        if self._setting_up is not None and self._setting_up.is_alive():
            return None  # a new cache, still being set up: nothing in it yet
        self.wait_set_up()
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
        self.wait_set_up()
        with self._lock, self._db:
            self._db.executemany("INSERT OR REPLACE INTO answers (key, value) VALUES (?, ?)", rows)
