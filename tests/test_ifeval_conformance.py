"""verifiable_instructions against the IFEval reference checker's verdicts (tests/ifeval/README.md)."""

import json
from pathlib import Path

import pytest

from quarkcli.default_plugins.instructions import CHECKS, instruction_accuracy
from quarkcli.dimensions import Record, dimension_types

CASES = [json.loads(line) for line in (Path(__file__).parent / "ifeval" / "conformance.jsonl").read_text("utf-8").splitlines()]


def score(case, **params):
    dimension = dimension_types()["verifiable_instructions"].type.create(params)
    record = Record(id=case["key"], prompt=case["prompt"], response=case["response"],
                    extra={"instruction_id_list": case["instruction_id_list"], "kwargs": case["kwargs"]})
    return dimension.score(record)


@pytest.mark.parametrize("case", CASES, ids=[str(c["key"]) for c in CASES])
def test_verdicts_match_the_reference(case):
    details = score(case).details
    got = [v["followed"] for v in details["instructions"]]
    assert got == case["reference"], list(zip(case["why"], details["instructions"]))


def test_every_reference_instruction_id_is_covered():
    """The 25 ids of the IFEval release, language:response_language included."""
    assert len(CHECKS) == 25 and "language:response_language" in CHECKS


def test_prompt_and_instruction_level_accuracy():
    details = [score(case).details for case in CASES]
    accuracy = instruction_accuracy(details)
    assert accuracy["prompts"] == len(CASES)
    assert accuracy["instructions"] == sum(len(c["reference"]) for c in CASES)
    expected_followed = sum(sum(c["reference"]) for c in CASES)
    assert accuracy["instruction_level"] == pytest.approx(expected_followed / accuracy["instructions"])
    assert accuracy["prompt_level"] == pytest.approx(sum(all(c["reference"]) for c in CASES) / len(CASES))


def test_unknown_ids_are_reported_once_and_kept_in_the_details(capsys, monkeypatch):
    from quarkcli.default_plugins import instructions

    monkeypatch.setattr(instructions, "_warned", set())  # once per process: other tests may have warned already
    case = {"key": "u", "prompt": "", "response": "fine", "instruction_id_list": ["punctuation:no_comma", "made:up"],
            "kwargs": [{}, {}]}
    first, second = score(case), score(case)
    assert first.passed is True and first.details["checked"] == 1
    assert first.details["instructions"][1] == {"id": "made:up", "followed": None, "why": "unknown instruction"}
    err = capsys.readouterr().err
    assert err.count("unknown instruction id 'made:up'") == 1 and second.details == first.details


def test_a_language_without_a_model_is_not_scored():
    case = {"key": "ne", "prompt": "", "response": "नमस्ते", "instruction_id_list": ["language:response_language"],
            "kwargs": [{"language": "ne"}]}
    result = score(case)
    assert result.raw is None and result.details["instructions"][0]["followed"] is None
