"""`quark calibrate` and `quark score --reference` end to end."""

import json
import random

import pytest

from tests.conftest import EXAMPLES, MEDICAL_SPEC


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_calibrate_then_score_with_reference(invoke, tmp_path):
    reference = tmp_path / "reference.json"
    result = invoke("calibrate", MEDICAL_SPEC, EXAMPLES, "-o", reference)
    assert result.exit_code == 0, result.output
    data = json.loads(reference.read_text())
    stats = data["dimensions"]["dosage_safety"]
    assert {"n", "mean", "std", "quantiles", "fraction_unscored", "grid"} <= set(stats)
    assert {"spec", "quark_version", "created_at", "checksum"} <= set(data)
    assert "tiny reference" in result.stderr

    out, summary = tmp_path / "scores.jsonl", tmp_path / "summary.json"
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "--reference", reference, "-o", out, "--summary-json", summary)
    assert result.exit_code == 0, result.output
    assert "Weight" in result.stdout and "Redun" in result.stdout
    first = lines(out)[0]
    assert "normalized" in first["dimensions"]["dosage_safety"]
    report = json.loads(summary.read_text())
    dosage = report["dimensions"]["dosage_safety"]
    assert set(dosage["factors"]) == {"weakness", "risk", "redundancy"}
    assert dosage["normalized_mean"] is not None
    assert abs(sum(report["weights"].values()) - 1) < 1e-9
    assert report["engine"]["method"] == "tadw"


def test_score_never_changes_the_reference(invoke, tmp_path):
    reference = tmp_path / "reference.json"
    assert invoke("calibrate", MEDICAL_SPEC, EXAMPLES, "-o", reference, "-q").exit_code == 0
    before = reference.read_bytes()
    assert invoke("score", MEDICAL_SPEC, EXAMPLES, "--reference", reference, "-q").exit_code == 0
    assert reference.read_bytes() == before


def test_reference_from_another_spec_names_both_hashes(invoke, write, records_file, tmp_path):
    a = write("a.yaml", "name: a\nversion: 1\ndimensions:\n  - {id: w, category: fundamental, type: mock_words}\n")
    b = write("b.yaml", "name: b\nversion: 1\ndimensions:\n"
                        "  - {id: w, category: fundamental, type: mock_words, params: {min: 4}}\n")
    data = records_file([{"prompt": "q", "response": "one two three four five"}, {"prompt": "q", "response": "one"}])
    reference = tmp_path / "ref.json"
    assert invoke("calibrate", a, data, "-o", reference).exit_code == 0
    ref_hash = json.loads(reference.read_text())["spec"]["hash"]
    result = invoke("score", b, data, "--reference", reference)
    assert result.exit_code == 2
    assert ref_hash[:12] in result.stderr and "different spec" in result.stderr
    assert invoke("score", b, data, "--reference", reference, "--allow-spec-mismatch").exit_code == 0
    c = write("c.yaml", "name: c\nversion: 1\ndimensions:\n  - {id: other, category: fundamental, type: mock_words}\n")
    disjoint = invoke("score", c, data, "--reference", reference, "--allow-spec-mismatch")
    assert disjoint.exit_code == 2
    assert "shares no dimension" in disjoint.stderr and "(it has: w)" in disjoint.stderr


def test_weights_and_targets_do_not_invalidate_a_reference(invoke, write, records_file, tmp_path):
    a = write("a.yaml", "name: a\nversion: 1\ndimensions:\n  - {id: w, category: fundamental, type: mock_words}\n")
    b = write("b.yaml", "name: a\nversion: 2\ndimensions:\n"
                        "  - {id: w, category: fundamental, type: mock_words, weight: 3, target: 0.5}\n")
    data = records_file([{"prompt": "q", "response": "a b"}])
    reference = tmp_path / "ref.json"
    assert invoke("calibrate", a, data, "-o", reference).exit_code == 0
    assert invoke("score", b, data, "--reference", reference).exit_code == 0


def test_bad_reference_files(invoke, mini_spec, records_file, tmp_path):
    data = records_file([{"prompt": "q", "response": "a b c"}])
    missing = invoke("score", mini_spec, data, "--reference", tmp_path / "none.json")
    assert missing.exit_code == 2 and "reference file not found" in missing.stderr
    truncated = tmp_path / "t.json"
    assert invoke("calibrate", mini_spec, data, "-o", truncated).exit_code == 0
    truncated.write_text(truncated.read_text()[:100])
    result = invoke("score", mini_spec, data, "--reference", truncated)
    assert result.exit_code == 2 and "truncated" in result.stderr and "Traceback" not in result.output


def test_nan_from_a_plugin_is_an_error_on_that_record(invoke, mini_spec, records_file, tmp_path):
    data = records_file([{"prompt": "q", "response": "fine words here"}, {"prompt": "q", "response": "nan-please x y"}])
    reference = tmp_path / "ref.json"
    assert invoke("calibrate", mini_spec, data, "-o", reference).exit_code == 0
    out = tmp_path / "o.jsonl"
    assert invoke("score", mini_spec, data, "--reference", reference, "-o", out).exit_code == 0
    bad = lines(out)[1]["dimensions"]["words"]
    assert bad["raw"] is None and bad["normalized"] is None and "non-finite" in bad["error"]
    assert lines(out)[1]["composite"] is not None


def test_calibrate_json_output(invoke, mini_spec, records_file, tmp_path):
    data = records_file([{"prompt": "q", "response": "a b c"}, {"prompt": "q", "response": "a"}])
    result = invoke("calibrate", mini_spec, data, "-o", tmp_path / "r.json", "--json")
    assert result.exit_code == 0, result.output
    rows = {r["dimension"]: r for r in json.loads(result.stdout)}
    assert rows["words"]["n"] == 2 and rows["words"]["mean"] == 0.5


def test_score_with_a_reference_is_order_free(invoke, tmp_path):
    """Composites and weights are a function of the whole input: the same for any batch size and order."""
    reference = tmp_path / "reference.json"
    assert invoke("calibrate", MEDICAL_SPEC, EXAMPLES, "-o", reference, "-q").exit_code == 0
    records = EXAMPLES.read_text(encoding="utf-8").splitlines()
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_text("\n".join(random.Random(3).sample(records, len(records))) + "\n", encoding="utf-8")
    runs = []
    for data, batch_size in ((EXAMPLES, 1), (EXAMPLES, 7), (EXAMPLES, 10000), (shuffled, 7)):
        out, summary = tmp_path / "scores.jsonl", tmp_path / "summary.json"
        result = invoke("score", MEDICAL_SPEC, data, "--reference", reference, "--batch-size", batch_size,
                        "-o", out, "--summary-json", summary, "-q")
        assert result.exit_code == 0, result.output
        report = json.loads(summary.read_text())
        runs.append(({line["id"]: line for line in lines(out)}, report))
    first_lines, first_report = runs[0]
    assert len(first_lines) == len(records)
    for by_id, report in runs[1:]:
        assert by_id == first_lines
        assert report["weights"] == first_report["weights"]
        assert report["composite_mean"] == pytest.approx(first_report["composite_mean"], abs=1e-12)
    assert first_report["weights"]["clinical_quality"] == 0.0, "a dimension never scored gets weight 0"
    assert [line["id"] for line in lines(tmp_path / "scores.jsonl")] == [json.loads(r)["id"] for r in
                                                                         random.Random(3).sample(records, len(records))]

