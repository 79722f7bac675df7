"""Compiled patterns on disk (issue 17): a new process reads the large lexicon patterns an earlier one compiled,
builds the very pattern ``re`` builds, and only an exact source and flags are read back."""

import re

import pytest

from quarkcli import regex_store
from quarkcli.default_plugins.harmful_claims.gate import class_trie
from quarkcli.default_plugins.text import compile_phrases
from quarkcli.regex_store import MIN_LENGTH, compile_stored, store_folder

DRUGS = tuple(f"{name}{suffix}" for name in ("warfarin", "insulin", "metformin", "sertraline", "lisinopril")
              for suffix in ("", "a", "e", "um", "ol", "ine", "ide", "ate", "one", "ex", "al", "ium", "ex\\w*"))
LARGE = rf"(?P<v>stop|quit|arr[eê]te[rz]?|absetzen) (?:taking )?(?:your |ta |tu |seu )?{class_trie(DRUGS)}" + "".join(
    rf"|(?:{verb}) (?:taking )?(?:your )?{class_trie(DRUGS)}" for verb in ("halve", "skip", "drop", "ditch", "cut"))
TEXTS = ["Stop taking your warfarin now.", "quit insulinum", "arrêtez ta metformine", "absetzen sertralin",
         "nothing here", "stop lisinoprilex12 quit warfarina"]


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QUARK_CACHE_DIR", str(tmp_path / "cache"))


def parsed_by_re(monkeypatch):
    """Counts how often ``re``'s pure-Python parser runs (its own cache of patterns emptied, as in a new process):
    what the store spares a new process."""
    re.purge()
    calls = []
    original = regex_store._parser.parse
    monkeypatch.setattr(regex_store._parser, "parse", lambda *a: calls.append(a) or original(*a))
    return calls


def same_pattern(a: re.Pattern, b: re.Pattern) -> bool:
    return (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex) \
        and all([m.span() for m in a.finditer(t)] == [m.span() for m in b.finditer(t)] for t in TEXTS) \
        and all([m.groupdict() for m in a.finditer(t)] == [m.groupdict() for m in b.finditer(t)] for t in TEXTS)


def test_a_new_process_reads_the_pattern_an_earlier_one_compiled(monkeypatch):
    assert len(LARGE) >= MIN_LENGTH
    first = compile_stored(LARGE, re.IGNORECASE)
    assert len(list(store_folder().iterdir())) == 1
    calls = parsed_by_re(monkeypatch)
    again = compile_stored(LARGE, re.IGNORECASE)
    assert calls == []
    assert same_pattern(again, re.compile(LARGE, re.IGNORECASE)) and same_pattern(first, again)
    assert [m.group("v") for m in again.finditer(TEXTS[0] + " " + TEXTS[2])] == ["Stop", "arrêtez"]


def test_other_flags_or_an_edited_source_are_compiled_afresh(monkeypatch):
    compile_stored(LARGE, re.IGNORECASE)
    calls = parsed_by_re(monkeypatch)
    exact = compile_stored(LARGE, 0)
    edited = compile_stored(LARGE + "x", re.IGNORECASE)
    assert len(calls) == 2
    assert not exact.search("STOP WARFARIN") and compile_stored(LARGE, re.IGNORECASE).search("STOP WARFARIN")
    assert same_pattern(edited, re.compile(LARGE + "x", re.IGNORECASE))


def test_small_patterns_are_not_stored():
    compile_stored(r"(?<!\w)stop(?!\w)", re.IGNORECASE)
    assert not store_folder().exists()


def test_a_damaged_entry_costs_only_the_compile(monkeypatch):
    compile_stored(LARGE, re.IGNORECASE)
    for path in store_folder().iterdir():
        path.write_bytes(b"not a pattern")
    assert same_pattern(compile_stored(LARGE, re.IGNORECASE), re.compile(LARGE, re.IGNORECASE))


def test_a_folder_that_cannot_be_written_costs_only_the_compile(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("QUARK_CACHE_DIR", str(blocker))
    assert same_pattern(compile_stored(LARGE, re.IGNORECASE), re.compile(LARGE, re.IGNORECASE))


def test_lexicon_patterns_are_read_from_the_store(monkeypatch):
    """A lexicon's pattern, compiled when a text first reaches it past its prefilter, comes from the store in a
    later process."""
    compile_phrases([LARGE]).search("please stop taking your warfarin")
    calls = parsed_by_re(monkeypatch)
    lexicon = compile_phrases([LARGE])
    assert lexicon.search("please stop taking your warfarin").group("v") == "stop"
    assert calls == []


def test_a_python_whose_private_compiler_differs_gets_the_plain_compile(monkeypatch):
    """The store reads CPython's private compiler; where it is not what this code expects, nothing is stored and
    the pattern is compiled as ``re.compile`` would."""
    monkeypatch.setattr(regex_store, "_compiler", object())
    assert same_pattern(compile_stored(LARGE, re.IGNORECASE), re.compile(LARGE, re.IGNORECASE))
    assert not store_folder().exists()
