"""The per-type reference, generated from each type's description and params schema.

A markdown file holds one marked block per type; `quark plugins docs` rewrites only those blocks, so
hand-written notes after a block stay, and a test can regenerate the file and compare. Third-party
plugins produce their own reference the same way (``--plugin NAME``).
"""

from __future__ import annotations

import json
import re

from . import plugins as loader
from .dimensions import RegisteredType, dimension_types

BEGIN = "<!-- BEGIN GENERATED {name}: edit the type's description and params schema, then `quark plugins docs` -->"
END = "<!-- END GENERATED {name} -->"
BLOCK = re.compile(r"<!-- BEGIN GENERATED (?P<name>[\w.-]+): .*?-->\n.*?<!-- END GENERATED (?P=name) -->\n",
                   re.DOTALL)
NEW_FILE = "# Dimension types\n"


def _kind(schema: dict) -> str:
    if "enum" in schema:
        return "one of " + ", ".join(f"`{json.dumps(v)}`" for v in schema["enum"])
    if "$ref" in schema:
        return "see `quark spec schema`" if not schema["$ref"].startswith("#/$defs/") else schema["$ref"][8:]
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {_kind(schema.get('items', {}))}"
    return " or ".join(kind) if isinstance(kind, list) else kind


def _notes(schema: dict) -> str:
    bounds = [f"{label} {schema[key]}" for key, label in
              (("minimum", ">="), ("exclusiveMinimum", ">"), ("maximum", "<="), ("exclusiveMaximum", "<"),
               ("minItems", "items >="), ("minLength", "length >="))
              if key in schema]
    description = schema.get("description", "").strip()
    if description and bounds:
        return f"{description} ({', '.join(bounds)})"
    return description or ", ".join(bounds)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def params_table(schema: dict) -> list[str]:
    properties = schema.get("properties", {})
    if not properties:
        return ["No params."]
    required = set(schema.get("required", ()))
    rows = ["| param | type | default | notes |", "|---|---|---|---|"]
    for name, sub in properties.items():
        default = f"`{json.dumps(sub['default'])}`" if "default" in sub else ("required" if name in required else "")
        rows.append(f"| `{name}` | {_cell(_kind(sub))} | {_cell(default)} | {_cell(_notes(sub))} |")
    return rows


def type_block(name: str, registered: RegisteredType) -> str:
    dim_type = registered.type
    lines = [BEGIN.format(name=name), f"## `{name}`", "",
             f"Category hint: {dim_type.category}. {dim_type.description}", "", *params_table(dim_type.params_schema),
             END.format(name=name)]
    return "\n".join(lines) + "\n"


def selected_types(plugins: list[str] | None) -> dict[str, RegisteredType]:
    """The built-ins' types, or those of the named plugins."""
    return {name: reg for name, reg in dimension_types().items()
            if (loader.source_of(reg.plugin) == loader.BUILTIN if not plugins else reg.plugin in plugins)}


def update_reference(text: str, plugins: list[str] | None = None) -> str:
    """``text`` with every generated block rewritten, stale ones dropped and missing ones appended."""
    types = selected_types(plugins)
    seen: set[str] = set()

    def replace(match: re.Match) -> str:
        name = match["name"]
        seen.add(name)
        return type_block(name, types[name]) if name in types else ""

    updated = BLOCK.sub(replace, text or NEW_FILE)
    missing = [type_block(name, reg) for name, reg in types.items() if name not in seen]
    return updated + "".join("\n" + block for block in missing)
