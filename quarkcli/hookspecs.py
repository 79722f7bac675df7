"""Hook specifications: the whole contract between Quark and its plugins."""

import pluggy

hookspec = pluggy.HookspecMarker("quark")


@hookspec
def quark_register_dimensions(register):
    """Register dimension types by calling register(DimensionType(...))."""


@hookspec
def quark_register_commands(cli):
    """Add commands to the root typer.Typer application."""
