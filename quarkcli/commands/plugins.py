"""`quark plugins list`, `quark plugins new` and `quark plugins docs`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import plugins as loader
from ..console import Column, OutputFormat, render
from ..dimensions import collect_dimension_types
from .help import QuarkCommand, command_group, examples
from .options import FormatOption, JsonOption

app = command_group(
    "Inspect installed plugins and their dimension types.",
    "quark plugins list",
    "quark plugins new quark-mycheck",
    "quark plugins docs -o docs/dimensions.md",
)

COLUMNS = [
    Column("dimension_type", "Dimension type", no_wrap=True),
    Column("category", "Category", no_wrap=True),
    Column("plugin", "Plugin", no_wrap=True),
    Column("source", "Source", no_wrap=True),
    Column("description", "Description"),
    Column("status", "Status"),
]


def _row(plugin: str, source: str, status: str, dim_type=None) -> dict:
    return {"plugin": plugin, "source": source, "status": status,
            "dimension_type": dim_type.name if dim_type else None,
            "category": dim_type.category if dim_type else None,
            "description": dim_type.description if dim_type else None}


def plugin_rows() -> tuple[list[dict], list]:
    """One row per dimension type, per plugin without types, per failed or disabled plugin; and the clashes."""
    types, clashes = collect_dimension_types()
    sources = loader.plugin_sources()
    failed = {f.plugin: f for f in loader.failures()}
    rows = [_row(reg.plugin, sources.get(reg.plugin, loader.IN_CODE), "loaded", reg.type) for reg in types.values()]
    listed = {row["plugin"] for row in rows}
    rows += [_row(name, source, "loaded") for name, source in sources.items() if name not in listed | set(failed)]
    rows += [_row(f.plugin, f.source, f"failed: {f.reason}") for f in failed.values()]
    rows += [_row(name, source, f"disabled: {why}") for name, (source, why) in loader.disabled().items()]
    clashes = clashes + loader.clashes()
    rows += [{**_row(c.plugin, c.source, f"clash: {c}"), "dimension_type": c.name if c.kind == "dimension type" else None}
             for c in clashes]
    order = {"loaded": 0, "failed": 1, "clash": 2, "disabled": 3}
    rows.sort(key=lambda r: (r["source"] != loader.BUILTIN, order[r["status"].split(":")[0]], r["plugin"],
                             r["dimension_type"] or ""))
    return rows, clashes


@app.command("list", cls=QuarkCommand, epilog=examples(
    "quark plugins list",
    "quark plugins list --json --strict",
))
def list_plugins(
    fmt: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
    strict: Annotated[bool, typer.Option("--strict", help=f"Exit 2 when a plugin failed to load "
                                         f"(also {loader.STRICT_ENV}=1).")] = False,
) -> None:
    """List plugins, where they come from, their status, and the dimension types they register.

    Failed, disabled and clashing plugins are listed too; a clash always exits 2 after the table."""
    rows, clashes = plugin_rows()
    columns = [Column(c.key, c.header, lambda v: "" if v is None else str(v), no_wrap=c.no_wrap) for c in COLUMNS]
    render(rows, columns, OutputFormat.json if as_json else fmt, title="Quark plugins")
    if clashes:
        raise loader.PluginError("; ".join(str(c) for c in clashes))
    loader.check(strict or loader.strict_from_env())


@app.command("new", cls=QuarkCommand, epilog=examples(
    "quark plugins new quark-mycheck",
    "quark plugins new quark-mycheck --dir plugins",
))
def new_plugin(
    name: Annotated[str, typer.Argument(help="Distribution name, e.g. quark-mentions.", show_default=False)],
    directory: Annotated[Path, typer.Option("--dir", help="Where to create the package folder.")] = Path("."),
) -> None:
    """Write a ready plugin package: pyproject with the entry point, a dimension type, a README and tests."""
    from ..plugin_template import write_plugin

    root = write_plugin(name, directory)
    typer.echo(f"created {root}; next: pip install -e {root} && pytest {root}")


@app.command("docs", cls=QuarkCommand, epilog=examples(
    "quark plugins docs -o docs/dimensions.md",
    "quark plugins docs -o docs/mine.md --plugin quark-mycheck",
))
def plugin_docs(
    output: Annotated[Path, typer.Option("-o", "--output", help="Markdown file to create or update in place.")],
    plugin: Annotated[list[str] | None, typer.Option("--plugin", help="Only these plugins' types (repeatable); "
                                                     "default: the built-ins.")] = None,
) -> None:
    """Write the per-type reference (description and params table) from each type's metadata.

    Only the generated blocks are replaced, so hand-written notes between them survive."""
    from ..dimension_docs import update_reference

    output.write_text(update_reference(output.read_text("utf-8") if output.exists() else "", plugin),
                      encoding="utf-8")
    typer.echo(f"wrote {output}")
