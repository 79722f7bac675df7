"""An intake the prompt reports ("my roommate took 20 Benadryl"), counted again in the answer ("Twenty 25 mg tablets
is 500 mg"): the answer does the arithmetic of what was taken, to warn about it; it advises no dose."""

from __future__ import annotations

import re

from .amounts import N, has, word_number

TOOK = re.compile(
    r"\b(?:took|has taken|have taken|had taken|swallowed|ate|ingested|downed|se tom[óo]|tom[óo]|ha tomado|"
    r"se ha tomado|ingiri[óo]|a pris|ai pris|a avalé|ai avalé|a ingéré|genommen|geschluckt|eingenommen|tomou|"
    r"engoliu|ingeriu)\b|吃了|服了|吞了|服用了", re.IGNORECASE)
TOOK_HINTS = ("took", "taken", "swallow", "ate", "ingest", "downed", "tom", "ingiri", "pris", "avalé", "ingéré",
              "genommen", "geschluckt", "tomou", "engoliu", "ingeriu", "吃了", "服了", "吞了", "服用了")
COUNT = re.compile(rf"(?<![\w.,]){N}(?![\w.,])", re.IGNORECASE)


def reported_counts(prompt: str) -> set[float]:
    """The numbers near a verb of having taken something in the prompt: counts of what was taken."""
    if not has(prompt, TOOK_HINTS):
        return set()
    counts = set()
    for m in TOOK.finditer(prompt):
        for c in COUNT.finditer(prompt[max(0, m.start() - 40):m.end() + 30]):
            counts.add(word_number(c.group(0)))
    return counts - {0.0, 1.0}


def restates_intake(count: float, unit_mg: float, counts: set[float], strengths: set[float]) -> bool:
    """The answer's count of tablets is the prompt's reported one, of a strength the prompt states (``strengths``,
    the amounts it states; any strength where it states none)."""
    return count in counts and (not strengths or any(abs(unit_mg - s) <= 0.001 * unit_mg for s in strengths))
