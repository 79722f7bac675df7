"""`quark plugins list`."""

from __future__ import annotations

import typer

from ..console import Column, OutputFormat, render
from ..dimensions import dimension_types
from ..plugins import load_plugins, plugin_sources
from .options import FormatOption, JsonOption

app = typer.Typer()

COLUMNS = [
    Column("dimension_type", "Dimension type", no_wrap=True),
    Column("category", "Category", no_wrap=True),
    Column("plugin", "Plugin", no_wrap=True),
    Column("source", "Source", no_wrap=True),
    Column("description", "Description"),
]


def plugin_rows() -> list[dict]:
    sources = plugin_sources()
    rows = [
        {"plugin": reg.plugin, "source": sources.get(reg.plugin, "third-party"), "dimension_type": name,
         "category": reg.type.category, "description": reg.type.description}
        for name, reg in dimension_types().items()
    ]
    listed = {row["plugin"] for row in rows}
    rows += [{"plugin": name, "source": sources[name], "dimension_type": None, "category": None, "description": None}
             for name, _ in load_plugins().list_name_plugin() if name not in listed]
    return sorted(rows, key=lambda r: (r["source"] != "built-in", r["plugin"], r["dimension_type"] or ""))


@app.command("list")
def list_plugins(
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
) -> None:
    """List plugins, where they come from, and the dimension types they register."""
    columns = [Column(c.key, c.header, lambda v: "" if v is None else str(v), no_wrap=c.no_wrap) for c in COLUMNS]
    render(plugin_rows(), columns, OutputFormat.json if as_json else fmt, title="Quark plugins")
