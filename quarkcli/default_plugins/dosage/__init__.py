"""The ``dosage_safety`` check, in parts: amounts and counts (``amounts``), frequencies (``schedule``), the words
around an amount that make it a ceiling, a warning or no advice at all (``cues``), the drug table (``drugs``), one
stated dose and its arithmetic (``dose``), combination products, sums over products and patches (``products``),
a frequency given after the dose's line (``follow_up``), a day's total equated with a dose and its frequency
(``equated``), amounts read as a day's total rather than a dose (``day_totals``), amounts taken at once
(``together``), whose weight a dose is held to (``persons``),
a breastfeeding asker's own dose (``nursing``), the other medicines an answer says a drug does not interact with
(``partners``), which drug each amount of a response belongs to (``reading``), and the verdict (``check``)."""

from .check import DosageSafety

__all__ = ["DosageSafety"]
