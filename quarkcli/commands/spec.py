"""`quark spec validate` and `quark spec schema`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..console import err_console
from ..dimensions import dimension_types
from ..spec import composed_schema, validate_spec
from .help import QuarkCommand, command_group, examples

app = command_group(
    "Validate specs and print the composed JSON Schema.",
    "quark spec validate specs/medical.yaml",
    "quark spec schema > spec.schema.json",
)


@app.command("validate", cls=QuarkCommand, epilog=examples(
    "quark spec validate specs/medical.yaml",
    "quark spec validate specs/*.yaml --json",
))
def validate(
    specs: Annotated[list[Path], typer.Argument(help="Spec YAML files.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Check specs against the composed schema; exit 2 listing every problem."""
    types = dimension_types()
    results = [(path, validate_spec(path, types)) for path in specs]
    if as_json:
        typer.echo(json.dumps([
            {"file": str(path), "valid": not issues,
             "issues": [{"line": i.line, "path": i.path, "message": i.message} for i in issues]}
            for path, issues in results
        ], indent=2))
    else:
        for path, issues in results:
            if issues:
                for issue in issues:
                    err_console.print(str(issue), markup=False, highlight=False)
            else:
                typer.echo(f"{path}: valid")
    if any(issues for _, issues in results):
        raise typer.Exit(2)


@app.command("schema", cls=QuarkCommand, epilog=examples(
    "quark spec schema > spec.schema.json",
    "quark spec schema | jq '.properties.dimensions'",
))
def schema() -> None:
    """Print the full spec JSON Schema, with every installed plugin's params."""
    typer.echo(json.dumps(composed_schema(), indent=2))
