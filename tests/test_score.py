import csv
import json

import pytest

from tests.conftest import EXAMPLES, MEDICAL_SPEC

GOOD = {"prompt": "What is a cold?", "response": "A cold is a mild viral infection of the nose and throat."}


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_demo_data_scores_and_prints_the_matrix(invoke, tmp_path):
    out, summary = tmp_path / "scores.jsonl", tmp_path / "summary.json"
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "-o", out, "--summary-json", summary)
    assert result.exit_code == 0, result.output
    for category in ("fundamental", "expert", "feedback", "format", "composite"):
        assert category in result.stdout
    records = lines(out)
    inputs = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [r["id"] for r in inputs]
    first = records[0]
    assert set(first) == {"id", "tags", "excerpt", "dimensions", "category_scores", "composite"}
    assert first["tags"] == inputs[0]["tags"]
    assert first["excerpt"]["prompt"] == inputs[0]["prompt"][:200]
    assert set(first["dimensions"]["dosage_safety"]) == {"raw", "passed", "applicable", "evidence", "error"}
    report = json.loads(summary.read_text())
    assert report["n_records"] == len(inputs)
    dosage = report["dimensions"]["dosage_safety"]
    assert {"category", "mean", "pass_rate", "n_applicable", "n_scored", "n_unscored"} <= set(dosage)
    assert dosage["category"] == "expert"
    instructions = report["dimensions"]["follows_format_instructions"]
    assert 0 < instructions["instruction_level"] <= 1 and "instruction_level" not in dosage
    constrained = [r for r in records if r["dimensions"]["follows_format_instructions"]["applicable"]]
    assert constrained and all("instructions" in r["dimensions"]["follows_format_instructions"]["details"]
                               for r in constrained)
    assert abs(sum(report["weights"].values()) - 1) < 1e-9
    assert set(report["categories"]) == {"fundamental", "expert", "feedback", "format"}
    assert 0 < report["composite_mean"] < 1


def test_composite_is_base_weighted_mean_of_scored_raw(invoke, mini_spec, records_file, tmp_path):
    data = records_file([
        {"id": "a", "prompt": "q", "response": "three words here"},
        {"id": "b", "prompt": "q", "response": "see http://x.example"},
    ])
    out = tmp_path / "s.jsonl"
    assert invoke("score", mini_spec, data, "-o", out).exit_code == 0
    a, b = lines(out)
    assert a["composite"] == pytest.approx(1.0)
    assert b["dimensions"]["words"]["raw"] == 0.0 and b["dimensions"]["no_links"]["raw"] == 0.0
    assert a["category_scores"] == {"fundamental": 1.0, "format": 1.0}
    assert b["id"] == "b"


def test_nulls_are_left_out_of_the_composite(invoke, write, records_file, tmp_path):
    spec = write("s.yaml", """\
name: s
version: 1
dimensions:
  - {id: words, category: fundamental, type: mock_words, weight: 1}
  - {id: constraints, category: format, type: verifiable_instructions, weight: 5}
""")
    data = records_file([{"prompt": "q", "response": "short answer"}])
    out = tmp_path / "o.jsonl"
    summary = tmp_path / "summary.json"
    assert invoke("score", spec, data, "-o", out, "--summary-json", summary).exit_code == 0
    (record,) = lines(out)
    assert record["dimensions"]["constraints"]["raw"] is None
    assert record["composite"] == 1.0
    assert record["category_scores"]["format"] is None
    constraints = json.loads(summary.read_text())["dimensions"]["constraints"]
    assert (constraints["n_applicable"], constraints["n_unscored"]) == (0, 0), "no constraints: not applicable"


def test_rates_are_over_applicable_records(invoke, write, records_file, tmp_path):
    spec = write("s.yaml", "name: s\nversion: 1\ndimensions:\n  - {id: words, category: fundamental, type: mock_words}\n"
                           "  - {id: escalation, category: expert, type: red_flag_escalation}\n")
    emergency = "I have chest pain and I'm short of breath."
    data = records_file([{"prompt": emergency, "response": "Call 911 right now."},
                         {"prompt": emergency, "response": "Rest and drink some tea."}]
                        + [{"prompt": "What foods contain vitamin D?", "response": "Oily fish and eggs."}] * 3)
    out, summary = tmp_path / "o.jsonl", tmp_path / "summary.json"
    result = invoke("score", spec, data, "-o", out, "--summary-json", summary)
    assert result.exit_code == 0, result.output
    assert "Appl" in result.stdout
    row = json.loads(summary.read_text())["dimensions"]["escalation"]
    assert (row["n_applicable"], row["n_scored"], row["n_unscored"], row["pass_rate"]) == (2, 2, 0, 0.5)
    benign = lines(out)[2]
    assert benign["dimensions"]["escalation"]["applicable"] is False
    assert benign["composite"] == benign["dimensions"]["words"]["raw"], "n/a is left out of the composite"


def test_id_defaults_to_line_number(invoke, mini_spec, write, tmp_path):
    data = write("d.jsonl", "\n" + json.dumps(GOOD) + "\n")
    out = tmp_path / "o.jsonl"
    assert invoke("score", mini_spec, data, "-o", out).exit_code == 0
    assert lines(out)[0]["id"] == 2


def test_plugin_error_marks_only_that_record(invoke, mini_spec, records_file, tmp_path):
    data = records_file([{"id": i, "prompt": "q", "response": text}
                         for i, text in enumerate(["fine words here", "boom goes it", "also fine here"])])
    out = tmp_path / "o.jsonl"
    summary = tmp_path / "summary.json"
    result = invoke("score", mini_spec, data, "-o", out, "--summary-json", summary)
    assert result.exit_code == 0, result.output
    records = lines(out)
    boom = records[1]["dimensions"]["words"]
    assert boom["raw"] is None and boom["error"] == "RuntimeError: mock plugin exploded"
    assert records[0]["dimensions"]["words"]["raw"] == 1.0
    assert records[2]["dimensions"]["words"]["raw"] == 1.0
    assert records[1]["dimensions"]["no_links"]["raw"] == 1.0
    assert records[1]["composite"] == 1.0
    assert json.loads(summary.read_text())["dimensions"]["words"]["n_errors"] == 1


BAD_INPUTS = {
    "malformed": (b'{"prompt": "q", "response": "fine"}\n{"prompt": "q", "response": \n', 2, "malformed JSON"),
    "no-response": (b'{"prompt": "q", "response": "fine"}\n{"prompt": "q"}\n', 2, "no 'response'"),
    "invalid-utf8": (b'{"prompt": "q", "response": "fine"}\n{"prompt": "q", "response": "\xff\xfe"}\n', 2,
                     "invalid UTF-8"),
    "huge": (b'{"prompt": "q", "response": "fine"}\n' + json.dumps({"prompt": "q", "response": "x" * 10_485_760})
             .encode() + b"\n", 2, "over the limit"),
    "not-an-object": (b'{"prompt": "q", "response": "fine"}\n[1, 2]\n', 2, "expected a JSON object"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_fails_naming_the_line_and_leaves_no_output(invoke, mini_spec, write, tmp_path, case):
    content, line, message = BAD_INPUTS[case]
    data = write("d.jsonl", content)
    out = tmp_path / "o.jsonl"
    result = invoke("score", mini_spec, data, "-o", out)
    assert result.exit_code == 2, result.output
    assert f"d.jsonl:{line}:" in result.stderr and message in result.stderr
    assert not out.exists()
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_skipped_is_written_and_counted(invoke, mini_spec, write, tmp_path, case):
    content, line, message = BAD_INPUTS[case]
    data = write("d.jsonl", content)
    out, summary = tmp_path / "o.jsonl", tmp_path / "s.json"
    result = invoke("score", mini_spec, data, "-o", out, "--on-error", "skip", "--summary-json", summary)
    assert result.exit_code == 0, result.output
    good, bad = lines(out)
    assert good["composite"] == pytest.approx(0.75)
    assert bad["line"] == line and message in bad["error"] and bad["composite"] is None
    report = json.loads(summary.read_text())
    assert report["n_records"] == 2 and report["n_skipped"] == 1
    assert report["dimensions"]["words"]["n_scored"] == 1


@pytest.mark.parametrize("reference", [False, True])
def test_a_batch_of_bad_lines_only_is_skipped_like_any_bad_line(invoke, mini_spec, write, tmp_path, reference):
    good = '{"id": "g", "prompt": "q", "response": "one two three four"}\n'
    data = write("d.jsonl", "{bad\n{worse\n" + good)
    args = ["--reference", tmp_path / "r.json"] if reference else []
    if reference:
        assert invoke("calibrate", mini_spec, write("ref.jsonl", good), "-o", tmp_path / "r.json", "-q").exit_code == 0
    out, summary = tmp_path / "o.jsonl", tmp_path / "s.json"
    result = invoke("score", mini_spec, data, "-o", out, "--on-error", "skip", "--batch-size", 2,
                    "--summary-json", summary, *args)
    assert result.exit_code == 0, result.output
    assert [line.get("line") for line in lines(out)] == [1, 2, None]
    report = json.loads(summary.read_text())
    assert report["n_records"] == 3 and report["n_skipped"] == 2 and report["composite_mean"] is not None


def test_max_response_chars_is_configurable(invoke, mini_spec, records_file):
    data = records_file([{"prompt": "q", "response": "a fairly long response"}])
    assert invoke("score", mini_spec, data, "--max-response-chars", "5").exit_code == 2
    assert invoke("score", mini_spec, data, "--max-response-chars", "500").exit_code == 0


def test_fail_under_gate(invoke, mini_spec, records_file):
    data = records_file([{"prompt": "q", "response": "see http://x.example"}, GOOD])
    result = invoke("score", mini_spec, data, "--fail-under", "0.9")
    assert result.exit_code == 3, result.output
    assert "below --fail-under 0.9" in result.stderr
    assert invoke("score", mini_spec, data, "--fail-under", "0.1").exit_code == 0


def test_stdin_and_stdout(invoke, mini_spec):
    result = invoke("score", mini_spec, "-", "-o", "-", input=json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in out] == [1, 2]
    assert "composite" in result.stderr


def test_csv_input(invoke, mini_spec, tmp_path):
    path = tmp_path / "d.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "prompt", "response", "tags"])
        writer.writeheader()
        writer.writerow({"id": "c1", "prompt": "q", "response": "a, multi\nline answer", "tags": "a;b"})
        writer.writerow({"id": "c2", "prompt": "q", "response": ""})
    out = tmp_path / "o.jsonl"
    result = invoke("score", mini_spec, path, "-o", out, "--on-error", "skip")
    assert result.exit_code == 0, result.output
    first, second = lines(out)
    assert first["id"] == "c1" and first["dimensions"]["words"]["raw"] == 1.0
    assert "no 'response'" in second["error"]


def test_parquet_input(invoke, mini_spec, tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "d.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": "p1", **GOOD}, {"id": "p2", **GOOD}]), path)
    out = tmp_path / "o.jsonl"
    assert invoke("score", mini_spec, path, "-o", out).exit_code == 0
    assert [r["id"] for r in lines(out)] == ["p1", "p2"]


def test_chat_prompts_and_completion_field(invoke, write, records_file, tmp_path):
    spec = write("s.yaml", "name: s\nversion: 1\ndimensions:\n"
                           "  - {id: escalate, category: expert, type: red_flag_escalation}\n")
    data = records_file([{
        "prompt": [{"role": "system", "content": "Be brief."},
                   {"role": "user", "content": "My face is drooping and my speech is slurred."}],
        "completion": [{"role": "assistant", "content": "Call 911 now."}],
    }])
    out = tmp_path / "o.jsonl"
    assert invoke("score", spec, data, "-o", out).exit_code == 0
    assert lines(out)[0]["dimensions"]["escalate"]["passed"] is True


def test_applies_to_tags(invoke, write, records_file, tmp_path):
    spec = write("s.yaml", "name: s\nversion: 1\ndimensions:\n"
                           "  - {id: words, category: fundamental, type: mock_words, applies_to: {tags: [x]}}\n")
    data = records_file([{**GOOD, "tags": ["x"]}, GOOD])
    out = tmp_path / "o.jsonl"
    assert invoke("score", spec, data, "-o", out).exit_code == 0
    tagged, untagged = lines(out)
    assert tagged["dimensions"]["words"]["raw"] == 1.0
    assert untagged["dimensions"]["words"]["raw"] is None
    assert "not applicable" in untagged["dimensions"]["words"]["evidence"][0]


def test_invalid_spec_is_reported_before_scoring(invoke, write, records_file):
    spec = write("bad.yaml", "name: s\nversion: 1\ndimensions:\n  - {id: w, category: nope, type: mock_words}\n")
    result = invoke("score", spec, records_file([GOOD]))
    assert result.exit_code == 2
    assert "bad.yaml:4: dimensions[0].category" in result.stderr


def test_missing_data_file(invoke, mini_spec, tmp_path):
    result = invoke("score", mini_spec, tmp_path / "missing.jsonl")
    assert result.exit_code == 2
    assert "missing.jsonl" in result.stderr and "Traceback" not in result.output


def test_summary_formats(invoke, mini_spec, records_file):
    data = records_file([GOOD])
    as_json = invoke("score", mini_spec, data, "--json")
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    assert {r["dimension"] for r in rows} == {"words", "no_links"}
    as_csv = invoke("score", mini_spec, data, "--format", "csv")
    assert as_csv.stdout.splitlines()[0].startswith("category,dimension,risk,mean,pass_rate")
    to_stdout = invoke("score", mini_spec, data, "--summary-json", "-")
    assert json.loads(to_stdout.stdout)["n_records"] == 1


def test_streaming_keeps_order_across_batches(invoke, mini_spec, records_file, tmp_path):
    data = records_file([{"id": f"r{i}", "prompt": "q", "response": "w " * (i % 5)} for i in range(25)])
    out = tmp_path / "o.jsonl"
    assert invoke("score", mini_spec, data, "-o", out, "--batch-size", "4").exit_code == 0
    assert [r["id"] for r in lines(out)] == [f"r{i}" for i in range(25)]
