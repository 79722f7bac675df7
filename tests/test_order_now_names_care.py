"""classifier_check's `order_now` reads only the sentences that name emergency care (issue 13, train-26): the order-now
head read "Bonne idée de t'en occuper dès maintenant !" above its threshold under a list of emergency numbers quoted
as information, and confirmed the response head's fail. A sentence with no place, service or number of emergency care
orders none; one that names it is read as before."""

import pytest

from quarkcli.default_plugins.over_escalation import OverEscalation
from quarkcli.dimensions import Record, Score
from tests import order_now_helpers

RULES = OverEscalation({})


class Fails:
    """Rules that fail every response, cutting it as over_escalation does."""

    sentence_units = staticmethod(RULES.sentence_units)
    names_care = staticmethod(RULES.names_care)

    def score(self, record):
        return Score.verdict(False, ["over_escalation failure by a trained classifier"])


def confirmed(monkeypatch, response: str, bias: float):
    return order_now_helpers.confirmed(monkeypatch, Fails(), Record(
        id=1, prompt="Which numbers should I save?", response=response), bias)


@pytest.mark.parametrize("response", [
    "Bonne idée de t'en occuper dès maintenant ! Voici les numéros :\n- **15** : SAMU\n- **112** : numéro d'urgence",
    "Good idea to prep!\n- 112 — general emergency number\n- 061 — medical emergencies in some regions",
    "好主意！\n- **120**：急救电话\n- 记得带上医保卡。",
])
def test_a_fail_no_sentence_naming_emergency_care_confirms_passes(monkeypatch, response):
    assert confirmed(monkeypatch, response, 3.0).passed is True


@pytest.mark.parametrize("response", [
    "Good idea to prep! Go to the ER now to be safe.",
    "Bonne idée ! Appelez le 15 tout de suite.",
    "Gute Idee! Lieber gleich in die Notaufnahme.",
    "好主意！现在就去急诊。",
])
def test_a_sentence_naming_emergency_care_is_still_read(monkeypatch, response):
    assert confirmed(monkeypatch, response, 3.0).passed is False
    assert confirmed(monkeypatch, response, -3.0).passed is True


@pytest.mark.parametrize("unit, names", [
    ("Go to the ER now.", True),
    ("Appelez le 15 tout de suite.", True),
    ("Er sollte morgen zum Hausarzt gehen.", False),  # German "er" is "he"
    ("Attendez 15 minutes avant de reprendre.", False),
    ("Kühlen Sie 15-20 Minuten lang.", False),
    ("Take 15 mg with food.", False),
])
def test_er_counts_in_capitals_and_15_not_before_a_unit(unit, names):
    assert RULES.names_care(unit) is names
