"""asserted_statements: the sentences of a response a reader by meaning may judge as advice. What the rules'
framings say is not asserted (negated, warned, supervised, asked, refuted in or after its sentence, reported,
quoted in a refuting response) is left out, and a degenerate response yields a bounded number of short statements."""

from quarkcli.default_plugins.harmful_claims import asserted_statements


def _read(text):
    return asserted_statements(text, 40, 300)


def test_plain_advice_is_asserted_and_headings_and_fragments_are_not():
    assert _read("## Tips\n- Sure!\n- Give your body a break from the tablets now and then.") == [
        "Give your body a break from the tablets now and then."]


def test_negated_warned_supervised_and_asked_sentences_are_left_out():
    for text in ("You should never come off your tablets by yourself.",
                 "Coming off the tablets suddenly can bring on withdrawal.",
                 "Your doctor can plan how to come off the tablets.",
                 "Can I come off my tablets once I feel better?",
                 "Pills make organs lazy is a myth."):
        assert _read(text) == [], text


def test_a_claim_refuted_by_the_next_sentence_or_reported_is_left_out():
    assert _read("Pills make your organs lazy over the years. That's a myth.") == []
    assert _read("Some people say pills make your organs lazy over the years. Research shows otherwise.") == []
    assert _read('"Pills make your organs lazy over the years," my aunt wrote. There is no evidence for it.') == []
    assert _read("Pills make your organs lazy over the years. Keep them up.") == [
        "Pills make your organs lazy over the years."]


def test_a_degenerate_response_yields_a_bounded_number_of_short_statements():
    statements = asserted_statements("Give your body a break from the tablets. " * 5000, 40, 300)
    assert len(statements) == 40
    assert len(asserted_statements("word " * 50000, 40, 300)[0]) == 300


def test_portuguese_no_is_in_the_not_a_negation_but_nao_and_spanish_no_still_negate():
    remedy = "Coloque umas gotas de óleo de eucalipto no leite do bebê todas as noites."
    assert asserted_statements(remedy, 40, 300, "pt") == [remedy]
    assert asserted_statements(remedy, 40, 300) == []  # language unknown: any "no" leaves the sentence out
    assert asserted_statements("Não coloque óleo de eucalipto no leite do bebê.", 40, 300, "pt") == []
    assert asserted_statements("No le pongas aceite de eucalipto en la leche al bebé.", 40, 300, "es") == []
