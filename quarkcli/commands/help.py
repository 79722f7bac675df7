"""`--help` that reads well everywhere: readable metavars, examples, and no truncated option names.

typer's rich help lays options out in fixed columns and cuts what does not fit (``--allow-spec-mi…``); in a pipe,
a CI log or a narrow terminal Quark prints click's plain layout instead, which wraps. Metavars are derived from
each parameter (``SPEC``, ``PATH``, ``N``, ``fail|skip``) rather than typer's ``{spec}`` and ``<bool>``.
"""

from __future__ import annotations

import inspect
import shutil
import sys

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

RICH_MIN_WIDTH = 100
_TYPE_METAVARS = {"<path>": "PATH", "<str>": "TEXT", "<int>": "N", "<int range>": "N", "<float>": "NUM",
                  "<float range>": "NUM", "<list[str]>": "TEXT", "<list[path]>": "PATH"}


def examples(*lines: str) -> str:
    """An epilog of example command lines, kept one per line by both help layouts (click's ``\\b`` marker)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


def plain_help() -> bool:
    """The rich layout only on a terminal wide enough for it; otherwise click's wrapping one."""
    return not sys.stdout.isatty() or shutil.get_terminal_size().columns < RICH_MIN_WIDTH


def _metavar(param, ctx) -> str:
    if isinstance(param, TyperArgument):
        return param.name.upper()
    if param.is_flag or param.count:
        return ""
    shown = param.display_type(ctx)
    return _TYPE_METAVARS.get(shown, shown.strip("<>").upper() if "|" not in shown else shown.strip("<>"))


def _summary(command) -> str:
    return command.short_help or inspect.cleandoc(command.help or "").split("\n\n")[0].replace("\n", " ")


class ReadableHelp:
    """Mixed into commands and groups: metavars and layout are settled when help (or an error) is shown."""

    def _settle(self, ctx) -> None:
        for param in self.get_params(ctx):
            if isinstance(param, (TyperArgument, TyperOption)) and param.metavar is None:
                param.metavar = _metavar(param, ctx)

    def collect_usage_pieces(self, ctx) -> list[str]:
        self._settle(ctx)
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, TyperArgument):
                name = param.metavar + ("..." if param.nargs != 1 else "")
                pieces.append(name if param.required else f"[{name}]")
        if isinstance(self, TyperGroup):
            pieces.append(self.subcommand_metavar)
        return pieces

    def format_options(self, ctx, formatter) -> None:
        """Plain layout: arguments by their metavar alone, and each subcommand's whole summary, wrapped."""
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None:
                if isinstance(param, TyperArgument):
                    arguments.append((param.metavar, record[1]))
                else:
                    options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
        if isinstance(self, TyperGroup):
            rows = [(name, _summary(command)) for name in self.list_commands(ctx)
                    if (command := self.get_command(ctx, name)) is not None and not command.hidden]
            if rows:
                with formatter.section("Commands"):
                    formatter.write_dl(rows)

    def format_help(self, ctx, formatter) -> None:
        self._settle(ctx)
        plain = plain_help()
        if not plain and self.epilog:
            self.epilog = self.epilog.replace("\b\n", "")
        self.rich_markup_mode = None if plain else "rich"
        super().format_help(ctx, formatter)


class QuarkCommand(ReadableHelp, TyperCommand):
    """Every Quark command: ``@app.command(cls=QuarkCommand, epilog=examples(...))``."""


class QuarkSubgroup(ReadableHelp, TyperGroup):
    """Command groups (`quark spec`, `quark plugins`, `quark feedback`): ``typer.Typer(cls=QuarkSubgroup)``."""


def command_group(summary: str, *example_lines: str) -> typer.Typer:
    """The Typer app of a command with subcommands (`quark spec`, `quark plugins`, `quark feedback`)."""
    return typer.Typer(cls=QuarkSubgroup, add_completion=False, help=summary, epilog=examples(*example_lines))
