"""``FOLDS_ALIKE``: the characters beyond ASCII on which RE2's case-insensitive matching and ``re``'s agree, so that
the wide prefilters (``patterns.wide_reading``) may judge text made of them. Checked against both engines over every
code point: where one character's matches differed, a prefilter could reject a text its lexicon matches."""

import re
from re import _compiler

import _sre
import re2

from quarkcli.patterns import FOLDS_ALIKE, UNSURE, re2_options

EVERY = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
ALIKE = re.compile(f"[{FOLDS_ALIKE}]")
SAFE = [c for c in EVERY if ALIKE.match(c)]
FIXES = {chr(c) for pair in _compiler._EXTRA_CASES.items() for c in (pair[0], *pair[1])}
CASED = sorted({c for c in EVERY if _sre.unicode_iscased(ord(c))} | FIXES)  # what re may match with another
UNCASED = sorted(set(SAFE) - set(CASED))
ASCII = [chr(c) for c in range(0x80)]


def matched(pattern: str, within: str) -> tuple[set, set]:
    """The characters of ``within`` that ``pattern`` matches case-insensitively, by ``re`` and by RE2."""
    return set(re.findall(pattern, within, re.IGNORECASE)), set(re2.compile(pattern, re2_options(True)).findall(within))


def charset(chars) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def test_each_cased_character_matches_the_same_characters_in_both_engines():
    """A cased character's matches lie among the cased ones (for ``re``: its lower case or an extra case of
    ``_EXTRA_CASES``; for RE2 see the next test), so comparing them there compares them everywhere."""
    within = "".join(sorted(set(CASED) | set(ASCII)))
    for char in sorted(set(SAFE) & set(CASED)):
        by_re, by_re2 = matched(re.escape(char), within)
        assert by_re == by_re2, (char, by_re ^ by_re2)
    for char in ASCII:  # ASCII text meets every lexicon: only "i" differs, with "İ" and "ı", which UNSURE finds
        by_re, by_re2 = matched(re.escape(char), within)
        assert by_re ^ by_re2 <= {"İ", "ı"}, (char, by_re ^ by_re2)


def test_no_character_of_the_set_matches_a_character_outside_the_cased_ones_or_itself():
    rest = "".join(sorted(set(EVERY) - set(SAFE) - set(CASED) - set(ASCII)))
    assert matched(f"[\\x00-\\x7f{FOLDS_ALIKE}]", rest) == (set(), set())
    assert matched(charset(UNCASED), "".join(CASED)) == (set(), set())


def test_no_two_uncased_characters_of_the_set_match_each_other():
    """Any two differ in some bit of their code point: one is in that bit's half, the other in the rest."""
    for bit in range(max(map(ord, UNCASED)).bit_length()):
        half = [c for c in UNCASED if ord(c) >> bit & 1]
        rest = "".join(c for c in UNCASED if not ord(c) >> bit & 1)
        assert matched(charset(half), rest) == (set(), set()), bit


def test_unsure_finds_what_the_engines_fold_or_class_differently():
    assert UNSURE.search("Fichier ı") and UNSURE.search("İstanbul") and UNSURE.search("chest\x0bpain")
    assert UNSURE.search("ქართული")  # a script not checked here
    assert not UNSURE.search("Straße, ſ, K, µ, Ωmega, 急诊, 응급실, “quoted” — ✅ café naïve ÉCOLE")
