"""Literals a ``re`` pattern cannot match without, read from Python's own parse of it.

test_matching searches every text the prefilter rejects with each lexicon's ``re`` pattern; on ASCII text, where
none of a pattern's required literals occurs, that search cannot find anything, so ``re`` (tens of microseconds
a text, for a long alternation tried at every word) is only run on the rest, and ``texts_holding`` says which texts
those are without testing each literal in each text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from re import _compiler, _parser

import _sre
from re._constants import ATOMIC_GROUP, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN

REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)


def required_literals(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of ``pattern`` contains (case aside), or None when the
    parse offers none. Lookarounds, classes and optional parts are passed over: they never add a requirement."""
    return _needed(_parser.parse(pattern, flags))


def may_contain_match(needed: frozenset[str] | None, lowered_ascii_text: str | None) -> bool:
    """False only where no required literal occurs in the lower-cased text (``folded``), so no match can; True
    for None (a text left out)."""
    return needed is None or lowered_ascii_text is None or any(literal in lowered_ascii_text for literal in needed)


TO_ASCII = {c: chr(_sre.unicode_tolower(c)) for c in range(0x80, 0x110000) if _sre.unicode_tolower(c) < 0x80}
TO_ASCII |= {c: chr(low) for low, extra in _compiler._EXTRA_CASES.items() if low < 0x80 for c in extra if c >= 0x80}
"""Characters beyond ASCII that ``re`` matches case-insensitively with an ASCII letter ("K", "ſ", "İ", "ı"), read
the way ``re`` lowers them (``unicode_tolower``) and its extra cases (``_EXTRA_CASES``)."""


def folded(text: str) -> str:
    """The text as ``required_literals`` are written: those characters made the ASCII letter ``re`` matches them
    with, then lower case. Every character of a match of an ASCII literal is then that literal's own: a text
    beyond ASCII is searched where one of them occurs and only there, as an ASCII one is."""
    return text.translate(TO_ASCII).lower()


def texts_holding(literals, lowered_texts: list[str | None]) -> dict[str, set[int]]:
    """For each literal, the indices of the texts (None: left out) that contain it. One ``str.find`` pass per
    literal over the texts joined: testing every literal of every lexicon in every text one pair at a time cost
    more than the ``re`` searches the literals spare."""
    separator = "\x00"
    assert not any(separator in literal for literal in literals), "a literal could span two texts"
    starts, pieces, offset = [], [], 0
    for text in lowered_texts:
        starts.append(offset)
        pieces.append(text or "")
        offset += len(text or "") + 1
    joined = separator.join(pieces)
    holding = {}
    for literal in literals:
        found, at = set(), joined.find(literal)
        while at != -1:
            index = bisect_right(starts, at) - 1
            found.add(index)
            at = joined.find(literal, starts[index + 1]) if index + 1 < len(starts) else -1
        holding[literal] = found
    return holding


def _needed(items) -> frozenset[str] | None:
    """The most selective requirement of a sequence: one of its runs of ASCII literals, or what a group, a
    repeat of at least one, or every branch of an alternation needs."""
    options, run = [], []
    for op, av in [*items, (None, None)]:
        if op is LITERAL and chr(av).isascii():  # non-ASCII letters may fold to ASCII ones ("ſ" to "s"): passed over
            run.append(chr(av).lower())
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        inner = None
        if op is SUBPATTERN:
            inner = _needed(av[3])
        elif op is ATOMIC_GROUP:
            inner = _needed(av)
        elif op in REPEATS and av[0] >= 1:
            inner = _needed(av[2])
        elif op is BRANCH:
            branches = [_needed(branch) for branch in av[1]]
            inner = None if None in branches else frozenset().union(*branches)
        if inner:
            options.append(inner)
    return max(options, key=lambda option: (min(map(len, option)), -len(option)), default=None)
