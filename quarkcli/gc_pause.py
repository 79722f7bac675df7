"""The `quark` command starts without the cyclic garbage collector, and resumes it when the command's own
work begins.

Start-up allocates a few hundred thousand objects that live as long as the process: modules, classes,
functions, compiled patterns, typer's and pydantic's parsers, the plugins' data. While they pile up the
collector scans them again and again and finds nothing to free: about 50 ms of CPU before a judge run's first
call, a tenth of it. So `python -m quarkcli` and `quark` pause it while they start; when the command's
callback begins, what start-up allocated is frozen (``gc.freeze``: never scanned again, like any object that
lives until the exit) and the collector runs as usual from then on. Code that imports Quark as a library
never pauses it.
"""

from __future__ import annotations

import functools
import gc
from typing import Callable

_paused = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze what start-up allocated and collect as usual again; nothing if ``pause`` did not pause."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def resuming(callback: Callable) -> Callable:
    """``callback``, resuming the collector as it starts."""

    @functools.wraps(callback)
    def run(*args, **kwargs):
        resume()
        return callback(*args, **kwargs)

    return run
