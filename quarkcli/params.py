"""A dimension's params, completed from its JSON Schema: defaults are declared once, in the schema.

The validator is extended so that, while it walks ``properties`` (through ``$ref`` and ``$defs`` too),
every absent property with a ``default`` is filled in before its subschema is checked.
"""

from __future__ import annotations

import copy
from functools import cache

import jsonschema
from jsonschema import validators


@cache
def _filling(base: type) -> type:
    check_properties = base.VALIDATORS["properties"]

    def properties(validator, props, instance, schema):
        if isinstance(instance, dict):
            for name, subschema in props.items():
                if isinstance(subschema, dict) and "default" in subschema and name not in instance:
                    instance[name] = copy.deepcopy(subschema["default"])
        yield from check_properties(validator, props, instance, schema)

    return validators.extend(base, {"properties": properties})


def with_defaults(schema: dict, params: dict | None) -> dict:
    """A copy of ``params`` with the schema's defaults filled in; the input is left untouched."""
    filled = copy.deepcopy(params) if params else {}
    base = validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    for _ in _filling(base)(schema).iter_errors(filled):
        pass
    return filled
