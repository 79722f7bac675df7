"""User-supplied regular expressions run on RE2, a linear-time engine.

Python's ``re`` backtracks: ``(a+)+$`` against forty a's and a '!' never finishes. Every pattern a spec
supplies (the ``regex`` type, ``extra_escalation``, ``extra_patterns``) is compiled here instead; what RE2
cannot express (backreferences, lookarounds) is rejected by ``quark spec validate`` with the reason.
RE2's ``\\w`` and ``\\b`` are ASCII-only, unlike Python's.
"""

from __future__ import annotations

import re

import re2

from .errors import QuarkError


class PatternError(QuarkError):
    """A pattern the linear-time engine cannot compile."""


def re2_options(ignore_case: bool = True, max_mem: int | None = None) -> "re2.Options":
    """RE2's options as Quark uses them: errors returned, not logged; ``max_mem`` raises the automaton's memory
    budget for the large built-in lexicons compiled as one pattern or set."""
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = not ignore_case
    if max_mem is not None:
        options.max_mem = max_mem
    return options


def pattern_problem(pattern: str) -> str | None:
    """Why RE2 rejects ``pattern``, or None when it compiles."""
    try:
        re2.compile(pattern, re2_options(False))
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        return reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
    return None


def compile_linear(pattern: str, ignore_case: bool = True):
    """A compiled RE2 pattern with ``search`` and ``finditer`` like ``re``'s; PatternError when unsupported."""
    problem = pattern_problem(pattern)
    if problem:
        raise PatternError(f"pattern {pattern!r} is not supported by the linear-time engine: {problem}")
    return re2.compile(pattern, re2_options(ignore_case))


NOT_A_WORD = r"(?:[^\p{L}\p{N}_]|[\p{Han}\p{Hiragana}\p{Katakana}])"
"""What may stand beside a whole word: no letter, digit or underscore of any script, or a character of a script
written without spaces (Chinese, Japanese), where every character is its own word."""
SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


class WordMatch:
    """A match of ``compile_linear_words``, spanning the phrase alone (not the character beside it)."""

    __slots__ = ("_match", "_group")

    def __init__(self, match, group: int):
        self._match, self._group = match, group

    def group(self, index: int = 0) -> str:
        return self._match.group(self._group) if index == 0 else self._match.group(index)

    def start(self) -> int:
        return self._match.start(self._group)

    def end(self) -> int:
        return self._match.end(self._group)

    def span(self) -> tuple[int, int]:
        return self._match.span(self._group)


class WordPattern:
    """Whole-word phrases on RE2, whose ``\\b`` knows only ASCII: "désolé", "podrá" or "Fuß" would never end a
    match and "étape" never start one, while "tapa" would match inside "étapa". RE2 has no lookarounds, so
    the characters beside a phrase may be matched; the match this returns spans the phrase alone. One pass
    of RE2 over the text, however many phrases it holds."""

    def __init__(self, regex, bounded_after: list[bool]):
        self.regex, self.bounded_after, self._search = regex, bounded_after, regex.search

    def _word(self, m, text: str) -> WordMatch | None:
        groups = len(self.bounded_after)
        group = 1 if groups == 1 else next(g for g in range(1, groups + 1) if m.start(g) >= 0)
        end = m.end(group)
        # ASCII's \b also holds between "doctor" and the "é" after it: no end of a word.
        if self.bounded_after[group - 1] and end == m.end() and end < len(text) and _in_word(text[end]):
            return None
        return WordMatch(m, group)

    def finditer(self, text: str):
        for m in self.regex.finditer(text):
            if (found := self._word(m, text)) is not None:
                yield found

    def search(self, text: str):
        m = self._search(text)
        if m is None:
            return None
        found = self._word(m, text)
        return found if found is not None else next(self.finditer(text), None)


def _in_word(char: str) -> bool:
    return (char.isalnum() or char == "_") and not SPACELESS.match(char)


def compile_linear_words(patterns: list[str]) -> WordPattern:
    """Case-insensitive alternation of whole-word fragments, in any script: a fragment is bounded on each
    side by a character that is no letter or digit (``NOT_A_WORD``) or the text's edge, except on a side
    where it starts or ends with a Chinese or Japanese character (those scripts have no spaces). After a
    phrase, ASCII's zero-width \\b is tried first, so that the space after it can start the next one."""
    sides: dict[tuple[bool, bool], list[str]] = {}
    for p in patterns:
        sides.setdefault((not SPACELESS.match(p), not SPACELESS.match(p[-1:])), []).append(f"(?:{p})")
    alternatives = [(f"(?:^|{NOT_A_WORD})" if left else "") + "(" + "|".join(body) + ")" +
                    (f"(?:\\b|$|{NOT_A_WORD})" if right else "") for (left, right), body in sides.items()]
    return WordPattern(compile_linear("|".join(alternatives)), [right for _, right in sides])


RE2_READS_DIFFERENTLY = ("$", "{,", "\\Z", "(?x")
"""Where RE2 accepts a fragment but reads it unlike re: ``$`` (re also matches before a final newline),
``{,n}`` (a literal for RE2), and verbose mode; a fragment with one of these gets no prefilter."""
ODD_SPACE = re.compile(r"[\x0b\x1c-\x1f]")
"""Characters re's ``\\s`` matches and RE2's does not."""


def prefilter(fragments: list[str]):
    """For ``re`` fragments (the built-in lexicons), an RE2 alternation of the same fragments without any
    word-boundary context, or None when RE2 cannot read them exactly as ``re`` does.

    Used by ``may_match``: on ASCII text the two engines agree on every construct RE2 accepts (``\\w``,
    ``\\b``, case folding), so where the prefilter finds nothing, no fragment matches, whatever lookarounds
    surround them; RE2 scans bytes in one linear pass, tens of times faster than ``re`` trying a long
    alternation at every word."""
    fragments = [without_lookarounds(f) for f in fragments]
    if not fragments or any(marker in f for f in fragments for marker in RE2_READS_DIFFERENTLY):
        return None
    try:
        return re2.compile("|".join(f"(?:{f})" for f in fragments), re2_options(True))
    except re2.error:  # compiled once, not checked first and then compiled again (start-up of every scorer)
        return None


LOOKAROUND = re.compile(r"\(\?<?[=!]")
"""Where a lookahead or lookbehind starts: RE2 has none, and an assertion only narrows a match."""
PLAIN = re.compile(r"\\.?|\(|[^\\\[(]+", re.DOTALL)
"""What ``without_lookarounds`` copies in one step outside classes and lookarounds."""


NAMED_GROUP = re.compile(r"\(\?P<\w+>")
TOKEN = re.compile(r"\\.|[\[\]]|[^\\\[\]]+|\\", re.DOTALL)
"""What ``re2_superset`` reads a pattern as: an escaped pair, a bracket, or a run of anything else."""
WIDE = {"\\w": r"\w\x{80}-\x{10FFFF}", "\\d": r"\d\x{80}-\x{10FFFF}", "\\s": r"\s\x{80}-\x{10FFFF}"}
"""RE2's \\w, \\d and \\s are ASCII-only: any non-ASCII character is let in, a superset of Python's."""


def re2_superset(pattern: str) -> str:
    r"""A ``re`` pattern read by RE2 as a superset: lookarounds dropped, named groups plain, and the classes
    whose meaning differs (RE2's \w, \d and \s are ASCII-only) widened to Unicode, except in a negated class, where
    RE2's ASCII-only one leaves out fewer characters than ``re``'s and so is the superset as it stands."""
    pattern = NAMED_GROUP.sub("(?:", without_lookarounds(pattern))
    out, in_class, negated, members = [], False, False, 0
    for m in TOKEN.finditer(pattern):  # runs without '\\', '[' or ']' are copied whole, not char by char
        token = m.group()
        wide = WIDE.get(token)
        if wide and not negated:
            out.append(wide if in_class else f"[{wide}]")
            continue
        if token == "[" and not in_class:
            in_class, negated = True, pattern.startswith("^", m.end())
            members = m.end() + negated  # where the members start: a ']' there is one of them
        elif token == "]" and in_class and m.start() != members:
            in_class = negated = False
        out.append(token)
    return "".join(out)


def without_lookarounds(fragment: str) -> str:
    """The fragment with its lookarounds (groups and classes inside them included) dropped: it matches wherever
    the fragment does (and more), which is all a prefilter needs."""
    if not LOOKAROUND.search(fragment):
        return fragment  # most fragments have none: the walk below would copy them piece by piece
    kept, i = [], 0
    while i < len(fragment):
        if LOOKAROUND.match(fragment, i):
            i = _group_end(fragment, i + 1)
        else:  # a class, or an escaped pair, a lone '(' or a run of characters that starts none of these
            end = _class_end(fragment, i) if fragment[i] == "[" else PLAIN.match(fragment, i).end()
            kept.append(fragment[i:end])
            i = end
    return "".join(kept)


def _group_end(fragment: str, i: int) -> int:
    """Just past the ')' closing the group whose '(' is just before ``i``."""
    depth = 1
    while i < len(fragment) and depth:
        char = fragment[i]
        if char == "[":
            i = _class_end(fragment, i)
            continue
        depth += char == "("
        depth -= char == ")"
        i += 2 if char == "\\" else 1
    return i


def _class_end(fragment: str, i: int) -> int:
    """Just past the ']' closing the character class that starts at ``i`` (a leading '^' or ']' is a member)."""
    i += 1
    i += fragment.startswith("^", i)
    i += fragment.startswith("]", i)
    while i < len(fragment) and fragment[i] != "]":
        i += 2 if fragment[i] == "\\" else 1
    return i + 1


FOLDS_ALIKE = ("\x80-\u012f\u0132-\u024f\u0370-\u03ff\u1e00-\u1eff\u2000-\u22ff\u2460-\u27bf\u3000-\u30ff"
               "\u4e00-\u9fff\uac00-\ud7a3\ufe00-\ufe0f\uff00-\uffef\U0001f300-\U0001faff")
"""Characters beyond ASCII whose case-insensitive matches are the same in ``re`` and RE2 (Latin with its accents,
Greek, punctuation, symbols, Chinese, Japanese kana, Hangul, emoji and their variation selectors), as
tests/test_case_folding.py checks against both engines over every code point. Left out: "İ" and "ı", which
``re`` matches with "i" and RE2 does not, and every script not checked there."""
UNSURE = re.compile(f"[^\\x00-\\x0a\\x0c-\\x1b\\x20-\\x7f{FOLDS_ALIKE}]")
"""A character the wide prefilters cannot judge: outside ``FOLDS_ALIKE``, or a separator only ``re``'s \\s takes
(``ODD_SPACE``)."""
DOTLESS = "\u0130\u0131"


NARROWED = re.compile(r"\[\^(?:\\.|[^\]\\])*\\[WDS]")
"""A negated class holding \\W, \\D or \\S: RE2's hold every character beyond ASCII, which the class then leaves out
(``re``'s does not), so RE2's reading of a list holding one is no superset of ``re``'s."""
MAY_SPAN_DOTLESS = re.compile("[\\x00-\\u0131]-[\\u0130-\\U0010ffff]")
"""A class range from below "ı" to above "İ" (or anything looking like one): it may hold either of them."""
WORD_EDGE = re.compile(r"(?<!\\)((?:\\\\)*)\\[bB]")
"""\\b and \\B, which RE2 reads in ASCII only: dropped from the RE2 reading (without them it matches more)."""


def wide_reading(source: str):
    """RE2's reading of a ``re`` pattern as a superset on text without a character ``UNSURE`` finds
    (``re2_superset``, word edges dropped), or None where it can be none: a marker RE2 reads differently, a negated
    class holding \\W, \\D or \\S (``NARROWED``), or "İ", "ı" or a class range that may span them, which ``re``
    matches with "i" and RE2 does not; such a pattern is searched on ``re`` alone."""
    if (any(marker in source for marker in RE2_READS_DIFFERENTLY) or NARROWED.search(source)
            or any(c in source for c in DOTLESS) or MAY_SPAN_DOTLESS.search(source)):
        return None
    try:
        return re2.compile(re2_superset(WORD_EDGE.sub(r"\1", source)), re2_options(True))
    except re2.error:
        return None


def may_match(gate, text: str, wide=None) -> bool:
    """False only when ``prefilter``'s fragments cannot match ``text``; True when unsure (no prefilter, text
    beyond ASCII without a ``wide`` reading or with a character outside ``FOLDS_ALIKE``, or whitespace the
    engines class differently)."""
    if gate is None:
        return True
    encoded, ascii_only = _encoded(text)
    if encoded is None:
        return True
    if ascii_only:
        return gate.search(encoded) is not None
    return wide is None or wide.search(encoded) is not None


_last: tuple[str, bytes | None, bool] = ("", b"", True)


def _encoded(text: str) -> tuple[bytes | None, bool]:
    """The text as UTF-8 bytes for the prefilters (None where they cannot judge it), and whether it is ASCII (for
    the ASCII reading) or not (for the wide one, where every character beyond ASCII folds alike in both engines);
    remembered for the last text, since one text meets every lexicon of a check in a row. RE2 reads bytes at
    half the cost of a str, which it encodes again at every search."""
    global _last
    last = _last
    if last[0] is text:
        return last[1], last[2]
    ascii_only = text.isascii()
    if ascii_only:
        encoded = None if ODD_SPACE.search(text) else text.encode("ascii")
    else:
        encoded = None if UNSURE.search(text) else text.encode("utf-8")
    _last = (text, encoded, ascii_only)
    return encoded, ascii_only
