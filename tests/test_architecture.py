"""The package's shape: imports point one way, and the plugin and engine APIs explain themselves.

Every import counts, also the ones inside functions: a lazy import is still a dependency.
"""

import ast
import importlib
import inspect
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quarkcli"

# Lowest first. A module may import modules of its own layer or of lower ones, never of a higher one.
LAYERS = [
    ["quarkcli", "quarkcli.errors", "quarkcli.risk", "quarkcli.jsonl", "quarkcli.data", "quarkcli.console",
     "quarkcli.outputs", "quarkcli.deadline", "quarkcli.patterns", "quarkcli.redact", "quarkcli.extras"],
    ["quarkcli.hookspecs", "quarkcli.plugins", "quarkcli.dimensions", "quarkcli.params", "quarkcli.api",
     "quarkcli.dimension_docs", "quarkcli.plugin_template"],
    ["quarkcli.spec"],
    ["quarkcli.backends", "quarkcli.regex_store"],
    ["quarkcli.default_plugins", "quarkcli.judges", "quarkcli.models"],
    ["quarkcli.records", "quarkcli.batch"],
    ["quarkcli.scoring", "quarkcli.testing", "quarkcli.parallel", "quarkcli.ray_scoring", "quarkcli.worker_chunks",
     "quarkcli.worker"],
    ["quarkcli.engine", "quarkcli.summary", "quarkcli.feedback", "quarkcli.trackers", "quarkcli.healthbench"],
    ["quarkcli.diagnose", "quarkcli.generate", "quarkcli.train"],
    ["quarkcli.commands", "quarkcli.cli", "quarkcli.__main__"],
]
# The package root offers ``quarkcli.QuarkReward`` lazily (module __getattr__): the one sanctioned upward import.
ALLOWED = {("quarkcli", "quarkcli.train.reward")}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def imports() -> dict[str, set[str]]:
    """Module -> the quarkcli modules it imports (``from x import name`` counts as x)."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = found.setdefault(name, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                if node.module is None:
                    targets.update(f"{module}.{alias.name}" for alias in node.names
                                   if (PACKAGE.parent / f"{module}.{alias.name}".replace(".", "/")).exists()
                                   or (PACKAGE.parent / (f"{module}.{alias.name}".replace(".", "/") + ".py")).exists())
                    targets.add(module)
                else:
                    targets.add(module)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
        found[name] = {t for t in targets if t == "quarkcli" or t.startswith("quarkcli.")} - {name}
    return found


def layer(module: str) -> int:
    best, index = "", None
    for i, members in enumerate(LAYERS):
        for prefix in members:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > len(best):
                best, index = prefix, i
    assert index is not None, f"{module} is in no layer: add it to LAYERS"
    return index


def test_every_module_has_a_layer():
    for module in imports():
        layer(module)


def test_no_upward_import():
    upward = sorted(f"{a} (layer {layer(a)}) imports {b} (layer {layer(b)})"
                    for a, targets in imports().items() for b in targets
                    if layer(b) > layer(a) and (a, b) not in ALLOWED)
    assert not upward, "\n".join(upward)


def test_no_import_cycle():
    graph = {a: {b for b in targets if (a, b) not in ALLOWED and b in imports()} for a, targets in imports().items()}
    # the package root is only a name space for modules below it, not a dependency of theirs
    graph = {a: {b for b in targets if b != "quarkcli"} for a, targets in graph.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(path[path.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert not cycles, "\n".join(cycles)


def test_rule_plugins_share_code_only_through_their_common_modules():
    """Built-in plugins are loaded by name (quarkcli.plugins); they share code through ``text``,
    ``red_flags``, ``fuzzy``, ``language``, ``advice`` and ``harmful_requests`` only, and nothing else imports them. A plugin split
    into a package (``dosage``) imports its own parts."""
    shared = {"quarkcli.default_plugins.text", "quarkcli.default_plugins.red_flags", "quarkcli.default_plugins.fuzzy",
              "quarkcli.default_plugins.language", "quarkcli.default_plugins.advice",
              "quarkcli.default_plugins.harmful_requests"}

    def own_part(a: str, b: str) -> bool:
        return len(b.split(".")) > 3 and a.split(".")[:3] == b.split(".")[:3]

    crossing = sorted(f"{a} imports {b}" for a, targets in imports().items() for b in targets
                      if b.startswith("quarkcli.default_plugins.") and not own_part(a, b)
                      and (b not in shared if a.startswith("quarkcli.default_plugins.") else a != "quarkcli.plugins"))
    assert not crossing, "\n".join(crossing)


def public_names(module) -> list[str]:
    names = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
    return [n for n in names if getattr(getattr(module, n), "__module__", None) == module.__name__
            or n in getattr(module, "__all__", [])]


@pytest.mark.parametrize("module_name", ["quarkcli.dimensions", "quarkcli.batch", "quarkcli.engine"])
def test_the_plugin_and_engine_apis_have_docstrings(module_name):
    module = importlib.import_module(module_name)
    missing = []
    for name in public_names(module):
        value = getattr(module, name)
        if not (inspect.isclass(value) or inspect.isfunction(value)):
            continue
        if not inspect.getdoc(value):
            missing.append(name)
        if inspect.isclass(value):
            for attr, member in vars(value).items():
                methods = (property, classmethod, staticmethod)
                if attr.startswith("_") or not (inspect.isfunction(member) or isinstance(member, methods)):
                    continue
                function = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
                if not (function.__doc__ or "").strip():
                    missing.append(f"{name}.{attr}")
    assert not missing, f"{module_name}: no docstring on " + ", ".join(missing)
