"""What one tablet, capsule or sachet holds, as an answer or its prompt lists it: "Solpadeine Plus contains 500 mg
paracetamol, 8 mg codeine and 30 mg caffeine per tablet", "O Tylex tem 500 mg de paracetamol e 30 mg de codeína em
cada comprimido", "每片含对乙酰氨基酚250毫克、马来酸氯苯那敏2毫克". A count of those tablets is that many times each
listed amount, for every ingredient listed: the answer's own arithmetic, rather than one ingredient at a strength
guessed from a product's name ("Tylex 30" is 30 mg of codeine, not of paracetamol) or from the smallest tablet sold
(100 mg of caffeine where the label lists 30)."""

from __future__ import annotations

import re
from dataclasses import replace

from .amounts import number
from .cues import sentences
from .dose import Dose
from .drugs import DrugTable
from .unit_holds import UNIT

# The amounts are one unit's: "per tablet", "each Saridon tablet", "… 50 mg of caffeine each.", "em cada
# comprimido", "par comprimé", "pro Tablette", "每片" (not "each" before another word: "you have had 4,000 mg today;
# each extra dose …")
PER_UNIT = re.compile(rf"\b(?:(?:per|each|in each|in every|in one|por|en cada|em cada|cada|par|dans chaque|chaque|pro|"
                      rf"je|jede[rns]?|in jeder)\s+(?:[^\W\d]+\s+){{0,2}}?{UNIT}\b|each(?=\s*[,.;)]|\s*$))|"
                      r"每(?:片|粒|颗|袋|包|支)", re.IGNORECASE)
# What the sentence says the unit holds: "contains", "has", "tem", "contiene", "lleva", "contient", "enthält", "含"
CONTAINS = re.compile(r"\b(?:contains?|has|holds?|tem|têm|contém|contêm|contiene|contienen|lleva|llevan|contient|"
                      r"contiennent|enthält|enthalten)\b|含", re.IGNORECASE)
AMOUNT = r"(?<![\d.,])(?P<n>\d+(?:[.,]\d+)?)\s*(?P<u>mg|g|毫克|克)(?![^\W\d_])"
# between an amount and its ingredient: "of", "de", a salt ("35 mg de citrato de orfenadrina", "doxylamine succinate")
LINK = r"(?:(?:of|de|d['’]|von|du|do|da|citrato|cloridrato|clorhidrato|maleato|fosfato|sulfato|succinato|citrate|" \
       r"hydrochloride|hcl|phosphate|sulfate|sulphate|succinate|maleate|bitartrate|sodium)\s+){0,3}"
BEFORE = re.compile(rf"{AMOUNT}\s*{LINK}$", re.IGNORECASE)
AFTER = re.compile(rf"\s*[:：]?\s*{AMOUNT}", re.IGNORECASE)
NOT_HELD = {"caffeine"}
"""Left out of a listing's reading, as the drug table leaves it out of its combination products: its 400 mg a day is
dietary guidance, and caffeinated analgesics' labels allow more (Excedrin: 8 caplets of 65 mg in 24 hours)."""


def listed(table: DrugTable, text: str) -> list[tuple[int, dict[str, float]]]:
    """(where it starts, {drug: mg in one unit}) for each sentence of ``text`` that lists what one unit holds, by
    the ingredients' own names (a brand's name is the product, not an ingredient: "Tylex 30 mg tem …"). An amount
    goes to one ingredient: "Acetaminophen 650 mg dextromethorphan 30 mg" and "500 mg paracetamol 8 mg codeine"."""
    found = []
    for offset, sentence in sentences(text):
        if not (PER_UNIT.search(sentence) and CONTAINS.search(sentence)):
            continue
        holds: dict[str, float] = {}
        used = -1  # where the last amount taken ends
        for m in table.mention.finditer(sentence):
            name = m.group(0).lower()
            if name in table.unit_mg or name in table.combinations:
                continue
            amount = BEFORE.search(sentence, max(0, m.start() - 60), m.start())
            if amount is None or amount.start() < used:
                amount = AFTER.match(sentence, m.end())
            if amount is not None:
                used = amount.end()
                mg = number(amount.group("n")) * (1000.0 if amount.group("u").lower() in ("g", "克") else 1.0)
                holds.setdefault(table.drug(name), mg)
        if holds:
            found.append((offset, holds))
    return found


class Contents:
    """The unit contents an answer and its prompt list, for the counts of one record: the answer's last listing
    before a count, else the prompt's."""

    def __init__(self, table: DrugTable, prompt: str, response: str):
        self.table, self.prompt, self.response = table, prompt, response
        self._response: list | None = None
        self._prompt: list | None = None

    def before(self, at: int, drug: str) -> dict[str, float]:
        """The listing nearest before ``at`` in the answer that holds ``drug``, else the prompt's; {} for none."""
        if self._response is None:
            self._response = listed(self.table, self.response)
        for start, holds in reversed(self._response):
            if start <= at and drug in holds:
                return holds
        if self._prompt is None:
            self._prompt = listed(self.table, self.prompt)
        return next((holds for _, holds in reversed(self._prompt) if drug in holds), {})


def held(drug: str, holds: dict[str, float]) -> str:
    """The ingredient a count of a listed product is read for: its own drug, unless that is one left out
    (``NOT_HELD``) and the listing names another ("30 mg caffeine per tablet, and the daily maximum is 8 tablets")."""
    if drug in NOT_HELD:
        return next((other for other in holds if other not in NOT_HELD), drug)
    return drug


def listed_others(dose: Dose, holds: dict[str, float]) -> list[Dose]:
    """The same count read for every other ingredient the listing names, each at its own listed amount."""
    return [replace(dose, drug=other, mg=mg * dose.count) for other, mg in holds.items()
            if other != dose.drug and other not in NOT_HELD]
