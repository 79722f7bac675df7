"""Modules a judge run needs only once its first answers are in, imported in a thread while those answers
are awaited.

numpy (the scored batch's arrays) takes about 80 ms to import. On the main thread, before the first calls, it
would delay them; after them, at the first batch boundary, it would stop the event loop and leave the calls
of the next batch without their slots for as long. In a thread started once the first calls are out, the
import runs while the loop has nothing to do but wait for the server.
"""

from __future__ import annotations

import importlib
import threading

AFTER_FIRST_CALLS = ("numpy",)

_thread: threading.Thread | None = None


def start() -> None:
    """Import AFTER_FIRST_CALLS in a thread, once per process."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_import_all, name="quark-warm-up", daemon=True)
        _thread.start()


def _import_all() -> None:
    for name in AFTER_FIRST_CALLS:
        try:
            importlib.import_module(name)
        except Exception:  # the main thread's own import of it reports the failure where it matters
            return


def finish() -> None:
    """Wait for the imports, if they were started (before the process exits)."""
    if _thread is not None:
        _thread.join()
