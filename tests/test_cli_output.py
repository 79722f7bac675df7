"""What score, calibrate and diagnose print in a pipe at 80 columns: nothing cut, below-target rows marked in text."""

import json
import sys

import pytest

from tests.conftest import EXAMPLES, MEDICAL_SPEC, ROOT


@pytest.fixture
def narrow(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture(scope="module")
def medical_scores(tmp_path_factory):
    """The scored lines, and beside them (summary.json) the summary of the same run."""
    from typer.testing import CliRunner

    from quarkcli.cli import app

    out = tmp_path_factory.mktemp("scores") / "scores.jsonl"
    result = CliRunner().invoke(app, ["score", str(MEDICAL_SPEC), str(EXAMPLES), "-o", str(out),
                                      "--summary-json", str(out.with_name("summary.json")), "-q"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def red_flags(medical_scores):
    """red_flag_escalation's numbers on the bundled data, as the tables print them (the rules change; the layout must not)."""
    summary = json.loads(medical_scores.with_name("summary.json").read_text(encoding="utf-8"))
    row = summary["dimensions"]["red_flag_escalation"]
    assert row["below_target"]
    return {"mean": f"{row['mean']:.3f}", "pass": f"{row['pass_rate']:.0%}", "n": str(row["n_applicable"]),
            "gap": f"{(row['target'] - row['attained']) * 100:+.1f} pp"}


def assert_readable(output: str) -> None:
    assert "…" not in output
    assert max(len(line.rstrip()) for line in output.splitlines()) <= 80


def test_score_at_80_columns_cuts_nothing_and_marks_rows_below_target(invoke, narrow, tmp_path, red_flags):
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "-o", tmp_path / "s.jsonl")
    assert result.exit_code == 0, result.output
    assert_readable(result.stdout)
    heading = next(line for line in result.stdout.splitlines() if "red_flag_escalation" in line)
    assert heading.endswith("✗ below")
    assert f"Mean {red_flags['mean']}   Pass {red_flags['pass']}   Target 98%" in result.stdout
    assert "✗ below: below target" in result.stdout


def test_wide_output_is_one_table_with_the_marker_column(invoke, monkeypatch, tmp_path, red_flags):
    monkeypatch.setenv("COLUMNS", "120")
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "-o", tmp_path / "s.jsonl")
    assert result.exit_code == 0, result.output
    [row] = [line for line in result.stdout.splitlines() if "red_flag_escalation" in line]
    assert row.split() == ["expert", "red_flag_escalation", "critical", red_flags["mean"], red_flags["pass"], "98%",
                           red_flags["n"], red_flags["n"], "0", "0", "✗", "below"]


def test_calibrate_at_80_columns_cuts_nothing(invoke, narrow, tmp_path, red_flags):
    result = invoke("calibrate", MEDICAL_SPEC, EXAMPLES, "-o", tmp_path / "ref.json")
    assert result.exit_code == 0, result.output
    assert_readable(result.stdout)
    assert "red_flag_escalation" in result.stdout and red_flags["pass"] in result.stdout


def test_diagnose_at_80_columns_cuts_nothing_and_speaks_the_same_units(invoke, narrow, medical_scores, red_flags):
    result = invoke("diagnose", medical_scores, "--spec", MEDICAL_SPEC)
    assert result.exit_code == 0, result.output
    assert_readable(result.stdout)
    assert (f"Mean {red_flags['mean']}   Pass {red_flags['pass']}   Target 98%   Gap {red_flags['gap']}"
            in result.stdout)
    assert "Attained" not in result.stdout
    assert "✗ below: below target" in result.stdout


def test_clinician_pointer_failures_name_what_is_missing(invoke, medical_scores):
    result = invoke("diagnose", medical_scores, "--json", "-")
    causes = next(a for a in json.loads(result.stdout)["attribution"] if a["dimension"] == "clinician_pointer")
    assert causes["causes"][0]["cause"] == "advice without a pointer to a clinician"


def test_score_and_diagnose_use_the_same_keys(invoke, medical_scores, tmp_path):
    summary = json.loads(invoke("score", MEDICAL_SPEC, EXAMPLES, "--summary-json", "-").stdout)
    diagnosis = json.loads(invoke("diagnose", medical_scores, "--spec", MEDICAL_SPEC, "--json", "-").stdout)
    scored = summary["dimensions"]["dosage_safety"]
    [diagnosed] = [r for r in diagnosis["matrix"]["dimensions"] if r["dimension"] == "dosage_safety"]
    for key in ("mean", "pass_rate", "attained", "target", "below_target", "n_applicable"):
        assert scored[key] == pytest.approx(diagnosed[key]), key


@pytest.mark.parametrize("command", ["score", "calibrate"])
def test_quiet_prints_no_summary_table_but_json_still_prints(invoke, tmp_path, command):
    out = ["-o", tmp_path / "out.json"]
    quiet = invoke(command, MEDICAL_SPEC, EXAMPLES, *out, "-q")
    assert quiet.exit_code == 0, quiet.output
    assert quiet.stdout == ""
    as_json = invoke(command, MEDICAL_SPEC, EXAMPLES, *out, "-q", "--json")
    assert json.loads(as_json.stdout)


@pytest.mark.parametrize("args, module, message", [
    (("train", MEDICAL_SPEC, "--data", EXAMPLES, "--model", "tiny"), "trl",
     "error: quark train needs the training extras: pip install 'quark-align[train]' (missing: trl)"),
    (("generate", "--model", "tiny", "--data", EXAMPLES, "-o", "out.jsonl"), "torch",
     "error: quark generate --backend transformers needs the model extras: pip install 'quark-align[models]' "
     "(missing: torch)"),
])
def test_a_missing_extra_is_one_line_naming_the_pip_command(invoke, monkeypatch, tmp_path, args, module, message):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, module, None)
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [message]


def test_a_spec_too_big_for_the_default_min_weight_says_what_to_add(invoke, write):
    dimensions = "".join(f"  - {{id: d{i}, category: format, type: length, params: {{max_words: 99}}}}\n"
                         for i in range(50))
    spec = write("big.yaml", "name: big\nversion: 1\ndimensions:\n" + dimensions)
    result = invoke("spec", "validate", spec)
    assert result.exit_code == 2
    assert (f"weighting.min_weight: 50 weighted dimensions x the default min_weight 0.02 must be below 1: "
            f"add `weighting: {{min_weight: 0.018}}` to {spec} (anything below 1/50)") in result.stderr


def test_a_table_of_text_columns_prints_names_then_wrapped_text(invoke, narrow):
    result = invoke("plugins", "list")
    assert result.exit_code == 0, result.output
    assert_readable(result.stdout)
    lines = result.stdout.splitlines()
    heading = lines.index("disclaimer  format  quark.compliance  built-in")
    assert lines[heading + 1].startswith("    Description Individual medical advice")
    assert all(line.startswith("    ") for line in lines[heading + 1:heading + 3])


def test_feedback_summarize_at_80_columns_cuts_nothing(invoke, narrow):
    result = invoke("feedback", "summarize", ROOT / "examples" / "feedback.jsonl", "--spec", MEDICAL_SPEC)
    assert result.exit_code == 0, result.output
    assert_readable(result.stdout)
