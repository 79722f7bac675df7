"""A day's total given as what a dose and its frequency make: "800 mg three times a day is 2,400 mg", "1 g quatre
fois par jour fait 4 g", "400毫克一天三次就是1200毫克". The second amount is arithmetic on the first, already counted
through the frequency, not a dose of its own."""

from __future__ import annotations

import re

from .schedule import schedule

# The verb that equates, right at the end of the words between the two amounts, after an optional "that"/"which"
EQUALS = re.compile(
    r"(?P<head>.*?)[\s,]*(?:\b(?:that|which|this|cela|ça|ce qui|das|lo que|eso|o que|isso|isto)\s+)?"
    r"(?:\b(?:is|are|comes? to|makes?|equals?|gives?|adds? up to|son|es|da|hace|suman?|fait|font|soit|donne|"
    r"ergibt|sind|ist|macht|são|é|dá|faz|somam?)\b|[=＝]|就是|也就是|即|等于|共|是)\s*"
    r"(?:about|around|roughly|unos|unas|environ|etwa|cerca de|約|约)?\s*$",
    re.IGNORECASE | re.DOTALL)


def equated_total(gap: str) -> bool:
    """The words between two amounts are a frequency and a verb that equates: the second is the day's total."""
    m = EQUALS.fullmatch(gap)
    if not m:
        return False
    head = m.group("head").rstrip(" ,，")
    _, per_day, how = schedule(head, "")
    return per_day >= 1 and bool(how) and head.endswith(how)
