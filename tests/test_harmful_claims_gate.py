"""The harmful_claims gate split into several RE2 prefilters finds what one prefilter would, in order."""

from quarkcli.default_plugins.harmful_claims import gate

PATTERNS = ["stop (?:your )?insulin", "vaccines? causes? autism", "drink bleach", "honey", "warfarin"]


def test_prefilters_of_a_few_patterns_each_find_every_candidate_in_order(monkeypatch):
    monkeypatch.setattr(gate, "CHUNK", 2)
    prefilters = gate.Gate()
    for owner, pattern in enumerate(PATTERNS):
        prefilters.add(pattern, owner)
    prefilters.compile()
    assert len(prefilters.filters) == 3
    found = prefilters.candidates("Drink bleach, STOP YOUR INSULIN and take honey.")
    assert [owner for owner, _ in found] == [0, 2, 3]
    assert all(linear.search("drink bleach, stop your insulin and take honey.") for _, linear in found)
    assert prefilters.candidates("Nothing here.") == []


def test_an_empty_gate_finds_nothing():
    empty = gate.Gate()
    empty.compile()
    assert empty.candidates("stop your insulin") == []
