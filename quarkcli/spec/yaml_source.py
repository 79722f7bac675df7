"""Safe YAML loading that remembers the line of every value.

Validation errors must point at a line in the user's file, so the document is
composed into nodes once and walked: plain data comes out together with a map
from JSON path (a tuple of keys and indexes) to line number.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

MAX_VALUES = 100_000
"""Values a spec may expand to: aliases share nodes, so a small file can stand for billions of values."""


class YamlProblem(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class YamlSource:
    data: object
    lines: dict[tuple, int]
    duplicates: list[tuple[tuple, int, str]]

    def line_of(self, path: tuple) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)


def load_yaml(text: str) -> YamlSource:
    """Parse ``text`` with the safe loader; raise YamlProblem on bad syntax."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlProblem(line, f"YAML syntax error: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(1, f"YAML syntax error: {exc}") from None
    if node is None:
        return YamlSource(None, {(): 1}, [])
    lines: dict[tuple, int] = {}
    duplicates: list[tuple[tuple, int, str]] = []
    constructor = yaml.SafeLoader("")
    try:
        data = _walk(node, (), lines, duplicates, constructor, [MAX_VALUES])
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        raise YamlProblem(mark.line + 1 if mark else 1, f"YAML error: {exc.problem}") from None
    return YamlSource(data, lines, duplicates)


PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _walk(node, path, lines, duplicates, constructor, budget):
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlProblem(node.start_mark.line + 1, f"YAML error: the document expands to more than {MAX_VALUES:,} "
                                                    "values (nested aliases?)")
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in PLAIN_TAGS:
        raise YamlProblem(node.start_mark.line + 1, f"YAML error: tag {node.tag!r} is not allowed in a spec")
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = constructor.construct_object(key_node, deep=True)
            if isinstance(key, (list, dict)):
                raise YamlProblem(key_node.start_mark.line + 1, "YAML error: mapping keys must be plain values")
            child = path + (key,)
            if key in result:
                duplicates.append((child, key_node.start_mark.line + 1, str(key)))
            lines[child] = key_node.start_mark.line + 1
            result[key] = _walk(value_node, child, lines, duplicates, constructor, budget)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, path + (i,), lines, duplicates, constructor, budget) for i, item in enumerate(node.value)]
    return constructor.construct_object(node, deep=True)
