"""The plugin manager: built-ins and installed distributions load the same way.

Entry points are loaded one by one so that a broken plugin (an import error, a hook that fails pluggy's
validation, a registration that raises) costs one warning line naming it, not every command. Failures are
kept for `quark plugins list`; `QUARK_STRICT_PLUGINS=1` (or `quark plugins list --strict`) makes them fatal.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from importlib.metadata import entry_points

import pluggy

from . import hookspecs
from .errors import QuarkError

ENTRY_POINT_GROUP = "quark"
AUTOLOAD_ENV = "QUARK_DISABLE_PLUGIN_AUTOLOAD"
ALLOW_ENV = "QUARK_PLUGINS"
DENY_ENV = "QUARK_DISABLE_PLUGINS"
STRICT_ENV = "QUARK_STRICT_PLUGINS"
BUILTIN = "built-in"
IN_CODE = "registered in code"

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


class PluginError(QuarkError):
    """A plugin failure made fatal by strict mode, or two plugins claiming the same name."""


@dataclass(frozen=True)
class PluginFailure:
    """One plugin that could not be used, and why; the plugin is left out, the others keep working."""

    plugin: str
    source: str
    reason: str

    def __str__(self) -> str:
        return f"plugin {self.plugin!r} ({self.source}) {self.reason}"

    def warning(self) -> str:
        return f"warning: {self}; skipped (set {DENY_ENV}={self.plugin} to silence this)"


@dataclass(frozen=True)
class NameClash:
    """A command or dimension-type name offered by two sources; always an error."""

    kind: str
    name: str
    first: str
    plugin: str
    source: str

    def __str__(self) -> str:
        return (f"{self.kind} {self.name!r} is registered by both {self.first} and {self.plugin} ({self.source}); "
                f"disable one with {DENY_ENV}=NAME")


pm = pluggy.PluginManager("quark")
pm.add_hookspecs(hookspecs)

_loaded = False
_sources: dict[str, str] = {}
_failures: list[PluginFailure] = []
_disabled: dict[str, tuple[str, str]] = {}
_clashes: list[NameClash] = []


def _names(env: str) -> set[str] | None:
    value = os.environ.get(env)
    return None if value is None else {n.strip() for n in value.split(",") if n.strip()}


def _selected(names: set[str]) -> str | None:
    """Why a plugin known by ``names`` (its entry-point and distribution names) is not loaded, or None."""
    deny, allow = _names(DENY_ENV) or set(), _names(ALLOW_ENV)
    if names & deny:
        return f"disabled by {DENY_ENV}"
    if allow is not None and not names & allow:
        return f"not in {ALLOW_ENV}"
    return None


def report_failure(failure: PluginFailure) -> None:
    """Record a failure once and print its warning line on stderr."""
    if failure in _failures:
        return
    _failures.append(failure)
    from .console import err_console

    err_console.print(failure.warning(), markup=False, highlight=False)


def report_clash(clash: NameClash) -> None:
    if clash not in _clashes:
        _clashes.append(clash)


def _register(plugin: object, name: str, source: str) -> None:
    """Register one plugin; validation errors (unknown hook names included) unregister it and are reported."""
    try:
        pm.register(plugin, name=name)
        for caller in pm.get_hookcallers(plugin) or ():
            if not caller.has_spec():
                pm.unregister(plugin)
                raise pluggy.PluginValidationError(plugin, f"unknown hook {caller.name!r}")
    except Exception as exc:
        report_failure(PluginFailure(name, source, f"failed to register: {describe(exc)}"))
        return
    _sources[name] = source


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _load_entry_points() -> None:
    """In a fixed order (distribution, entry-point name), so that a clash always names the same plugin first."""
    found = entry_points(group=ENTRY_POINT_GROUP)
    known = {builtin_name(module) for module in DEFAULT_PLUGINS}
    for ep in sorted(found, key=lambda e: (e.dist.name if e.dist is not None else "", e.name)):
        dist = ep.dist
        known |= {ep.name} | ({dist.name} if dist is not None else set())
        source = f"{dist.name} {dist.version}" if dist is not None else "unknown distribution"
        skipped = _selected({ep.name} | ({dist.name} if dist is not None else set()))
        if skipped:
            _disabled[ep.name] = (source, skipped)
            continue
        try:
            plugin = ep.load()
        except Exception as exc:
            report_failure(PluginFailure(ep.name, source, f"failed to load: {describe(exc)}"))
            continue
        _register(plugin, ep.name, source)
    _warn_unknown_selection(known)


def _warn_unknown_selection(known: set[str]) -> None:
    """A misspelt name in QUARK_PLUGINS would otherwise silently load nothing."""
    for env in (ALLOW_ENV, DENY_ENV):
        for name in sorted((_names(env) or set()) - known):
            from .console import err_console

            err_console.print(f"warning: {env} names {name!r}, which is no installed plugin or distribution",
                              markup=False, highlight=False)


def load_plugins() -> pluggy.PluginManager:
    """Load the built-ins and, unless autoload is off, the selected entry points, once per process."""
    global _loaded
    if _loaded:
        return pm
    _loaded = True
    for module in DEFAULT_PLUGINS:
        name = builtin_name(module)
        if name in (_names(DENY_ENV) or ()):
            _disabled[name] = (BUILTIN, f"disabled by {DENY_ENV}")
            continue
        pm.register(importlib.import_module(module), name=name)
        _sources[name] = BUILTIN
    if not os.environ.get(AUTOLOAD_ENV):
        _load_entry_points()
    pm.check_pending()
    return pm


def builtin_name(module: str) -> str:
    """quark.safety, quark.judges, quark.models, ..."""
    parts = module.split(".")
    return "quark." + (parts[1] if parts[1] != "default_plugins" else parts[-1])


def source_of(name: str) -> str:
    """'built-in', 'DIST VERSION' or 'registered in code' (plugins a test or script registered itself)."""
    return _sources.get(name, IN_CODE)


def plugin_sources() -> dict[str, str]:
    """Map each registered plugin name to its source."""
    load_plugins()
    return {name: source_of(name) for name, _ in pm.list_name_plugin()}


def failures() -> list[PluginFailure]:
    load_plugins()
    return list(_failures)


def disabled() -> dict[str, tuple[str, str]]:
    """Installed plugins left out by selection: name -> (source, why)."""
    load_plugins()
    return dict(_disabled)


def clashes() -> list[NameClash]:
    return list(_clashes)


def strict_from_env() -> bool:
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def check(strict: bool) -> None:
    """Raise PluginError for a name clash, or for any failure when ``strict``."""
    if _clashes:
        raise PluginError("; ".join(str(c) for c in _clashes))
    if strict and _failures:
        raise PluginError(f"{len(_failures)} plugin(s) failed ({STRICT_ENV}/--strict): "
                          + "; ".join(str(f) for f in _failures))


def mount_commands(app) -> None:
    """Let each plugin add commands to ``app`` on its own; a name already taken is a clash, and the plugin's
    commands are left out, so that a plugin can never silently shadow `quark score`."""
    import typer
    from typer.main import get_group

    taken = {name: "quark (built-in)" for name in get_group(app).commands}
    for impl in load_plugins().hook.quark_register_commands.get_hookimpls():
        source = source_of(impl.plugin_name)
        staging = typer.Typer()
        try:
            impl.function(cli=staging)
            names = list(get_group(staging).commands)
        except Exception as exc:
            report_failure(PluginFailure(impl.plugin_name, source, f"quark_register_commands raised {describe(exc)}"))
            continue
        clashing = [NameClash("command", name, taken[name], impl.plugin_name, source) for name in names if name in taken]
        for clash in clashing:
            report_clash(clash)
        if not clashing:
            app.add_typer(staging)
            taken.update(dict.fromkeys(names, f"{impl.plugin_name} ({source})"))
