"""Markdown tables whose column is headed as a day's maximum ("Max in 24 h", "Höchstens pro Tag", "24小时最多").

An answer that tabulates "usual dose | max in 24 h" states ceilings in that column, not doses: read as doses, a
4,000 mg ceiling of acetaminophen is four times the single-dose limit. The check reads those cells as daily
ceilings, which also bound the row's "every 4–6 h" (train-27 t27017, t27074, t27098).
"""

from __future__ import annotations

import re
from bisect import bisect_right

# a header row's separator line: "|---|:---:|", "|:--|:-|" (one hyphen a cell is enough in GitHub's Markdown)
RULE = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*")
# a header cell naming a maximum and a day, in the benchmark's languages
MAXIMUM = re.compile(r"max|máx|höchst|最多|最大|上限|limit|límite|plafond|obergrenze", re.IGNORECASE)
BAR = re.compile(r"\|")
DAY = re.compile(r"day|daily|24|tag|tägl|jour|quotid|día|dia|diári|天|日", re.IGNORECASE)


def _cells(line: str) -> list[tuple[int, int]]:
    """The spans of a table row's cells within the line, the outer pipes left out."""
    bars = [m.start() for m in BAR.finditer(line)]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


def day_maximum_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the text's table cells under a column headed as a day's maximum, in order."""
    spans: list[tuple[int, int]] = []
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    columns: set[int] = set()
    for k, (offset, line) in enumerate(lines):
        if "|" not in line:
            columns = set()
            continue
        if k + 1 < len(lines) and RULE.fullmatch(lines[k + 1][1]):  # a header row
            columns = {j for j, (a, b) in enumerate(_cells(line))
                       if MAXIMUM.search(line, a, b) and DAY.search(line, a, b)}
            continue
        if columns:
            spans += [(offset + a, offset + b) for j, (a, b) in enumerate(_cells(line)) if j in columns]
    return spans


def within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether position ``at`` lies in one of the ordered spans (a bisection: a long table has many cells)."""
    k = bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]
