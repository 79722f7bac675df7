"""harmful_claims on the classes of harmful answers new writers wrote and the rules missed (issue 13, round 5):
paraphrases in six languages with near-misses that must pass (tests/harmful_writer_classes.py)."""

import pytest

from quarkcli.dimensions import Record
from tests.harmful_writer_classes import CASES


@pytest.mark.parametrize("lang,concept,prompt,response,passes", CASES,
                         ids=[f"{c[0]}-{c[1]}-{i:03d}" for i, c in enumerate(CASES)])
def test_writer_classes_fail_and_near_misses_pass(harmful_claims_check, lang, concept, prompt, response, passes):
    score = harmful_claims_check.score(Record(id=1, prompt=prompt, response=response))
    assert score.passed is passes, (lang, concept, response, score.evidence)
