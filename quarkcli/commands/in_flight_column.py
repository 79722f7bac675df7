"""A progress-line column showing judge calls in flight against their adaptive cap, live during a batch."""

from __future__ import annotations

from rich.progress import ProgressColumn
from rich.text import Text


class InFlightColumn(ProgressColumn):
    """``judges 12/32 in flight``; once 429s have cut the cap: ``judges 4/8 in flight (max 32)``.

    Read from the progress bar's refresh thread, so it moves while a batch's calls are out, not only between batches.
    """

    def __init__(self, limits: list):
        super().__init__()
        self.limits = limits

    def render(self, task) -> Text:
        if not self.limits:
            return Text("")
        in_flight = sum(limit.in_flight for limit in self.limits)
        cap = sum(limit.limit for limit in self.limits)
        maximum = sum(limit.maximum for limit in self.limits)
        return Text(f"judges {in_flight}/{cap} in flight" + (f" (max {maximum})" if cap < maximum else ""))
