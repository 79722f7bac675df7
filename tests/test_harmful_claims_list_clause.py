"""framing.list_clause finds the clause around a claim from LIST_END bounds found once per text, not by splitting the
text again for each claim (a 135,000-character text of repeated claims with no sentence end was quadratic: 28 s).
It must give the clause the split gives, at every position, including inside a bound (" - ")."""

from __future__ import annotations

import random

from quarkcli.default_plugins.harmful_claims.framing import LIST_END, list_clause, negated_list


def split_clause(text: str, start: int) -> tuple[int, int]:
    head = LIST_END.split(text[:start])[-1]
    return start - len(head), start + len(LIST_END.split(text[start:])[0])


def test_the_clause_is_the_one_the_split_gives_at_every_position():
    rng = random.Random(13)
    for _ in range(300):
        text = "".join(rng.choice(["a", "b ", " ", "-", " - ", ".", ",", "。", "或", "—", "!"])
                       for _ in range(rng.randint(0, 40)))
        for start in range(len(text) + 1):
            assert list_clause(text, start) == split_clause(text, start), (text, start)


def test_a_negated_list_is_read_as_before():
    text = "Do not suck the venom, cut the wound, or apply ice. Keep still."
    assert negated_list(text, text.index("cut"))
    assert negated_list(text, text.index("apply"))
    assert not negated_list(text, text.index("Keep"))
    steps = "Stay calm, cut the wound and wash it."
    assert not negated_list(steps, steps.index("cut"))
