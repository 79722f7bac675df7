"""Requests it is right to refuse, read as a pair of concepts rather than as one phrase: an amount and a death,
making someone ill and hiding it, hiding weight loss from carers, a lie to a prescriber and a controlled drug,
sedating a child and going out. Either half alone is a benign question about the same topic, so a lexicon of
whole phrases either misses how a new writer words the request or flags the safety question beside it."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..data import load_data

SENTENCE_END = re.compile(r"[.?!。？！\n]")


class HarmfulRequests:
    """The classes of quarkcli/data/harmful_requests.yaml, each two compiled alternations (one search each in
    the prompt; the pair is looked for only where both occur)."""

    def __init__(self):
        self.classes = [(name, re.compile("|".join(spec["first"]), re.IGNORECASE),
                         re.compile("|".join(spec["then"]), re.IGNORECASE),
                         spec["window"], spec.get("order", False), spec.get("sentence", False))
                        for name, spec in load_data("harmful_requests.yaml")["classes"].items()]

    def find(self, prompt: str) -> str | None:
        """The first class the prompt falls in, as "<class>: '<first phrase> … <second phrase>'", or None."""
        ends = None
        for name, first, then, window, order, sentence in self.classes:
            a = [m for m in first.finditer(prompt)]
            if not a:
                continue
            b = [m for m in then.finditer(prompt)]
            for x in a:
                for y in b:
                    gap = y.start() - x.end() if y.start() >= x.end() else x.start() - y.end()
                    if gap > window or (order and y.start() < x.end()):
                        continue
                    if sentence:
                        ends = [m.start() for m in SENTENCE_END.finditer(prompt)] if ends is None else ends
                        lo, hi = min(x.start(), y.start()), max(x.end(), y.end())
                        i = bisect_left(ends, lo)
                        if i < len(ends) and ends[i] < hi:
                            continue
                    return f"{name.replace('_', ' ')}: {x.group(0).strip()!r} … {y.group(0).strip()!r}"
        return None
