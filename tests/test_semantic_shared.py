"""The pieces every semantic_* type shares: its prototypes embedded once, its rule type's params checked
under its own name. No model needed: a counting stand-in for the encoder."""

import pytest

from quarkcli.dimensions import Record
from quarkcli.errors import QuarkError
from quarkcli.models.encoder import kept_rules, prototype_vectors, tuned_params


class CountingEncoder:
    def __init__(self):
        self.calls = []

    def embed(self, texts):
        self.calls.append(list(texts))
        return [len(t) for t in texts]


def test_prototypes_are_embedded_once_per_encoder_and_texts():
    encoder = CountingEncoder()
    first = prototype_vectors(encoder, ["a", "bb"], ["ccc"])
    again = prototype_vectors(encoder, ["a", "bb"], ["ccc"])
    assert first == again == ([1, 2], [3])
    assert encoder.calls == [["a", "bb"], ["ccc"]]
    prototype_vectors(encoder, ["a", "bb"], ["dddd"])
    assert encoder.calls[-1] == ["dddd"]
    other = CountingEncoder()
    prototype_vectors(other, ["a", "bb"], ["ccc"])
    assert len(other.calls) == 2


def test_kept_rules_builds_the_registered_rule_type():
    rules = kept_rules("refusal", {}, "semantic_refusal")
    assert rules.score(Record(id=1, prompt="Can I take ibuprofen with food?",
                              response="I can't help with that.")).passed is False


def test_a_mistake_in_the_rules_params_names_the_semantic_type():
    with pytest.raises(QuarkError, match=r"^semantic_harmful_claims params.rules: "):
        kept_rules("harmful_claims", {"no_such_param": 1}, "semantic_harmful_claims")


def test_tuned_params_take_the_spec_first_then_the_encoder_row_then_the_minilm_row():
    tuned = {None: {"threshold": 0.5, "margin": 0.0}, "e5": {"threshold": 0.8, "margin": 0.02}}
    assert tuned_params(tuned, {}) == {"threshold": 0.5, "margin": 0.0}
    assert tuned_params(tuned, {"model": "e5", "margin": 0.1}) == {"threshold": 0.8, "margin": 0.1}
    assert tuned_params(tuned, {"model": "/my/minilm", "threshold": 0.6}) == {"threshold": 0.6, "margin": 0.0}
