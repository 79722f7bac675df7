"""`--help` reads well in a pipe: readable metavars, examples, nothing cut at 80 columns; start-up stays light."""

import re

import pytest

from quarkcli.cli import COMMANDS, load_command

COMMAND_LINES = [
    (), ("score",), ("calibrate",), ("diagnose",), ("generate",), ("train",),
    ("spec",), ("spec", "validate"), ("spec", "schema"),
    ("plugins",), ("plugins", "list"), ("plugins", "new"), ("plugins", "docs"),
    ("feedback",), ("feedback", "summarize"), ("feedback", "fit"),
]


@pytest.mark.parametrize("words", COMMAND_LINES, ids=lambda words: " ".join(words) or "quark")
def test_every_help_has_examples_and_nothing_cut_at_80_columns(invoke, monkeypatch, words):
    monkeypatch.setenv("COLUMNS", "80")
    result = invoke(*words, "--help")
    assert result.exit_code == 0, result.output
    assert "Examples:" in result.output
    assert "…" not in result.output
    assert not re.search(r"[a-z,]\.\.\.$", result.output, re.MULTILINE), "a summary cut short"
    for unreadable in ("{", "<bool>", "<str>", "<path>", "<int"):
        assert unreadable not in result.output, unreadable
    assert max(len(line) for line in result.output.splitlines()) <= 80
    assert "  quark " in result.output.split("Examples:")[1]


def test_metavars_name_what_to_pass(invoke):
    output = invoke("score", "--help").output
    assert "Usage: quark score [OPTIONS] SPEC DATA" in output
    assert "--batch-size N" in output and "--reference PATH" in output and "--on-error fail|skip" in output
    assert "--allow-spec-mismatch / --no-allow-spec-mismatch" in output


def test_the_root_lists_each_command_with_the_summary_of_the_command_itself():
    for name, (_, summary) in COMMANDS.items():
        loaded = load_command(name)
        assert loaded.help.split("\n\n")[0].replace("\n", " ").strip() == summary, name

