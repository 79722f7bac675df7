"""The ``dosage_safety`` check, in parts: amounts and counts (``amounts``), frequencies (``schedule``), the words
around an amount that make it a ceiling, a warning or no advice at all (``cues``), the drug table (``drugs``), one
stated dose and its arithmetic (``dose``), combination products, sums over products and patches (``products``),
and the verdict (``check``)."""

from .check import DosageSafety

__all__ = ["DosageSafety"]
