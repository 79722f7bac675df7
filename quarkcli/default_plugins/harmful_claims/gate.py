"""The patterns of the grammar: word classes expanded into tries (``expand``, ``alternation``), and their RE2
readings (a superset: lookarounds dropped, classes widened), which rule a pattern out in one linear pass (``Gate``,
``Prechecked``).
"""

from __future__ import annotations

import re
from functools import cache

import re2

from ...patterns import re2_options, re2_superset
from ..text import compile_phrases, unbounded

WORD_CLASS = re.compile(r"\{([a-z_]+)\}")
MEMORY = 64 << 20  # RE2's budget for each pattern's automaton
CHUNK = 150  # patterns a prefilter: see Gate


def expand(pattern: str, vocab: dict[str, list[str]], chinese: bool = False, trie: bool = True) -> str:
    """The pattern with each {class} replaced by the alternation of its words (the class_zh variant,
    when there is one, in a pattern for Chinese)."""
    def words(m: re.Match) -> str:
        name = m.group(1)
        entries = vocab.get(f"{name}_zh") if chinese and f"{name}_zh" in vocab else vocab.get(name)
        if entries is None:
            return m.group(0)
        entries = tuple(str(e) for e in entries)
        return class_trie(entries) if trie else "(?:" + "|".join(entries) + ")"
    return WORD_CLASS.sub(words, pattern)


@cache
def class_trie(entries: tuple[str, ...]) -> str:
    """``alternation`` of a word class, built once a process: the grammar names the same classes in hundreds
    of patterns (the 640 drug names in 63), and rebuilding their tries was most of the Scorer's build."""
    return alternation(list(entries))


SPECIAL = set("\\()[]{}|?*+.^$")


def alternation(entries: list[str]) -> str:
    r"""The entries as one group, merged into a trie on their literal beginnings ("insulin", "statins?",
    "blutdruck\w*", "(?:your|his) (?:\w+ )?meds" as "your …" and "his …"). Python's ``re`` tries an
    alternation branch by branch: a class of three hundred drug names tried at every word would cost
    three hundred tests a word, where the trie costs a few."""
    trie: dict = {}
    others = []
    for entry in entries:
        for variant in _leading_choices(entry):
            prefix = next((i for i, c in enumerate(variant) if c in SPECIAL), len(variant))
            if variant[prefix:prefix + 1] in ("?", "*", "{") and prefix:
                prefix -= 1  # a quantifier binds the last literal character
            if prefix == 0:
                others.append(variant)
                continue
            node = trie
            for char in variant[:prefix].lower():
                node = node.setdefault(char, {})
            node.setdefault("", []).append(variant[prefix:])
    return "(?:" + "|".join(([_trie(trie)] if trie else []) + others) + ")"


def _leading_choices(entry: str) -> list[str]:
    """"(?:a|b) rest" as ["a rest", "b rest"] when the group holds plain words and no quantifier follows."""
    if not entry.startswith("(?:"):
        return [entry]
    depth = 0
    for i, char in enumerate(entry):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            break
    inner, rest = entry[3:i], entry[i + 1:]
    if rest[:1] in ("?", "*", "+", "{") or any(c in SPECIAL for c in inner.replace("|", "")):
        return [entry]
    return [choice + rest for choice in inner.split("|")]


def _trie(node: dict) -> str:
    branches = [re.escape(char) + _trie(child) for char, child in sorted(node.items()) if char]
    ends = [tail for tail in node.get("", []) if tail]
    optional = "" in node.get("", [])
    choices = branches + ends
    if not choices:
        return ""
    body = choices[0] if len(choices) == 1 and not optional else "(?:" + "|".join(choices) + ")"
    return f"{body}?" if optional and body.startswith("(?:") else f"(?:{body})?" if optional else body


class Gate:
    """Which parts could match a text, from one pass of RE2's prefilter: each pattern, read by RE2, is
    reduced to the literal strings a match must contain ("stop" or "quit"…, and "insulin" or
    "warfarin"…), and an automaton finds them all. A part none of whose patterns could match is skipped
    without running its Python patterns; most responses skip them all.

    The patterns are split into prefilters of ``CHUNK`` each: the automaton of one prefilter over the whole
    grammar outgrows RE2's cache and rebuilds it while it reads (measured: 170 µs a response for four hundred
    patterns in one, 35 µs in prefilters of a hundred and fifty)."""

    def __init__(self):
        self.filters: list = []
        self.owners: list = []

    def add(self, pattern: str, owner) -> None:
        if len(self.owners) % CHUNK == 0:
            self.filters.append(re2.Filter())
        self.filters[-1].Add(re2_superset(pattern), re2_options(max_mem=MEMORY))
        self.owners.append(owner)

    def compile(self) -> None:
        for prefilter in self.filters:
            prefilter.Compile()

    def readings(self) -> list[tuple]:
        """Every owner with its RE2 pattern (compiled already, held by its prefilter)."""
        return [(owner, self.filters[n // CHUNK].re(n % CHUNK)) for n, owner in enumerate(self.owners)]

    def candidates(self, text: str) -> list[tuple]:
        """The owners whose patterns match under RE2 (a superset of what their Python patterns match), each
        with its RE2 pattern, in the order they were added. The prefilter's atoms are lower case."""
        lowered, found = text.lower(), []
        for n, prefilter in enumerate(self.filters):
            found += [(self.owners[n * CHUNK + i], prefilter.re(i))
                      for i in sorted(prefilter.Match(lowered, potential=False) or ())]
        return found


class Prechecked:
    """A Python pattern searched only where its RE2 reading (a superset) matches: the lists that clear,
    refute or report a claim rarely match, and RE2 says so in one linear pass. Past that reading, text beyond ASCII
    goes to ``re`` without a second, wide one (``compile_phrases``'s ``wide``)."""

    def __init__(self, fragments: list[str], bounded: bool = True):
        self.pattern = compile_phrases(fragments, wide=False) if bounded else unbounded(fragments)
        self.linear = _linear("|".join(f"(?:{re2_superset(f)})" for f in fragments))

    def search(self, text: str):
        return self.pattern.search(text) if self.linear is None or self.linear.search(text) else None

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.linear is None or self.linear.search(text) else iter(())


def _linear(pattern: str):
    """The RE2 pattern, or None when RE2 cannot read it (then the Python pattern is always searched)."""
    try:
        return re2.compile(pattern, re2_options(max_mem=MEMORY))
    except re2.error:
        return None
