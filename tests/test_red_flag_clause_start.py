"""The escalation grammar's clause start (issue 17's hostile inputs): a long sentence of many emergency nouns had
its clause marks searched again from the start for every noun, 9 s for 100,000 characters. `clause_start` finds
them once per sentence (the same text: 9.2 s -> 0.3 s); it must give what a search stopped at each position gives, at
every position."""

import pytest

from quarkcli.default_plugins.red_flags import ADVICE_CLAUSE, clause_start

SENTENCES = [
    "Rest at home, but if it gets worse go to the ER; so call 911 (or 112) now: entonces llame.",
    "butER sie aber du aber ihr aber, aber sonst Notaufnahme; mais donc urgences, entonces urgencias",
    "如果胸痛，请马上去急诊；否则：休息（多喝水），但是不要开车",
    "so" * 40 + ", " + "entonces" * 5 + "—–" + "aber " * 9 + "mas",
    "no mark in this sentence at all before the emergency room",
    "",
]


def stopped_search(sentence: str, pos: int) -> int:
    return max((m.end() for m in ADVICE_CLAUSE.finditer(sentence, 0, pos)), default=0)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_clause_start_is_what_a_search_stopped_there_finds_at_every_position(sentence):
    assert [clause_start(sentence, pos) for pos in range(len(sentence) + 1)] == \
           [stopped_search(sentence, pos) for pos in range(len(sentence) + 1)]

