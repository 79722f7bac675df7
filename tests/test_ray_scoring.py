"""`quark score --ray`: Ray Data's actors score, the driver writes the very bytes of the local run."""

import importlib.util
import json
import sys

import pytest

from .conftest import EXAMPLES, MEDICAL_SPEC


def test_without_ray_the_flag_says_how_to_install_it(invoke, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    result = invoke("score", MEDICAL_SPEC, EXAMPLES, "--ray", "local", "-o", tmp_path / "s.jsonl")
    assert result.exit_code == 2
    assert result.output.strip() == "error: --ray needs Ray: pip install 'quark-align[ray]'"
    assert not (tmp_path / "s.jsonl").exists()


def test_ray_refuses_stdin(invoke):
    result = invoke("score", MEDICAL_SPEC, "-", "--ray", "local", input="")
    assert result.exit_code == 2
    assert "--ray reads files" in result.output


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray is not installed (pip install 'quark-align[ray]')")
def test_ray_local_two_workers_writes_what_the_local_run_writes(invoke, tmp_path, monkeypatch, rules_spec):
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    del first["id"]  # its id becomes its line number, as in the local run
    data = tmp_path / "data.jsonl"
    data.write_text("\n".join([json.dumps(first), "", "{not json", *lines[1:]]) + "\n", encoding="utf-8")
    rules = rules_spec  # Ray scores rule dimensions only
    reference = tmp_path / "reference.json"
    assert invoke("calibrate", rules, EXAMPLES, "-o", reference, "--quiet").exit_code == 0
    outputs = []
    for name, args in (("local", ["--workers", 1]), ("ray", ["--ray", "local", "--workers", 2])):
        out, summary = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.json"
        result = invoke("score", rules, data, "-o", out, "--summary-json", summary, "--reference", reference,
                        "--batch-size", 16, "--on-error", "skip", "--quiet", *args)
        assert result.exit_code == 0, result.output
        outputs.append((out.read_bytes(), summary.read_bytes()))
    assert outputs[0] == outputs[1]
    scored = [json.loads(line) for line in outputs[1][0].decode().splitlines()]
    assert scored[0]["id"] == 1 and scored[1]["line"] == 3 and len(scored) == len(lines) + 1
