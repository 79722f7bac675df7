"""Reading a response's amounts as doses: which drug each amount belongs to, how many units, and what the words
around it say of it (a ceiling, a warning, an extended-release product). check.py judges what this reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from ...dimensions import Record
from .amounts import (AFTER_COUNT, BARE_COUNT, BARE_COUNT_GATE, CONCENTRATION, COUNT_CAP, COUNT_CAP_HINTS, DOSE,
                      DROPS, GRAM_CONCENTRATION, IN_CONCENTRATION, LEADING_COUNT, LEADING_HINTS, NOT_A_DOSE, PER_KG,
                      SPOON_ML, STRENGTH_COUNT, STRENGTH_COUNT_GATE, UNIT_MG, UNITS, VOLUME, WORD_DOSE,
                      WORD_DOSE_HINTS, bracket_is_total, count_before, has, liquid_mg_per_ml, number, stated_mg,
                      strength_count_mg, word_dose_mg, word_number)
from .contents import Contents, held, listed_others
from .cues import (OTHER_GATE, OTHER_SUBSTANCE, TOPICAL, TOPICAL_HINTS, clause_before, contrasted, device_contents,
                   harm_beside, harm_in_clause, instructed, is_cap, other_substance_near, pack_contents, question,
                   sentence_flags, sentences)
from .dose import MAX_DOSES, Dose
from .drugs import DrugTable
from .partners import interaction_partner
from .products import bracketed_product, described_product, other_ingredients
from .tables import day_maximum_cells, within as spanned

DROP_HINTS = ("drop", "gota", "goutte", "tropfen", "滴")
NAMES_BACK = 5  # drug names read back past the contrasted ones ("than ibuprofen"), so that the walk stays short
LONGEST_READ = 5000  # characters of a text read for the strengths and stool counts it states
MAX_AMOUNTS = 4 * MAX_DOSES  # amounts found per pattern, some of which are not doses of a drug here


class DoseReader:
    """The doses of one response, read against the drug table: built once per dimension, read once per record."""

    def __init__(self, table: DrugTable):
        self.table = table

    def amounts(self, record: Record, mass: bool, words: bool) -> list[tuple]:
        """(start, end, stated, mg, counted, per_kg, per_unit) for every amount in the response, in order: mg/g/mcg
        (also in words), mL through a stated concentration, counts of tablets and ceilings on them (mg is minus the
        count: the strength comes with the drug), else a name and its strength ("Motrin 800"). One scan of the whole
        response per pattern, each behind the gate that says it can match."""
        response, table = record.response, self.table
        found = []
        liquid = VOLUME.search(response) is not None
        grams = [c.span() for c in islice(GRAM_CONCENTRATION.finditer(response), MAX_AMOUNTS)] if liquid else []
        within = sorted(grams + [c.span() for c in islice(CONCENTRATION.finditer(response), MAX_AMOUNTS)]) if (
            liquid) else []
        if mass:
            for m in islice(DOSE.finditer(response), MAX_AMOUNTS):
                per_kg = bool(PER_KG.match(response, m.end()))
                if not per_kg and NOT_A_DOSE.match(response, m.end()):
                    continue
                if grams and spanned(grams, m.start()):
                    continue  # the "2g" of "100ml:2g": a concentration's mass
                unit = next(k for k in UNITS if m.group(k))
                found.append((m.start(), m.end(), m.group(0), number(m.group("amount"), unit) * UNIT_MG[unit], True,
                              per_kg, "mg_per_iu" if unit == "iu" else None))
            if has(response, DROP_HINTS):
                found += [(m.start(), m.end(), m.group(0), float(max(int(m.group("n")), int(m.group("n2") or 0))),
                           False, False, "mg_per_drop") for m in islice(DROPS.finditer(response), MAX_AMOUNTS)]
            if liquid:
                concentration = (liquid_mg_per_ml([response, record.prompt_text])
                                 or table.liquid_mg_per_ml([response, record.prompt_text]))
                for m in islice(VOLUME.finditer(response), MAX_AMOUNTS) if concentration else ():
                    if IN_CONCENTRATION.search(response, max(0, m.start() - 12), m.start()) or spanned(within,
                                                                                                       m.start()):
                        continue  # the "5 mL" of "160 mg/5 mL", "30 mg of dextromethorphan per 5 mL", "100ml:2g"
                    unit = m.group("unit").lower()
                    ml = number(m.group("v")) * SPOON_ML.get(unit.rstrip("s"), 1.0)
                    found.append((m.start(), m.end(), m.group(0), ml * concentration, False, False, None))
        if not words:
            return sorted(found)
        # "two 500s", "a 200 and a 400": the count is in the amount
        found += [(m.start(), m.end(), m.group(0), strength_count_mg(m), False, False, None)
                  for m in _around(STRENGTH_COUNT_GATE, STRENGTH_COUNT, response)]
        if has(response, WORD_DOSE_HINTS):
            found += [(m.start(), m.end(), m.group(0), word_dose_mg(m), True, False, None)
                      for m in islice(WORD_DOSE.finditer(response), MAX_AMOUNTS)]
            found.sort()
        dose_starts = [f[0] for f in found if f[4]]
        dose_ends = sorted(f[1] for f in found if f[4])
        for m in islice(table.units.finditer(response), MAX_AMOUNTS):
            after = bisect_left(dose_starts, m.end())
            if (after < len(dose_starts) and dose_starts[after] < m.end() + 30
                    and not JOINS.search(response, m.end(), dose_starts[after])) or NOT_A_DOSE.match(response, m.end()):
                continue  # "2 tablets of 500 mg": the mg amount is the dose, with this count
            count = max(word_number(m.group("n")), word_number(m.group("n2")))
            before = bisect_left(dose_ends, m.start() + 1) - 1
            if count == 1 and before >= 0 and ONE_UNIT_GAP.fullmatch(response, dose_ends[before], m.start()):
                continue  # "Sudafed 60 mg – 1 tablet", "0.5克一片": the one tablet is the strength just stated
            found.append((m.start(), m.end(), m.group(0), -count, False, False, None))
        found += [(m.start(), m.end(), m.group(0), -max(word_number(m.group("n")), word_number(m.group("n2"))), False,
                   False, None) for m in _around(BARE_COUNT_GATE, BARE_COUNT, response)]
        if has(response, LEADING_HINTS):
            found += [(m.start("n"), m.end(), m.group(0).strip(), -max(word_number(m.group("n")),
                                                                       word_number(m.group("n2"))), False, False, None)
                      for m in islice(LEADING_COUNT.finditer(response), MAX_AMOUNTS)]
        if has(response, COUNT_CAP_HINTS):
            # a count before its ceiling's words ends at the count, so that they are read after it as a ceiling
            found += [(m.start("n"), m.end(), response[m.start("n"):m.end()], -word_number(m.group("n")), False, False,
                       None) if m.group("n") else (m.start("post"), m.end("post"), m.group("post"),
                                                   -word_number(m.group("post")), False, False, None)
                      for m in islice(COUNT_CAP.finditer(response), MAX_AMOUNTS)]
        if not found:
            found = [(m.start(), m.end(), m.group(0), float(m.group("mg")), False, False, None)
                     for m in islice(table.shorthand.finditer(response), MAX_AMOUNTS)]
        return sorted(found)

    def doses(self, record: Record, mass: bool) -> list[Dose]:
        """The amounts of the response read as doses; ``mass``: a mass or volume unit follows a digit somewhere."""
        response, table = record.response, self.table
        words = table.word_gate is not None and (table.word_gate.search(response) is not None or (
            has(response, LEADING_HINTS) and LEADING_COUNT.search(response) is not None))
        amounts = self.amounts(record, mass, words) if mass or words else []
        if not amounts:
            return []
        amount_starts = [a[0] for a in amounts]
        # names after the last amount read matter only right after it ("500 mg of ibuprofen")
        all_mentions = list(table.mention.finditer(response, 0, amounts[-1][1] + 100))
        mention_starts = [m.start() for m in all_mentions]
        found: list[str | None] = []
        strengths: list[set[float]] = []  # the amounts the texts state, read once where a count has a bracket

        def fallback() -> str | None:
            """The prompt's drug, else one misspelled in the response: for amounts the response names none of."""
            if not found:
                drug = table.prompt_drug(record.prompt_text)
                if drug is None:
                    typos = table.misspelled(response)
                    drug = typos[0] if typos else None
                found.append(drug)
            return found[0]

        ceilings = day_maximum_cells(response) if "|" in response else []  # a table's column of day maxima
        contents = Contents(table, record.prompt_text, response)
        doses: list[Dose] = []
        for offset, sentence in sentences(response):
            lo, hi = bisect_left(amount_starts, offset), bisect_left(amount_starts, offset + len(sentence))
            if lo == hi:
                continue
            if len(doses) >= MAX_DOSES:
                break
            if (has(sentence, TOPICAL_HINTS) and TOPICAL.search(sentence)) or pack_contents(sentence) or \
                    device_contents(sentence):
                continue  # grams of a gel or cream, not of the drug; what a box or a device holds
            m_lo, m_hi = bisect_left(mention_starts, offset), bisect_left(mention_starts, offset + len(sentence))
            mentions = all_mentions[m_lo:m_hi]
            starts = [s - offset for s in mention_starts[m_lo:m_hi]]
            back = next((k for k in range(m_lo - 1, max(-1, m_lo - 1 - NAMES_BACK), -1)
                         if not aside(response, all_mentions[k].start())), None)
            last_name = None if back is None else all_mentions[
                described_product(all_mentions, back, table) if table.combinations else back].group(0)
            extended = warned = other = None
            for start, end, stated, mg, counted, per_kg, per_unit in amounts[lo:hi]:
                start, end = start - offset, end - offset
                named = table.named_after(sentence, end)
                before = bisect_left(starts, start + 1)
                # a name later in the sentence, not right after the amount, only where no drug is known before it:
                # "6 tablets (15 mg) a day, and folic acid too", "1200 mg along with your amoxicillin"
                chosen = next((k for k in range(before - 1, max(-1, before - 1 - NAMES_BACK), -1)
                               if not aside(response, mentions[k].start())), None) if before else None
                if chosen is None and mentions and not named and not (last_name or fallback()):
                    chosen = 0
                if mg < 0 and chosen:  # a count: the product whose ingredients a bracket before it names
                    chosen = bracketed_product(sentence, mentions, offset, chosen, table)
                own = named or (mentions[chosen].group(0) if chosen is not None else None)
                name = own or last_name
                drug = (table.drug(name) if name else None) or fallback()
                if drug is None:
                    continue
                if per_unit:  # international units or drops, for a drug that states how many mg one is
                    mg *= table.limits[drug].get(per_unit) or 0.0
                    if not mg:
                        continue
                if not named:
                    if other is None:
                        other = OTHER_GATE.search(sentence) is not None and bool(OTHER_SUBSTANCE.search(sentence))
                    named_before = (starts[before - 1], mentions[before - 1].end() - offset) if before else None
                    if other and other_substance_near(sentence, start, end, named_before,
                                                      [(m.start() - offset, m.end() - offset) for m in mentions]):
                        continue  # "doxycycline 100 mg", "2,000 mg of vitamin C": not a drug the table holds
                bracketed = counted and sentence[:start].rstrip().endswith(AFTER_COUNT)
                unit_named = bracketed and table.strength_word(drug, [sentence[max(0, start - 45):start]]) == mg
                count = count_before(sentence, start, end, table.count_fillers, unit_named) if counted else 1.0
                if count > 1 and bracketed and not unit_named:
                    if not strengths:
                        strengths.append(stated_mg([response[:LONGEST_READ], record.prompt_text[:LONGEST_READ]]))
                    if bracket_is_total(sentence, start, mg, count, strengths[0]):
                        count = 1.0
                holds: dict[str, float] = {}
                if mg < 0:  # a count of tablets
                    count, unit = -mg, table.units.match(stated)
                    if unit and unit.group("brand"):  # "2 Unisom SleepTabs": the counted brand's drug, whatever
                        name = own = unit.group("brand")  # the names around it
                        drug = table.drug(own)
                    if not (own and table.unit_mg.get(own.lower())):  # "2 Tylenol Extra Strength": the brand's own
                        holds = contents.before(offset + start, drug)
                        drug = held(drug, holds)
                    # the brand named nearest before the count first: "Excedrin (2 caplets …) and Tylenol Extra
                    # Strength, 2 caplets …" are 250 mg and 500 mg caplets
                    nearest = [mentions[chosen]] + mentions if chosen is not None and before else mentions
                    # the counted brand itself before those: "Fervex et un Doliprane 1000" is a 1,000 mg Doliprane
                    nearest = [x for x in mentions if start <= x.start() - offset < end] + nearest
                    mg = holds.get(drug) or table.unit_strength(drug, unit and unit.group("brand"), nearest,
                                                                [sentence, response, record.prompt_text])
                    if not mg:
                        continue
                if extended is None:
                    extended, warned = sentence_flags(sentence)
                clause = clause_before(sentence, start)
                in_column = bool(ceilings) and spanned(ceilings, offset + start)
                harm = warned and (not instructed(clause) or harm_beside(clause, sentence, end))
                dose = Dose(sentence, start, end, stated, drug, mg * count, count,
                            is_cap=in_column or is_cap(sentence, start, end), day_column=in_column, extended=extended,
                            warned=harm or question(sentence) or harm_in_clause(clause, sentence, end),
                            clause=clause, per_kg=per_kg, sentence_end=offset + len(sentence),
                            brand=own.lower() if own and own.lower() in table.unit_mg else None)
                if drug in table.combination_drugs and not per_kg:
                    name = name or table.prompt_name(record.prompt_text, drug)
                    if name and name.lower() in table.combinations:
                        dose.product = name.lower()
                        doses.append(dose)
                        # an amount in milligrams is one ingredient's ("the 4,000 mg daily limit", "bringing
                        # today's total to 2,650 mg", "DayQuil: 3 × 650 = 1,950 mg"), not the product's amount read
                        # for its other ingredients, as a count or a volume of it is
                        if len(holds) > 1:
                            doses += listed_others(dose, holds)
                        elif not MASS_STATED.search(stated):
                            doses += other_ingredients(dose, table.combinations)
                        continue
                doses.append(dose)
                if len(holds) > 1:  # a product the table does not hold, whose answer lists what one tablet holds
                    doses += listed_others(dose, holds)
        return doses


def aside(text: str, start: int) -> bool:
    """The drug named at ``start`` is not the dosed one: compared against, or listed as an interaction partner."""
    return contrasted(text, start) or interaction_partner(text, start)


# An amount stated by its weight: a ceiling in milligrams after a product's name is one ingredient's, not the product's
MASS_STATED = re.compile(r"(?:mg|g|mcg|µg|毫克|克)\s*$", re.IGNORECASE)
# Between a count and an amount after it: the amount is another product's ("2 Kapseln DayQuil zusammen mit 1 g
# Paracetamol"), not the counted tablets' strength
JOINS = re.compile(r"\b(?:with|plus|and|together|along|y|con|junto|et|avec|ensemble|und|mit|zusammen|e|com)\b|[+和加]",
                   re.IGNORECASE)
# between a stated strength and a count of one tablet that is that strength: markup, brackets and dashes only
ONE_UNIT_GAP = re.compile(r"[\s*_()（）:：,，\-–—]{0,8}")


def _around(gate, pattern: re.Pattern, text: str) -> list[re.Match]:
    """The matches of a letter-first pattern, read only around the hits of its linear-time gate (a superset without
    lookarounds): re would try the pattern's alternation at every position of the text."""
    found: dict[int, re.Match] = {}
    for hit in islice(gate.finditer(text), MAX_AMOUNTS):
        m = pattern.search(text, max(0, hit.start() - 30), hit.end() + 20)
        if m:
            found.setdefault(m.start(), m)
    return list(found.values())
