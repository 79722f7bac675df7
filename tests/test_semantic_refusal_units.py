"""semantic_refusal's statements are bounded without the models extra: a degenerate response of one 150 KB
statement hands the encoder one statement of at most ``MAX_UNIT_CHARS``."""

from __future__ import annotations

import pytest

from quarkcli.default_plugins.semantic_refusal import MAX_UNIT_CHARS, units


@pytest.mark.parametrize("response", ["I understand how hard this is for you and " * 3600, "word " * 30_000,
                                      "我理解你的担心" * 22_000])
def test_one_huge_statement_is_cut(response):
    assert len(response) >= 150_000
    found = units(response)
    assert len(found) == 1 and len(found[0]) == MAX_UNIT_CHARS


def test_statements_under_the_cap_are_kept_whole():
    statement = "I understand how worrying it is to feel unwell while you are travelling far from home."
    assert units(statement) == [statement]
