"""The `quark` command: a thin root that mounts one Typer app per command module."""

import os
from typing import Annotated

import typer
from typer.core import TyperGroup

from . import __version__
from . import plugins as plugin_loader
from .commands import calibrate, diagnose, feedback, generate, plugins, score, spec, train
from .console import err_console
from .dimensions import dimension_types
from .errors import EXIT_INTERNAL, QuarkError

DEBUG_ENV = "QUARK_DEBUG"


class QuarkGroup(TyperGroup):
    """The one place where failures become output: a QuarkError prints its line(s) and exits with its code;
    anything else is a bug, shown as one line unless QUARK_DEBUG=1 asks for the traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except QuarkError as exc:
            if os.environ.get(DEBUG_ENV) == "1":
                raise
            for line in exc.lines():
                err_console.print(line, markup=False, highlight=False)
            raise typer.Exit(exc.exit_code) from None
        except Exception as exc:
            if os.environ.get(DEBUG_ENV) == "1":
                raise
            err_console.print(f"error: internal error: {type(exc).__name__}: {exc} "
                              f"(set {DEBUG_ENV}=1 for the traceback)", markup=False, highlight=False)
            raise typer.Exit(EXIT_INTERNAL) from None


app = typer.Typer(
    name="quark",
    cls=QuarkGroup,
    help="Align medical LLMs with many reward signals at once: score, diagnose and train on one alignment matrix.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"quark {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Quark: one alignment matrix for scoring, diagnosing and training medical LLMs."""
    if ctx.invoked_subcommand != "plugins":
        dimension_types()  # a name clash (or, when strict, a failed plugin) stops every command, not only spec readers


app.add_typer(score.app)
app.add_typer(calibrate.app)
app.add_typer(diagnose.app)
app.add_typer(generate.app)
app.add_typer(train.app)
app.add_typer(spec.app, name="spec", help="Validate specs and print the composed JSON Schema.")
app.add_typer(plugins.app, name="plugins", help="Inspect installed plugins and their dimension types.")
app.add_typer(feedback.app, name="feedback", help="Summarise user feedback and fit a feedback reward model.")
plugin_loader.mount_commands(app)


def main() -> None:
    app()
