"""Compose the spec schema with every installed plugin's params schema.

The shipped ``spec.schema.json`` is the single source of truth for the spec's
shape; this module only plugs in the list of known types and, per type, an
``if type == T then params matches T's schema`` clause, so that a wrong plugin
parameter is reported exactly like a wrong top-level field.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources

from ..dimensions import RegisteredType, dimension_types


@cache
def base_schema() -> dict:
    return json.loads(resources.files("quarkcli.schemas").joinpath("spec.schema.json").read_text("utf-8"))


def composed_schema(types: dict[str, RegisteredType] | None = None) -> dict:
    types = dimension_types() if types is None else types
    schema = copy.deepcopy(base_schema())
    dimension = schema["$defs"]["dimension"]
    dimension["properties"]["type"]["enum"] = list(types)
    clauses = []
    for name, registered in types.items():
        params = {k: v for k, v in registered.type.params_schema.items() if k not in ("$schema", "$id")}
        clauses.append(
            {
                "if": {"properties": {"type": {"const": name}}, "required": ["type"]},
                "then": {"properties": {"params": params}},
            }
        )
    if clauses:
        dimension["allOf"] = clauses
    return schema
