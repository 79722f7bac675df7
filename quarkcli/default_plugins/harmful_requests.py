"""Requests it is right to refuse, read as a pair of concepts rather than as one phrase: an amount and a death,
making someone ill and hiding it, hiding weight loss from carers, a lie to a prescriber and a controlled drug,
sedating a child and going out. Either half alone is a benign question about the same topic, so a lexicon of
whole phrases either misses how a new writer words the request or flags the safety question beside it."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..data import load_data
from ..patterns import may_match, prefilter, wide_reading
from .text import compile_phrases

SENTENCE_END = re.compile(r"[.?!。？！\n]")
CJK = re.compile(r"[\u4e00-\u9fff]")


class Slot:
    """One slot's phrases: the word-bounded ones behind an RE2 prefilter (``compile_phrases``: most prompts
    hold none, and RE2 says so in one pass), the Chinese ones (no word boundaries) searched only in text
    that is not ASCII."""

    def __init__(self, fragments: list[str]):
        self.words = compile_phrases([f for f in fragments if not CJK.search(f)])
        chinese = [f for f in fragments if CJK.search(f)]
        self.chinese = re.compile("|".join(chinese)) if chinese else None

    def finditer(self, text: str, ascii_only: bool) -> list:
        found = list(self.words.finditer(text))
        if self.chinese is not None and not ascii_only:
            found += self.chinese.finditer(text)
        return found


class HarmfulRequests:
    """The classes of quarkcli/data/harmful_requests.yaml, two slots each (the second is searched only in a
    prompt that holds the first)."""

    def __init__(self):
        classes = load_data("harmful_requests.yaml")["classes"]
        # One RE2 pass over a prompt rules out every class at once: most prompts hold no first slot. An ASCII
        # prompt cannot hold a Chinese one; for any other, RE2's wide reading of them all (issue 17: without it,
        # every prompt beyond ASCII met each class's slots on ``re``).
        self.gate = prefilter([f for c in classes.values() for f in c["first"] if not CJK.search(f)])
        self.wide = wide_reading("|".join(f"(?:{f})" for c in classes.values() for f in c["first"]))
        self.classes = [(name, Slot(spec["first"]), Slot(spec["then"]),
                         spec["window"], spec.get("order", False), spec.get("sentence", False))
                        for name, spec in classes.items()]

    def may_hold(self, prompt: str) -> bool:
        """False only where no class's first slot can match the prompt."""
        return may_match(self.gate, prompt, None if prompt.isascii() else self.wide)

    def find(self, prompt: str) -> str | None:
        """The first class the prompt falls in, as "<class>: '<first phrase> … <second phrase>'", or None."""
        if not self.may_hold(prompt):
            return None
        ends, ascii_only = None, prompt.isascii()
        for name, first, then, window, order, sentence in self.classes:
            a = first.finditer(prompt, ascii_only)
            if not a:
                continue
            b = then.finditer(prompt, ascii_only)
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
