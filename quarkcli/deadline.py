"""A time budget for one call into a plugin, so that one degenerate record cannot stall a run or a training step.

In the main thread the budget is enforced with SIGALRM: the call is interrupted (Python code, and the
``re`` engine, check for signals often). Elsewhere (a worker thread) the call runs to its end and is
then declared over budget, so the result is still an error rather than a silently slow success.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

DEADLINE_ERROR = "deadline exceeded"


class DeadlineExceeded(Exception):
    """The call took longer than its budget."""

    def __init__(self, seconds: float):
        super().__init__(f"{DEADLINE_ERROR}: took over {seconds:g} s")
        self.seconds = seconds


def _can_interrupt() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise DeadlineExceeded when the block runs longer than ``seconds`` (None: no budget)."""
    if seconds is None:
        yield
        return
    start = time.monotonic()
    interrupt = _can_interrupt()
    if interrupt:
        def expire(signum, frame):
            raise DeadlineExceeded(seconds)

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if interrupt:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if time.monotonic() - start > seconds:
        raise DeadlineExceeded(seconds)
