"""Drugs named only as what the dosed drug does or does not interact with ("Acetaminophen doesn't interact with
amlodipine, metoprolol or omeprazole. Take 1,000 mg …"): the asker's other medicines, so the doses that follow are
not theirs and are not held to their limits."""

from __future__ import annotations

import re

# "interacts with", "no interaction with", "safe to take with", "interactúa con", "n'interagit pas avec",
# "Wechselwirkung mit", "verträgt sich mit", "interage com", "compatible with", up to two words before the
# preposition ("no tiene interacciones importantes con"), and the list of names after it
CUE = re.compile(r"(?:\binteract\w*|\binteractúa\w*|\binteracci[oó]n\w*|\binteragi\w*|\bwechselwirk\w*|\binterage\w*|"
                 r"\bintera[cç][õoã]\w*|\bcompat[ií]\w*|\bverträg\w*|\b(?:safe|fine|ok|okay))"
                 r"(?:\s+[^\W\d_]+){0,2}?\s+(?:with|con|avec|mit|com)\b", re.IGNORECASE)
# Between the cue and a listed name: words, commas and "and/or" only, no amount and no end of a clause
LIST_GAP = re.compile(r"[^\d.;:!?()\n]{0,80}")
# Chinese: "…与奥美拉唑没有相互作用": joined by 与/和/跟/同, the interaction said after the names
ZH_JOIN = re.compile(r"[与和跟同][^。；;，,!?！？\d]{0,30}$")
ZH_AFTER = re.compile(r"[^。；;!?！？\d]{0,25}?(?:相互作用|冲突)")


def interaction_partner(text: str, start: int) -> bool:
    """The drug named at ``start`` is listed after an interaction cue, so it is not the drug being dosed."""
    before = text[max(0, start - 120):start]
    cues = list(CUE.finditer(before))
    if cues and LIST_GAP.fullmatch(before[cues[-1].end():]):
        return True
    clause = re.split(r"[。；;!?！？.]", text[max(0, start - 40):start])[-1]
    return bool(ZH_JOIN.search(clause)) and ZH_AFTER.match(text, start) is not None
