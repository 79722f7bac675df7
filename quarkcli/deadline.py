"""A time budget for one call into a plugin, so that one degenerate record cannot stall a run or a training step.

In the main thread the budget is enforced with SIGALRM: the call is interrupted (Python code, and the
``re`` engine, check for signals often). Elsewhere (a worker thread), or while another timer is running, the
call runs to its end and is then declared over budget, so the result is still an error rather than a silently
slow success. The handler is installed once and only acts while a budget is armed, which keeps the cost per
call to two timer syscalls: it wraps every record of every dimension.
"""

from __future__ import annotations

import signal
import threading
import time

DEADLINE_ERROR = "deadline exceeded"


class DeadlineExceeded(Exception):
    """The call took longer than its budget."""

    def __init__(self, seconds: float):
        super().__init__(f"{DEADLINE_ERROR}: took over {seconds:g} s")
        self.seconds = seconds


_armed: list[float] = []


def _expire(signum, frame):
    if _armed:
        raise DeadlineExceeded(_armed[-1])


def _can_interrupt() -> bool:
    if _armed or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    handler = signal.getsignal(signal.SIGALRM)
    if handler is _expire:
        return True  # only this module arms a timer for this handler
    if handler not in (signal.SIG_DFL, signal.SIG_IGN, None) or signal.getitimer(signal.ITIMER_REAL)[0] != 0:
        return False  # someone else's alarm handler: leave it alone
    signal.signal(signal.SIGALRM, _expire)
    return True


class deadline:
    """``with deadline(seconds):`` raises DeadlineExceeded when the block runs longer (None: no budget)."""

    __slots__ = ("seconds", "start", "interrupt")

    def __init__(self, seconds: float | None):
        self.seconds = seconds

    def __enter__(self) -> None:
        if self.seconds is None:
            return
        self.interrupt = _can_interrupt()
        self.start = time.monotonic()
        if self.interrupt:
            _armed.append(self.seconds)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, kind, value, traceback) -> bool:
        if self.seconds is None:
            return False
        if self.interrupt:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _armed.pop()
        if kind is None and time.monotonic() - self.start > self.seconds:
            raise DeadlineExceeded(self.seconds)
        return False
