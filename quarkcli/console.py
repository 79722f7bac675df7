"""One way to show rows: a rich table for people, JSON or CSV for scripts.

rich is imported when something is shown, not with this module (about 30 ms that a judge run's first calls
need not wait for); ``err_console`` is made at its first use."""

from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from rich.console import Console

REPORT_WIDTH = 120


def _console(stderr: bool = False, soft_wrap: bool = False) -> Console:
    """A console that, when piped, lays tables out for 120 columns instead of 80: CI logs do not wrap, and a
    table wider than the console prints as paragraphs (``render``)."""
    from rich.console import Console

    console = Console(stderr=stderr, soft_wrap=soft_wrap)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(stderr=stderr, soft_wrap=soft_wrap, width=REPORT_WIDTH)
    return console


def __getattr__(name: str):
    """``err_console``, made (and rich imported) at its first use. Errors are never wrapped, so that
    FILE:LINE: messages stay one greppable line."""
    if name == "err_console":
        globals()["err_console"] = console = _console(stderr=True, soft_wrap=True)
        return console
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def stdout_console() -> Console:
    return _console()


def stderr_console() -> Console:
    """For tables on stderr (progress reports during long runs), wrapped like stdout ones."""
    return _console(stderr=True)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    show: Callable[[Any], str] = str
    justify: str = "left"
    no_wrap: bool = False


def number(value: Any) -> str:
    return "—" if value is None else f"{value:.3f}"


def factor(value: Any) -> str:
    return "—" if value is None else f"{value:.2f}"


def percent(value: Any) -> str:
    return "—" if value is None else f"{value:.0%}"


def points(value: Any) -> str:
    """A difference of two rates, in percentage points."""
    return "—" if value is None else f"{value * 100:+.1f} pp"


BELOW_MARK = "✗ below"


def below_mark(value: Any) -> str:
    """The text marker of a below-target row: it survives NO_COLOR, pipes and copy-paste, unlike red."""
    return BELOW_MARK if value else ""


def render(rows: list[dict], columns: list[Column], fmt: OutputFormat, *, title: str | None = None,
           group: str | None = None, style: Callable[[dict], str | None] | None = None,
           console: Console | None = None) -> None:
    """Print ``rows`` as a table (sections per ``group`` value), JSON or CSV."""
    if fmt == OutputFormat.json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    if fmt == OutputFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=[c.key for c in columns], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        return
    from rich import box
    from rich.table import Table

    console = console or stdout_console()
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True,
                  show_edge=False)
    for column in columns:
        table.add_column(column.header, justify=column.justify, no_wrap=column.no_wrap)
    for i, row in enumerate(rows):
        last_in_group = group is not None and (i + 1 == len(rows) or rows[i + 1][group] != row[group])
        repeated = group is not None and i > 0 and rows[i - 1][group] == row[group]
        cells = ["" if repeated and c.key == group else c.show(row.get(c.key)) for c in columns]
        table.add_row(*cells, style=style(row) if style else None, end_section=last_in_group)
    if console.measure(table, options=console.options.update_width(10_000)).maximum <= console.width:
        console.print(table)
    else:
        _print_cards(rows, columns, title, style, console)


def _print_cards(rows: list[dict], columns: list[Column], title: str | None,
                 style: Callable[[dict], str | None] | None, console: Console) -> None:
    """A table too wide for the console, one row per paragraph: the short name columns (left, unwrapped) as a
    heading, then ``Header value`` pairs, wrapped at spaces, so that no cell is ever cut to ``…``."""
    if title:
        console.print(title, markup=False, highlight=False)
    from rich.padding import Padding
    from rich.text import Text

    heading = [c for c in columns if c.justify == "left" and c.no_wrap]
    values = [c for c in columns if c not in heading]
    for row in rows:
        head = "  ".join(text for c in heading if (text := c.show(row.get(c.key))))
        console.print(head, style=style(row) if style else None, markup=False, highlight=False)
        if values:
            pairs = "   ".join(f"{c.header} {c.show(row.get(c.key))}" for c in values)
            console.print(Padding(Text(pairs), (0, 0, 0, 4)))
