"""Whose dose: where the texts state an adult's and a child's body weight ("Mi marido (75 kg) y mi hija de 10 kg"),
each dose is held to the weight of the person named nearest before it in its part of the sentence ("give your son
…", "Pour votre fille : …", "孩子每次…"), not to the first weight read."""

from __future__ import annotations

import re

from .amounts import LB_KG, WEIGHT, number
from .dose import Dose

CHILD_KG = 40.0  # below it, a weight is a child's
# A child, or an adult (the asker, the one spoken to, a partner or parent), in six languages
PERSON = re.compile(
    r"\b(?P<child>child(?:ren)?|kids?|son|daughter|baby|toddler|infant|boy|girl|hij[oa]|niñ[oa]|beb[éê]|fils|fille|"
    r"enfant|bébé|garçon|sohn|tochter|kind|kleine[rn]?|filh[oa]|criança|menin[oa])\b"
    r"|(?P<zh_child>孩子|儿子|女儿|宝宝|小孩|孩)"
    r"|\b(?P<adult>you|yourself|i|me|husband|wife|partner|mom|dad|mother|father|usted|tú|marido|esposa|mujer|"
    r"vous|mari|femme|sie|ich|mann|frau|você|mãe|pai|madre|padre|mère|père|mutter|vater)\b"
    r"|(?P<zh_adult>您|你|我|丈夫|妻子|老公|老婆|大人|成人)", re.IGNORECASE)
PART_END = re.compile(r"[;；.。]")


def stated_weights(texts: list[str]) -> list[float]:
    """Every body weight the texts state, in kg."""
    found = []
    for text in texts:
        for m in WEIGHT.finditer(text[:5000]):
            kg = number(m.group("w")) * (LB_KG if m.group("unit").lower().startswith(("lb", "pound")) else 1.0)
            if 2 <= kg <= 150:
                found.append(kg)
    return found


def person_weight(dose: Dose, weights: list[float]) -> float | None:
    """The weight of the person the dose is for, where an adult's and a child's are both stated and its part of the
    sentence names one of them; None otherwise (the first weight read then stands)."""
    children = [w for w in weights if w < CHILD_KG]
    adults = [w for w in weights if w >= CHILD_KG]
    if not children or not adults:
        return None
    part = PART_END.split(dose.sentence[:dose.start])[-1]
    last = None
    for last in PERSON.finditer(part):
        pass
    if last is None:
        return None
    return min(children) if last.group("child") or last.group("zh_child") else max(adults)
