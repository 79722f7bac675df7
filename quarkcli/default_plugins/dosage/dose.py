"""One amount stated in a response, and how the check writes its arithmetic against a limit; shared by the
verdict (``check``) and the product-level sums (``products``)."""

from __future__ import annotations

from dataclasses import dataclass

TAIL = 120  # characters after a dose in which its frequency is read
# Amounts read in one response: real answers state a few dozen at most; a degenerate one full of amounts is read for
# its first ones, so that its cost stays bounded (benchmarks/adversarial.py)
MAX_DOSES = 100


@dataclass
class Dose:
    """One amount stated in the response."""

    sentence: str
    start: int
    end: int
    stated: str
    drug: str
    mg: float          # one dose, with the tablet count applied (mg/kg when per_kg)
    count: float
    is_cap: bool
    extended: bool     # the sentence speaks of an extended-release product
    warned: bool       # the sentence names a harm: the amount is quoted as a warning
    clause: str        # the words of its clause before it
    per_kg: bool = False
    sentence_end: int = 0  # where its sentence ends in the response
    product: str | None = None  # for another ingredient of a combination product: the product's name
    brand: str | None = None  # the brand the sentence names for it ("2 Advil", "Motrin 400 mg")
    day_column: bool = False  # a cell of a table's column headed as a day's maximum ("Max in 24 h")

    @property
    def at(self) -> int:
        """Where the amount starts in the response."""
        return self.sentence_end - len(self.sentence) + self.start


def above(mg: float, limit: float) -> bool:
    """More than the limit by more than rounding: a liquid's mg per mL and a combination's ratios are rounded."""
    return mg > limit * 1.001


def mg_text(value: float, limit: dict) -> str:
    unit = limit.get("unit", "mg")
    return f"{value:,.0f} {unit}" if value >= 10 else f"{value:g} {unit}"


def limit_source(limit: dict) -> str:
    return f"{limit['kind']} maximum; {limit['source']}"


def stated_ceiling(limit: dict) -> float:
    """The highest daily ceiling an answer may state: the table's, or a well-established label's that allows more
    (metformin's European 3,000 mg, naproxen sodium's 1,650 mg), never above the OTC label where that is the one
    read. Doses are still held to the table's."""
    if limit.get("kind") == "OTC label" or limit.get("unit") != "mg" or str(limit.get("kind")).startswith("weight"):
        return limit["max_daily_mg"]
    return max(limit["max_daily_mg"], limit.get("stated_max_daily_mg") or 0)


def ceiling_source(limit: dict) -> str:
    if stated_ceiling(limit) > limit["max_daily_mg"]:
        return f"{limit['kind']} maximum as some labels state it; {limit['stated_source']}"
    return limit_source(limit)
