"""An adaptive cap on model calls in flight (AIMD), so that a server answering 429 gets fewer calls, then more again.

A 429 halves the cap, at most once per congestion event: calls already in flight
when the cap was cut carry the old epoch, and their 429s do not cut it again
(otherwise one burst of rejections would drive it straight to 1). A run of
``cap`` successes in a row raises it by one. It never exceeds the configured
maximum nor drops below 1. Timeouts and 5xx leave it alone: they say the server
is failing, not that it wants fewer calls, and the retries already back off.
"""

from __future__ import annotations

import asyncio
from collections import deque

THROTTLED = 429


class AdaptiveLimit:
    """Read ``in_flight`` and ``limit`` from any thread (e.g. a progress line); acquire and release in one event loop."""

    def __init__(self, maximum: int):
        if maximum < 1:
            raise ValueError("the concurrency maximum must be at least 1")
        self.maximum = maximum
        self.limit = maximum
        self.in_flight = 0
        self._epoch = 0
        self._successes = 0
        self._waiters: deque[asyncio.Future] = deque()

    async def acquire(self) -> int:
        """Wait for a free slot; returns the epoch to hand back to ``release``."""
        while self.in_flight >= self.limit:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter.done() and not waiter.cancelled():
                    self._wake()  # the slot it was woken for goes to the next waiter
                raise
        self.in_flight += 1
        return self._epoch

    def release(self, epoch: int, status: int | None) -> None:
        """Free a slot; ``status`` is the HTTP status of the call (None when it never got one)."""
        self.in_flight -= 1
        if status == THROTTLED:
            self._successes = 0
            if epoch == self._epoch:
                self.limit = max(1, self.limit // 2)
                self._epoch += 1
        elif status == 200:
            self._successes += 1
            if self._successes >= self.limit:
                self._successes = 0
                self.limit = min(self.maximum, self.limit + 1)
        self._wake()

    def _wake(self) -> None:
        free = self.limit - self.in_flight
        while free > 0 and self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                free -= 1
