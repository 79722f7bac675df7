"""Compose the spec schema with every installed plugin's params schema.

The shipped ``spec.schema.json`` is the single source of truth for the spec's
shape; this module only plugs in the list of known types and, per type, an
``if type == T then params matches T's schema`` clause, so that a wrong plugin
parameter is reported exactly like a wrong top-level field.

Each type's params schema is embedded whole under ``$defs`` as its own schema
resource (its ``$id``, or ``urn:quark:params:T``), so ``$ref``/``$defs`` inside it
resolve against that schema and not against the spec schema.

A spec is checked against a schema with clauses for its own types only: copying and
checking every installed type's params at each load is start-up time that a judge's
first call waits for. The list of known types stays whole, so an unknown type is
still reported with every available name.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Collection

from ..dimensions import RegisteredType, dimension_types


@cache
def base_schema() -> dict:
    return json.loads(resources.files("quarkcli.schemas").joinpath("spec.schema.json").read_text("utf-8"))


def composed_schema(types: dict[str, RegisteredType] | None = None, used: Collection[str] | None = None) -> dict:
    """The spec schema knowing every type in ``types`` (default: the registered ones), with the params clauses
    of those in ``used`` (default: all)."""
    types = dimension_types() if types is None else types
    schema = copy.deepcopy(base_schema())
    dimension = schema["$defs"]["dimension"]
    dimension["properties"]["type"]["enum"] = list(types)
    clauses = []
    for name, registered in types.items():
        if used is not None and name not in used:
            continue
        params = copy.deepcopy(registered.type.params_schema)
        params.setdefault("$id", params_uri(name))
        schema["$defs"][f"params:{name}"] = params
        clauses.append(
            {
                "if": {"properties": {"type": {"const": name}}, "required": ["type"]},
                "then": {"properties": {"params": {"$ref": params["$id"]}}},
            }
        )
    if clauses:
        dimension["allOf"] = clauses
    return schema


def params_uri(type_name: str) -> str:
    return f"urn:quark:params:{type_name}"


def used_types(data) -> set[str]:
    """The dimension types a parsed spec names (whatever else is wrong with it)."""
    dimensions = data.get("dimensions") if isinstance(data, dict) else None
    if not isinstance(dimensions, list):
        return set()
    return {d["type"] for d in dimensions if isinstance(d, dict) and isinstance(d.get("type"), str)}
