"""``patterns.compile_linear_words``: whole words in every script on RE2, whose ``\\b`` knows only ASCII."""

from __future__ import annotations

import pytest

from quarkcli.default_plugins.advice import AdviceGrammar
from quarkcli.dimensions import Record, dimension_types
from quarkcli.patterns import compile_linear_words

WORDS = compile_linear_words(["désolé", "podrá", "fuß", "garçon", "tapa", "étape", "医生", "doctor", "não posso"])


@pytest.mark.parametrize("text,found", [
    ("Lo siento, désolé.", ["désolé"]), ("Désolé!", ["Désolé"]), ("no podrá", ["podrá"]), ("Der Fuß tut weh", ["Fuß"]),
    ("un garçon", ["garçon"]), ("Première étape : étapa", ["étape"]), ("Não posso ajudar", ["Não posso"]), ("看医生吧", ["医生"]),
    ("看医生，doctor", ["医生", "doctor"]), ("doctor医生", ["doctor", "医生"]), ("doctor doctor", ["doctor", "doctor"]), ("DOCTOR.", ["DOCTOR"]),
])
def test_words_end_and_start_beside_accents_and_cjk(text, found):
    assert [m.group(0) for m in WORDS.finditer(text)] == found
    first = WORDS.search(text)
    assert text[first.start():first.end()] == found[0] and first.span() == (first.start(), first.end())


@pytest.mark.parametrize("text", ["étapa", "doctors", "désoléa", "garçons", "podrán", "Fußball", "adoctor", "doctoré"])
def test_no_match_inside_a_word(text):
    assert WORDS.search(text) is None
    assert list(WORDS.finditer(text)) == []


def test_refusal_and_user_patterns_use_the_helper():
    refusal = dimension_types()["refusal"].type.create({"extra_refusal": ["ésto no lo puedo responder"]})
    assert refusal.refusal.search("Lo siento: ésto no lo puedo responder.").group(0) == "ésto no lo puedo responder"
    assert refusal.score(Record(id=1, prompt="¿Puedo tomar paracetamol con ibuprofeno?",
                                response="Ésto no lo puedo responder.")).passed is False
    grammar = AdviceGrammar(extra_advice=["prenez du thé"], extra_pointer=["éventuellement l'infirmière"])
    text = "Prenez du thé, et voyez éventuellement l'infirmière."
    assert grammar.extra_advice.search(text).group(0) == "Prenez du thé"
    assert grammar.extra_pointer.search(text).group(0) == "éventuellement l'infirmière"
