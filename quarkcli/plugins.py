"""The plugin manager: built-ins and installed distributions load the same way."""

from __future__ import annotations

import importlib
import os

import pluggy

from . import hookspecs

DEFAULT_PLUGINS = (
    "quarkcli.default_plugins.safety",
    "quarkcli.default_plugins.compliance",
    "quarkcli.default_plugins.quality",
    "quarkcli.default_plugins.structure",
    "quarkcli.default_plugins.instructions",
    "quarkcli.default_plugins.lexicon",
    "quarkcli.judges.dimensions",
    "quarkcli.models",
)

pm = pluggy.PluginManager("quark")
pm.add_hookspecs(hookspecs)

_loaded = False


def load_plugins() -> pluggy.PluginManager:
    """Load entry-point plugins (unless disabled) and the built-ins, once."""
    global _loaded
    if _loaded:
        return pm
    _loaded = True
    if not os.environ.get("QUARK_DISABLE_PLUGIN_AUTOLOAD"):
        pm.load_setuptools_entrypoints("quark")
    for module in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(module), name=builtin_name(module))
    pm.check_pending()
    return pm


def builtin_name(module: str) -> str:
    """quark.safety, quark.judges, quark.models, ..."""
    parts = module.split(".")
    return "quark." + (parts[1] if parts[1] != "default_plugins" else parts[-1])


def plugin_sources() -> dict[str, str]:
    """Map each registered plugin name to 'built-in', 'DIST VERSION' or 'registered in code'."""
    load_plugins()
    builtins = {builtin_name(m) for m in DEFAULT_PLUGINS}
    sources = {name: "built-in" if name in builtins else "registered in code" for name, _ in pm.list_name_plugin()}
    for plugin, dist in pm.list_plugin_distinfo():
        sources[pm.get_name(plugin)] = f"{dist.project_name} {dist.version}"
    return sources
