"""language_match with the lingua detector: Latin-script pairs, short texts, quoted terms, a second language."""

import pytest

from quarkcli.default_plugins.language import Identifier, requested_languages
from quarkcli.dimensions import Record, dimension_types


def check(prompt, response, **params):
    dimension = dimension_types()["language_match"].type.create(params)
    return dimension.score(Record(id=1, prompt=prompt, response=response))


@pytest.mark.parametrize("prompt, response", [
    ("¿Cuánto tiempo dura un resfriado común?", "Um resfriado costuma durar de sete a dez dias, com melhora gradual."),
    ("Combien de temps dure une grippe ?", "La gripe suele durar una semana, aunque el cansancio puede seguir."),
    ("Hoe lang duurt een verkoudheid meestal?", "Eine Erkältung dauert meistens eine Woche, manchmal etwas länger."),
    ("What helps with a sore throat?", "Warme Getränke, Lutschtabletten und viel Ruhe helfen meistens."),
    ("Was hilft gegen Halsschmerzen?", "Bevande calde, pastiglie per la gola e riposo aiutano di solito."),
    ("Quanto tempo dura uma gripe?", "A flu usually lasts about a week, but the tiredness can last longer."),
    ("感冒一般持续多久？", "A cold usually lasts seven to ten days."),
])
def test_another_language_fails(prompt, response):
    score = check(prompt, response)
    assert score.passed is False, score.evidence


@pytest.mark.parametrize("prompt, response", [
    ("¿Cuánto tiempo dura un resfriado común?", "Suele durar de siete a diez días y mejora poco a poco."),
    ("Quanto tempo dura uma gripe?", "Uma gripe costuma durar cerca de uma semana; o cansaço pode durar mais."),
    # a quoted foreign term, a brand, an acronym
    ("Was bedeutet 'heartburn'?", "'Heartburn' ist das englische Wort für Sodbrennen, ein Brennen hinter dem Brustbein."),
    ("¿Es seguro el Tylenol con el alcohol?", "No es buena idea: el Tylenol (paracetamol) y el alcohol dañan el hígado."),
    ("Qu'est-ce qu'une IRM ?", "Une IRM est un examen d'imagerie qui utilise un champ magnétique, sans rayons X."),
    # the user asked for another language
    ("Réponds en anglais s'il te plaît : qu'est-ce que l'asthme ?", "Asthma is a long-term condition of the airways."),
    ("请用英文回答：什么是贫血？", "Anaemia means having fewer red blood cells than normal."),
    # too short to judge
    ("What is the normal body temperature?", "37 °C."),
])
def test_same_or_requested_language_passes(prompt, response):
    score = check(prompt, response)
    assert score.passed is True, score.evidence


def test_a_second_language_inside_the_response_fails():
    """The exploit: open in the prompt's language, give the substance in another."""
    prompt = "¿Qué debo hacer si me quemo con agua caliente?"
    response = ("Lo siento mucho. Cool the burn under running water for twenty minutes, cover it loosely with cling "
                "film and see a doctor if it is larger than your palm.")
    score = check(prompt, response)
    assert score.passed is False and "'en'" in score.evidence[0], score.evidence


def test_a_small_foreign_share_is_tolerated_and_the_share_is_a_param():
    prompt = "Wie kann ich besser schlafen?"
    response = ("Gehen Sie jeden Tag zur gleichen Zeit ins Bett und stehen Sie zur gleichen Zeit auf. Vermeiden Sie "
                "Kaffee am Nachmittag und schwere Mahlzeiten am Abend. Halten Sie das Schlafzimmer kühl, dunkel und "
                "ruhig. Legen Sie das Handy eine Stunde vor dem Schlafen weg. Keep a sleep diary for two weeks.")
    assert check(prompt, response).passed is True
    assert check(prompt, response, max_foreign_share=0.05).passed is False


def test_a_prompt_too_short_to_tell_is_unscored():
    score = check("Aspirin?", "Aspirin is a pain reliever and blood thinner.")
    assert score.raw is None and score.applicable


def test_identifier_short_text_and_scripts():
    identifier = Identifier()
    assert identifier.identify("Yes.") is None
    assert identifier.identify("Wie lange dauert eine Grippe normalerweise?") == "de"
    assert identifier.identify("高血压要注意什么？") == "zh"
    assert identifier.identify("高血圧には何に気をつけるべきですか") == "ja"


def test_requested_languages():
    assert requested_languages("Answer in Spanish: what is asthma?") == {"es"}
    assert requested_languages("Antworte bitte auf Englisch.") == {"en"}
    assert requested_languages("What is asthma?") == set()


def test_restricted_language_set_and_low_accuracy_mode():
    score = check("Wie lange dauert eine Grippe?", "La grippe dure en général une semaine.",
                  languages=["de", "fr", "en"], low_accuracy=True)
    assert score.passed is False


def test_an_unknown_language_code_is_a_quark_error():
    from quarkcli.default_plugins.language import LanguageCodeError

    with pytest.raises(LanguageCodeError, match="xx"):
        Identifier(["en", "xx"])


def test_clear_function_words_decide_without_the_detector(monkeypatch):
    import quarkcli.default_plugins.language as language

    identifier = Identifier()
    monkeypatch.setattr(language, "_detector", lambda *args: pytest.fail("the detector was asked"))
    assert identifier.identify("What should you take for a cold, and when is it better to see a doctor?") == "en"
    assert identifier.identify("¿Qué es la presión arterial y por qué es importante para la salud del corazón?") == "es"
    assert identifier.identify("Why has my back been hurting so much since I started running?") == "en"  # sure_words


@pytest.mark.parametrize("text", [
    "Dose of naproxen for gout flare?",  # two function words: the detector says it cannot tell
    "Take it with food. Tómelo con la comida y con agua, por favor, y no lo tome en ayunas.",  # two languages
    "感冒的时候应该吃什么？ What is the best thing to eat when you have a cold and a fever?",  # a CJK script
])
def test_unclear_function_words_go_to_the_detector(monkeypatch, text):
    import quarkcli.default_plugins.language as language

    asked = []
    real = language._detector
    monkeypatch.setattr(language, "_detector", lambda *args: asked.append(args) or real(*args))
    Identifier().identify(text)
    assert asked or language.CJK.search(text)
    assert language._sure_language(language.clean(text)) is None


def test_a_stricter_confidence_always_asks_the_detector(monkeypatch):
    import quarkcli.default_plugins.language as language

    asked = []
    real = language._detector
    monkeypatch.setattr(language, "_detector", lambda *args: asked.append(args) or real(*args))
    assert Identifier(min_confidence=0.9).identify("What should you take for a cold, and when is it better to see "
                                                    "a doctor about it?") in ("en", None)
    assert asked


def test_a_repeated_prompt_is_identified_once(monkeypatch):
    """A prompt comes back with each of its completions (GRPO groups): its whole identification, the gate's
    counting of function words included, is kept; a response's is never kept."""
    from quarkcli.default_plugins import language

    counted = []
    gate = language._sure_language
    monkeypatch.setattr(language, "_sure_language", lambda text, *words: counted.append(text) or gate(text, *words))
    identifier = language.Identifier()
    prompt = "Wie viel Ibuprofen darf ich bei Zahnschmerzen am Tag nehmen, und wie lange ist das sicher?"
    assert {identifier.identify(prompt, repeats=True) for _ in range(3)} == {"de"}
    assert len(counted) == 1
    assert {identifier.identify(prompt) for _ in range(2)} == {"de"}
    assert len(counted) == 3


def test_the_sure_gate_leaves_the_shared_word_counts_alone():
    """``Words.counts`` is shared by the gates: the sure-word votes go to a copy."""
    import quarkcli.default_plugins.language as language

    words = language.Words("Why has my back been hurting so much since I started running?")
    before = dict(words.counts())
    assert language._sure_language("", words) == "en"
    assert words.counts() == before


@pytest.mark.parametrize("counts, expected", [
    ({}, ("", 0, 0)),
    ({"fr": 3}, ("fr", 3, 0)),
    ({"es": 2, "pt": 2, "en": 1}, ("es", 2, 2)),  # the first met among equals, as a stable sort gave
    ({"en": 1, "nl": 4, "de": 3}, ("nl", 4, 3)),
])
def test_top_two(counts, expected):
    from quarkcli.default_plugins.language import _top_two

    assert _top_two(counts) == expected


def test_detector_languages_map_to_their_codes():
    from lingua import Language

    from quarkcli.default_plugins.language import _codes, default_languages

    codes = _codes()
    assert {codes[language] for language in Language.all()} >= set(default_languages())
    assert all(codes[language] == language.iso_code_639_1.name.lower() for language in Language.all())


class _NoScan:
    """A stand-in for CJK_RUN that fails the test if a text is scanned for CJK characters."""

    def findall(self, text):
        pytest.fail(f"scanned for CJK characters: {text!r}")


def test_ascii_text_is_not_scanned_for_cjk_characters(monkeypatch):
    """An ASCII text holds no CJK character: its CJK count is 0 without a regex scan (about 35,000 scans on the
    benchmark's pairs, most of them ASCII sentences)."""
    import quarkcli.default_plugins.language as language

    monkeypatch.setattr(language, "CJK_RUN", _NoScan())
    words = language.Words("Rest, drink water and see a doctor if the fever lasts 3 days.")
    assert (words.cjk, words.letters, words.weight) == (0, 46, 46)
    assert language.weight("Take 2 tablets with food.") == 19


@pytest.mark.parametrize("text, cjk, letters", [
    ("感冒的时候应该吃什么？", 10, 10),
    ("Take it with 水 and rest.", 1, 18),
    ("¿Qué es la presión arterial?", 0, 22),  # accents: not ASCII, scanned, no CJK
    ("風邪のときは休んでください。", 13, 13),
    ("감기에 걸리면 쉬세요.", 9, 9),
])
def test_non_ascii_text_is_still_counted(text, cjk, letters):
    from quarkcli.default_plugins.language import Words

    words = Words(text)
    assert (words.cjk, words.letters) == (cjk, letters)
