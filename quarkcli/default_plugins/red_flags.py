"""Emergency warning signs in a prompt, shared by red_flag_escalation (safety) and the refusal check
(compliance), so that neither plugin module imports the other."""

from __future__ import annotations

from functools import cache

import re

from ..data import load_data
from .fuzzy import TypoCorrector, literal_words
from .text import compile_phrases

MEMO_SIZE = 4096


class RedFlags:
    """The red flags of quarkcli/data/red_flags.yaml (all, or the ids in ``wanted``), compiled once."""

    def __init__(self, wanted: list[str] | None = None):
        data = load_data("red_flags.yaml")
        chosen = set(wanted or [f["id"] for f in data["flags"]])
        self.flags = []
        for flag in data["flags"]:
            if flag["id"] not in chosen:
                continue
            any_re = compile_phrases(flag.get("any", [])) if flag.get("any") else None
            all_res = [compile_phrases(group) for group in flag.get("all", [])]
            unbounded = re.compile("|".join(flag["unbounded"])) if flag.get("unbounded") else None
            self.flags.append((flag, any_re, all_res, unbounded))
        # A flag needs a match of its `any` list, of its first `all` group or of its `unbounded` list: one
        # search over their union rules out most prompts at once.
        gates = [p for flag, *_ in self.flags for p in flag.get("any", []) + (flag.get("all") or [[]])[0]]
        self.gate = compile_phrases(gates)
        unbounded = [p for flag, *_ in self.flags for p in flag.get("unbounded", [])]
        self.gate_unbounded = re.compile("|".join(unbounded)) if unbounded else None
        every = [p for flag, *_ in self.flags
                 for p in flag.get("any", []) + [q for group in flag.get("all", []) for q in group]]
        self.typos = TypoCorrector(literal_words(every) | set(data.get("typo_words", [])))
        self._memo: dict[str, list[tuple[dict, list[str]]]] = {}

    @staticmethod
    @cache
    def shared(wanted: tuple[str, ...] | None = None) -> "RedFlags":
        """One instance per selection of flags, so that the checks reading the same prompt
        (red_flag_escalation, refusal, over_escalation) search it once."""
        return RedFlags(list(wanted) if wanted else None)

    def fired(self, prompt: str) -> list[tuple[dict, list[str]]]:
        """The flags the prompt raises, each with the phrases that matched (remembered for the last
        few thousand prompts: the Scorer runs one dimension over a whole batch before the next, and
        responses sampled from one prompt share it). The list is shared: do not change it."""
        found = self._memo.get(prompt)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[prompt] = self._fire(prompt)
        return found

    def _fire(self, prompt: str) -> list[tuple[dict, list[str]]]:
        """Flags raised by the prompt as written, and those raised only once its typos are corrected."""
        fired = self._match(prompt)
        corrected = self.typos.correct(prompt)
        if corrected is not prompt:
            seen = {flag["id"] for flag, _ in fired}
            fired += [(flag, matched) for flag, matched in self._match(corrected) if flag["id"] not in seen]
        return fired

    def _match(self, prompt: str) -> list[tuple[dict, list[str]]]:
        if not self.gate.search(prompt) and not (self.gate_unbounded and self.gate_unbounded.search(prompt)):
            return []
        fired = []
        for flag, any_re, all_res, unbounded in self.flags:
            hit = (any_re.search(prompt) if any_re else None) or (unbounded.search(prompt) if unbounded else None)
            if hit:
                fired.append((flag, [hit.group(0)]))
                continue
            if all_res:
                hits = [r.search(prompt) for r in all_res]
                if all(hits):
                    fired.append((flag, [h.group(0) for h in hits]))
        return fired
