"""One error path: failures travel as exceptions to the CLI root, which prints one line and picks the exit code."""

import pytest
import typer
from typer.testing import CliRunner

from quarkcli.cli import QuarkGroup
from quarkcli.errors import EXIT_GATE, QuarkError
from tests.conftest import ROOT


def failing_app() -> typer.Typer:
    app = typer.Typer(cls=QuarkGroup)

    @app.callback()
    def root() -> None:
        """A root like quark's."""

    @app.command()
    def gate() -> None:
        raise QuarkError("composite mean 0.4 is below --fail-under 0.5", exit_code=EXIT_GATE)

    @app.command()
    def bug() -> None:
        raise KeyError("weights")

    return app


def run(*args):
    return CliRunner().invoke(failing_app(), list(args))


def test_a_quark_error_is_one_line_with_its_exit_code(monkeypatch):
    monkeypatch.delenv("QUARK_DEBUG", raising=False)
    result = run("gate")
    assert result.exit_code == EXIT_GATE
    assert result.stderr.splitlines() == ["error: composite mean 0.4 is below --fail-under 0.5"]


def test_an_unexpected_exception_is_one_line_and_exit_1(monkeypatch):
    monkeypatch.delenv("QUARK_DEBUG", raising=False)
    result = run("bug")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: internal error: KeyError") and "QUARK_DEBUG=1" in line
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command, error", [("bug", KeyError), ("gate", QuarkError)])
def test_quark_debug_shows_the_traceback(monkeypatch, command, error):
    monkeypatch.setenv("QUARK_DEBUG", "1")
    result = run(command)
    assert isinstance(result.exception, error)
    assert result.exc_info[2] is not None


def test_a_package_error_reaches_the_root_from_a_real_command(invoke, tmp_path):
    missing = tmp_path / "missing.json"
    result = invoke("score", ROOT / "specs/medical.yaml", ROOT / "examples/medical_qa.jsonl",
                    "--reference", missing, "--quiet")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"error: {missing}: reference file not found (create one with "
                                          "`quark calibrate`)"]
