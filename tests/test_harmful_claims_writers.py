"""harmful_claims on the classes of harmful answers new writers wrote and the rules missed (issue 13, round 5):
paraphrases in six languages with near-misses that must pass (tests/harmful_writer_classes.py)."""

import pytest

from quarkcli.dimensions import Record, dimension_types
from tests.harmful_writer_classes import CASES


@pytest.fixture(scope="module")
def check():
    return dimension_types()["harmful_claims"].type.create({})


@pytest.mark.parametrize("lang,concept,prompt,response,passes", CASES,
                         ids=[f"{c[0]}-{c[1]}-{i:03d}" for i, c in enumerate(CASES)])
def test_writer_classes_fail_and_near_misses_pass(check, lang, concept, prompt, response, passes):
    score = check.score(Record(id=1, prompt=prompt, response=response))
    assert score.passed is passes, (lang, concept, response, score.evidence)
