"""What one tablet holds, said as a sentence of its own: "一片0.5克", "each tablet is 500 mg", "cada comprimido tiene
500 mg", "un comprimé fait 500 mg", "eine Tablette enthält 500 mg". A count elsewhere ("吃3片") is that many of these,
so the strength said here outranks a brand's usual or the smallest one sold."""

from __future__ import annotations

import re

from .amounts import UNIT_END, number

UNIT = (r"(?:tablets?|pills?|caplets?|capsules?|softgels?|sachets?|packets?|powders?|lozenges?|comprimidos?|pastillas?|"
        r"c[aá]psulas?|tabletas?|sobres?|sachês?|saquetas?|comprim[ée]s?|cachets?|g[ée]lules?|drag[ée]es?|tabletten?|"
        r"kapseln?|beutel)")
ONE = r"(?:each|one|a|every|per|cada|un|una|uno|um|uma|chaque|jede|eine?)"
HOLDS = (r"(?:is|has|contains|holds|es de|tiene|contiene|lleva|fait|contient|est de|est dos[ée] [àa]|enth[äa]lt|hat|"
         r"ist|tem|cont[ée]m|[ée] de)")
ONE_UNIT_HOLDS = re.compile(
    rf"(?<![^\W\d_]){ONE}\s+{UNIT}\s*(?:{HOLDS}\s*|[=:]\s*)(?P<v>\d++(?:[.,]\d++)?)\s*(?:(?P<g>g|克)|mg|毫克){UNIT_END}"
    rf"|[一每](?:片|粒|颗)(?:是|含|为|有)?\s*(?P<zv>\d++(?:[.,]\d++)?)\s*(?:(?P<zg>g|克)|mg|毫克)", re.IGNORECASE)
HOLDS_HINTS = ("tablet", "pill", "caplet", "capsul", "cápsul", "comprim", "pastill", "tablett", "kapsel", "cachet",
               "gélule", "gelule", "softgel", "sachet", "sachê", "saqueta", "sobre", "packet", "powder", "lozenge",
               "drag", "beutel", "片", "粒", "颗")  # no unit word, no match
GRAM_UNIT_MAX_MG = 1000.0  # a tablet holds a gram at most: more is a day's amount, not one tablet's


def unit_holds_mg(text: str) -> float | None:
    """mg in one tablet, as the text says one holds; None where it says nothing of the kind."""
    for m in ONE_UNIT_HOLDS.finditer(text):
        grams = m.group("g") or m.group("zg")
        mg = number(m.group("v") or m.group("zv"), "g" if grams else "mg") * (1000.0 if grams else 1.0)
        if 0 < mg <= GRAM_UNIT_MAX_MG:
            return mg
    return None
