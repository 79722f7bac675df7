"""The `quark` command: a thin root that loads each command's module only when that command runs.

Commands are registered by name → module (like lm-eval's lazy registries), so `quark --help` and the start-up of
one command import neither numpy nor the other commands' dependencies.
"""

import atexit
import importlib
import os
import sys
import threading
from typing import Annotated

import typer

from . import __version__, console, gc_pause, warm_up
from . import plugins as plugin_loader
from .commands.help import ReadableHelp, examples
from .dimensions import dimension_types
from .errors import EXIT_INTERNAL, QuarkError

DEBUG_ENV = "QUARK_DEBUG"

# name → (module with a Typer `app`, the one-line summary `quark --help` lists without importing the module)
COMMANDS = {
    "score": ("quarkcli.commands.score", "Score DATA on every dimension of SPEC and print the alignment matrix."),
    "calibrate": ("quarkcli.commands.calibrate",
                  "Score the reference policy's responses in DATA and freeze their statistics for normalization."),
    "diagnose": ("quarkcli.commands.diagnose",
                 "Say where and why the model fails: matrix, attribution, co-failure, comparison, recommendations."),
    "generate": ("quarkcli.commands.generate",
                 "Generate responses to the prompts in DATA with a model, ready for `quark score`."),
    "train": ("quarkcli.commands.train",
              "Optimise a model with GRPO (TRL) on the spec's dimensions, rewarded by Quark's engine."),
    "spec": ("quarkcli.commands.spec", "Validate specs and print the composed JSON Schema."),
    "plugins": ("quarkcli.commands.plugins", "Inspect installed plugins and their dimension types."),
    "feedback": ("quarkcli.commands.feedback", "Summarise user feedback and fit a feedback reward model."),
}


def load_command(name: str) -> typer.core.TyperCommand:
    """The click command of a built-in command, importing its module."""
    command = typer.main.get_command(importlib.import_module(COMMANDS[name][0]).app)
    command.name = name
    command.help = command.help or COMMANDS[name][1]
    if command.callback is not None and not isinstance(command, typer.core.TyperGroup):
        command.callback = gc_pause.resuming(command.callback)  # its options are parsed by then
        command.resumes_gc = True
    return command


class LazyCommand(typer.core.TyperCommand):
    """Stands in for a built-in command in `quark --help`; replaced by the real one when it is invoked."""

    def __init__(self, name: str):
        super().__init__(name=name, help=COMMANDS[name][1], short_help=COMMANDS[name][1], callback=None)


class QuarkGroup(ReadableHelp, typer.core.TyperGroup):
    """The root. Holds the built-in commands as stand-ins until one is resolved, and is the one place where
    failures become output: a QuarkError prints its line(s) and exits with its code; anything else is a bug,
    shown as one line unless QUARK_DEBUG=1 asks for the traceback."""

    def __init__(self, **attrs):
        super().__init__(**attrs)
        for name in COMMANDS:
            self.commands.setdefault(name, LazyCommand(name))

    def resolve_command(self, ctx, args):
        name, command, rest = super().resolve_command(ctx, args)
        if isinstance(command, LazyCommand):
            command = self.commands[name] = load_command(name)
        if not getattr(command, "resumes_gc", False):
            gc_pause.resume()  # command groups and plugins' commands: nothing of theirs to speed up
        return name, command, rest

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except QuarkError as exc:
            if os.environ.get(DEBUG_ENV) == "1":
                raise
            for line in exc.lines():
                console.err_console.print(line, markup=False, highlight=False)
            raise typer.Exit(exc.exit_code) from None
        except Exception as exc:
            if os.environ.get(DEBUG_ENV) == "1":
                raise
            console.err_console.print(f"error: internal error: {type(exc).__name__}: {exc} "
                              f"(set {DEBUG_ENV}=1 for the traceback)", markup=False, highlight=False)
            raise typer.Exit(EXIT_INTERNAL) from None


app = typer.Typer(
    name="quark",
    cls=QuarkGroup,
    help="Align medical LLMs with many reward signals at once: score, diagnose and train on one alignment matrix.",
    epilog=examples(
        "quark score specs/medical.yaml answers.jsonl -o scores.jsonl",
        "quark diagnose scores.jsonl --html report.html",
        "quark score SPEC DATA --help    (every command has its own help)",
    ),
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


plugin_loader.mount_commands(app)


def main() -> None:
    gc_pause.pause()  # until the command's callback starts: see gc_pause
    try:
        app()
    except SystemExit as exc:
        exit_now(exc.code)
    exit_now(0)


def exit_now(code) -> None:
    """Leave as soon as the command is done: tearing down the interpreter (every module, object and the
    SQLite cache's checkpoint) takes longer than many a command's last step, and a judge run pays it after its
    last answer. The exit hooks still run, the standard streams are flushed and the cache's transactions are
    already committed; threads that are still running get the usual exit, which waits for them."""
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    warm_up.finish()
    if threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 1
    os._exit(code or 0)
