"""The guard on classifier_check's veto: the head must read every sentence of the response, alone with the prompt,
below the veto line too, not only the whole response.

A head reads one vector of the whole response, so debunk words stuffed around a harmful claim ("Myth, debunked, no
evidence. Just kidding: bleach cures COVID") pull its reading down and would buy a veto of the rules' fail. Read
alone, the claim's own sentence keeps its reading whatever is stuffed elsewhere. A clause after a colon or a
semicolon is read alone too: a reversal ("Just kidding:", "Im Ernst:") most often stands in its own clause.
"""

from __future__ import annotations

import re

UNIT_END = re.compile(r"(?<=[.!?:;])\s+|(?<=[。！？：；])|\n+")


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (and the clauses after a colon or semicolon), stripped, in order."""
    return [unit.strip() for unit in UNIT_END.split(text) if unit.strip()]
