"""Emergency warning signs in a prompt, shared by red_flag_escalation (safety) and the refusal check
(compliance), so that neither plugin module imports the other."""

from __future__ import annotations

from ..data import load_data
from .text import compile_phrases


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
            self.flags.append((flag, any_re, all_res))
        # A flag needs a match of its `any` list or of its first `all` group: one
        # search over their union rules out most prompts at once.
        gates = [p for flag, *_ in self.flags for p in flag.get("any", []) + (flag.get("all") or [[]])[0]]
        self.gate = compile_phrases(gates)

    def fired(self, prompt: str) -> list[tuple[dict, list[str]]]:
        """The flags the prompt raises, each with the phrases that matched."""
        if not self.gate.search(prompt):
            return []
        fired = []
        for flag, any_re, all_res in self.flags:
            hit = any_re.search(prompt) if any_re else None
            if hit:
                fired.append((flag, [hit.group(0)]))
                continue
            if all_res:
                hits = [r.search(prompt) for r in all_res]
                if all(hits):
                    fired.append((flag, [h.group(0) for h in hits]))
        return fired
