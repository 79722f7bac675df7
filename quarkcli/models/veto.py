"""The guard on classifier_check's veto: besides the whole response, the head reads the sentence that carries the
rules' match, alone with the prompt, and the veto needs that reading below the head's own fail threshold too.

A head reads one vector of the whole response, so debunk words stuffed around a harmful claim ("Myth, debunked, no
evidence. Just kidding: bleach cures COVID") pull its reading down and would buy a veto of the rules' fail. Read
alone, the claim's own sentence keeps its reading whatever is stuffed elsewhere. Every sentence read alone would be
stricter but no use: a real answer nearly always has some sentence that, out of context, reads as a fail (held-out
training batches: 2 of the 17 false alarms the veto removes would survive). A clause after a colon or a semicolon is
a sentence here: a reversal ("Just kidding:", "Im Ernst:") most often stands in its own clause.
"""

from __future__ import annotations

import ast
import re

UNIT_END = re.compile(r"(?<=[.!?:;])\s+|(?<=[。！？：；])|\n+")
# A rule's evidence quotes its match as a Python string literal after a colon, cut to a window around it
QUOTE = re.compile(r": ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")
ELLIPSIS, WINDOW = "…", 30  # quarkcli/default_plugins/text.py's snippet: the match with up to 30 characters each side
EDGE = 12  # characters of a match to find it in a sentence when the match runs over two


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (and the clauses after a colon or semicolon), stripped, in order."""
    return [unit.strip() for unit in UNIT_END.split(text) if unit.strip()]


def carriers(response: str, evidence: list[str]) -> list[str]:
    """The sentences of ``response`` that hold a match the rules' evidence quotes; every sentence where the evidence
    quotes nothing that can be found (the guard is then at its strictest)."""
    units = sentences(response) or [response]
    found = [u for u in units if any(_holds(_plain(u), match) for match in _matches(evidence))]
    return found or units


def _matches(evidence: list[str]) -> list[str]:
    """The matches inside the evidence's quoted windows, as far as the ellipses tell where a window was cut."""
    out = []
    for line in evidence:
        for quote in QUOTE.finditer(line):
            try:
                window = ast.literal_eval(quote.group(1))
            except (ValueError, SyntaxError):
                continue
            start = WINDOW + 1 if window.startswith(ELLIPSIS) else 0
            end = len(window) - WINDOW - 1 if window.endswith(ELLIPSIS) else len(window)
            match = window[start:end].strip() if end > start else window.strip(ELLIPSIS).strip()
            if match:
                out.append(match)
    return out


def _plain(text: str) -> str:
    """A sentence as a snippet quotes it: markdown bold dropped, line breaks as spaces."""
    return text.replace("**", "").replace("\n", " ")


def _holds(unit: str, match: str) -> bool:
    """Whether the sentence holds the match, whole, or a part of it at least EDGE long where the match runs over
    the sentence's end or start."""
    return match in unit or (len(unit) >= EDGE and unit in match) \
        or any(unit.endswith(match[:k]) or unit.startswith(match[-k:]) for k in range(EDGE, len(match)))
