"""--limit N and --sample N --seed S on score, calibrate and diagnose: a quick, reproducible look."""

import json

from quarkcli.commands.sampling import take
from tests.conftest import EXAMPLES, MEDICAL_SPEC


def ids(path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


def test_take_limits_then_samples_reproducibly_in_input_order():
    assert list(take(range(100), limit=5)) == [0, 1, 2, 3, 4]
    first = list(take(range(100), sample=10, seed=7))
    assert first == list(take(range(100), sample=10, seed=7))
    assert first == sorted(first) and len(set(first)) == 10
    assert first != list(take(range(100), sample=10, seed=8))
    assert set(take(range(100), limit=20, sample=10, seed=7)) <= set(range(20))
    assert list(take(range(3), sample=10)) == [0, 1, 2]


def test_the_reservoir_is_uniform():
    counts = [0] * 20
    for seed in range(2000):
        for item in take(range(20), sample=5, seed=seed):
            counts[item] += 1
    assert min(counts) > 400 and max(counts) < 600  # 500 expected for each of the 20 items


def test_score_sample_and_limit(invoke, tmp_path):
    runs = []
    for name in ("a.jsonl", "b.jsonl"):
        out = tmp_path / name
        result = invoke("score", MEDICAL_SPEC, EXAMPLES, "--sample", 10, "--seed", 3, "-o", out, "-q")
        assert result.exit_code == 0, result.output
        runs.append(ids(out))
    assert runs[0] == runs[1] and len(runs[0]) == 10
    every = [json.loads(line)["id"] for line in EXAMPLES.read_text().splitlines() if line.strip()]
    assert runs[0] == [i for i in every if i in runs[0]]  # input order
    out = tmp_path / "limited.jsonl"
    assert invoke("score", MEDICAL_SPEC, EXAMPLES, "--limit", 4, "-o", out, "-q").exit_code == 0
    assert ids(out) == every[:4]


def test_calibrate_and_diagnose_take_the_same_options(invoke, tmp_path):
    reference = tmp_path / "ref.json"
    result = invoke("calibrate", MEDICAL_SPEC, EXAMPLES, "-o", reference, "--limit", 30, "-q")
    assert result.exit_code == 0, result.output
    assert json.loads(reference.read_text())["n_records"] == 30
    scores = tmp_path / "scores.jsonl"
    assert invoke("score", MEDICAL_SPEC, EXAMPLES, "-o", scores, "-q").exit_code == 0
    result = invoke("diagnose", scores, "--spec", MEDICAL_SPEC, "--sample", 25, "--seed", 1, "--json", "-")
    assert result.exit_code == 0, result.output
    diagnosis = json.loads(result.stdout)
    assert diagnosis["n_records"] == 25 and diagnosis["scores"] == str(scores)
