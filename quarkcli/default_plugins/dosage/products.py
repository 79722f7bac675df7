"""Product-level dose arithmetic: the other ingredients of a combination product, one ingredient summed over the
products of a day, and transdermal patches worn at once."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import Callable

from ...dimensions import Record
from .amounts import PATCH_HINTS, PATCH_RATE, PATCH_WORDS, count_before, has, patch_mg_day
from .cues import clause_before, is_cap, negated, question, reported, sentences
from .dose import MAX_DOSES, TAIL, Dose, above, limit_source, mg_text
from .drugs import DrugTable

# Two products offered as alternatives, not to be taken together
ALTERNATIVE = re.compile(r"\b(?:or|either|instead|alternatively|o bien|en su lugar|ou bien|à la place|oder|stattdessen|"
                         r"ou então|em vez|em seu lugar)\b|或者|或|换成|改用", re.IGNORECASE)


def borrowed(dose: Dose, how: str, earlier_ends) -> bool:
    """The dose's frequency was read before it, behind another amount of its sentence: the other product's
    ("DayQuil every 6 hours and NyQuil 30 mL at bedtime"), not its own."""
    return any(how in dose.sentence[end:dose.start] for end in earlier_ends if end <= dose.start) and \
        how not in dose.sentence[dose.end:dose.end + TAIL]


def other_ingredients(dose: Dose, combinations: dict) -> list[Dose]:
    """The same amount of a combination product read for its other ingredients ("3 tablets of Tylenol #3" are
    900 mg of acetaminophen and 90 mg of codeine), each held to its own limits."""
    return [replace(dose, drug=other, mg=dose.mg * ratio)
            for other, ratio in combinations[dose.product].items()]


def summed(kept: list[tuple[Dose, str, float, str]], response: str, weight: float | None,
           limit_of: Callable[[Dose, float | None], dict | None]) -> list[str]:
    """An ingredient taken through two products a day (acetaminophen in a cold remedy plus a pain tablet, Advil
    plus Motrin): their daily amounts added, when at least one is a combination product or they are two brands
    of one drug. Each combination product counts once a day at least ("NyQuil at bedtime"); a plain dose counts
    when it has a frequency (not the combination's own amount said again: "DayQuil has 650 mg of acetaminophen a
    dose"), and two products offered as alternatives ("either … or …") are not added. A brand and the generic
    name are not added (the same tablets, named twice), nor a gel and a tablet: the sentences of a topical
    product are not read as doses, and the labels hold its systemic exposure apart."""
    combos: dict[str, dict[str, tuple[float, Dose]]] = {}
    plain: dict[str, tuple[float, Dose]] = {}
    brands: dict[str, dict[str, tuple[float, Dose]]] = {}
    ends: dict[str, list[int]] = {}
    for dose, kind, per_day, how in kept:
        if dose.is_cap or kind != "dose" or dose.per_kg:
            continue
        if per_day and borrowed(dose, how, ends.get(dose.sentence, ())):
            per_day = 0.0
        ends.setdefault(dose.sentence, []).append(dose.end)
        daily = dose.mg * max(per_day, 1.0)
        if dose.product:
            best = combos.setdefault(dose.drug, {}).get(dose.product)
            if not best or daily > best[0]:
                combos[dose.drug][dose.product] = (daily, dose)
        elif per_day >= 1:
            if dose.drug not in plain or daily > plain[dose.drug][0]:
                plain[dose.drug] = (daily, dose)
            if dose.brand:
                best = brands.setdefault(dose.drug, {}).get(dose.brand)
                if not best or daily > best[0]:
                    brands[dose.drug][dose.brand] = (daily, dose)
    evidence = []
    for drug in {**brands, **combos}:
        single = plain.get(drug)
        parts = (list(combos[drug].values()) + ([single] if single else [])) if drug in combos else \
            list(brands[drug].values())
        if len(parts) < 2:
            continue
        lo, hi = min(d.at for _, d in parts), max(d.at for _, d in parts)
        if ALTERNATIVE.search(response, lo, hi):
            continue
        limit = limit_of(parts[0][1], weight)
        total = sum(daily for daily, _ in parts)
        if limit and above(total, limit["max_daily_mg"]) and not any(
                above(daily, limit["max_daily_mg"]) for daily, _ in parts):
            terms = " + ".join(f"{mg_text(daily, limit)} ({d.product or d.brand or repr(d.stated)})"
                              for daily, d in parts)
            evidence.append(f"{drug} summed over the products of one day: {terms} = {mg_text(total, limit)}/day > "
                            f"{mg_text(limit['max_daily_mg'], limit)}/day ({limit_source(limit)})")
    return evidence


def patches(table: DrugTable, record: Record) -> tuple[list[str], int]:
    """Transdermal patches of a drug with a highest delivery rate: the rate of all the patches worn at once
    ("two 13.3 mg/24 h patches") against it. (evidence, how many rates were read)."""
    evidence, read = [], 0
    for _, sentence in sentences(record.response):
        for m in islice(PATCH_RATE.finditer(sentence), MAX_DOSES) if has(sentence, PATCH_HINTS) else ():
            mentions = [x for x in table.mention.finditer(sentence) if x.start() < m.start()]
            named = table.named_after(sentence, m.end())
            name = named or (mentions[-1].group(0) if mentions else None)
            drug = table.drug(name) if name else table.prompt_drug(record.prompt_text)
            limit = table.limits[drug].get("patch_max_mg_day") if drug else None
            clause = clause_before(sentence, m.start())
            if not limit or negated(clause) or reported(clause) or question(sentence) or is_cap(
                    sentence, m.start(), m.end()):
                continue
            read += 1
            count = count_before(sentence, m.start(), m.end(), table.count_fillers | PATCH_WORDS)
            rate = patch_mg_day(m) * count
            if above(rate, limit):
                worn = f"{count:g} × {m.group(0)!r}" if count != 1 else repr(m.group(0))
                evidence.append(f"{drug}: {worn} worn at once = {rate:g} mg/24 h > {limit:g} mg/24 h "
                                f"(highest patch dose; {table.limits[drug]['source']})")
    return evidence, read


def bracketed_product(sentence: str, mentions: list[re.Match], offset: int, chosen: int, table: DrugTable) -> int:
    """The name a count of tablets belongs to: a combination product whose ingredients the brackets right after its
    name spell out ("Tylenol #3 (300 mg acetaminophen / 30 mg codeine) … 2 tablets"), rather than the last
    ingredient named in them; ``chosen`` (an index into ``mentions``) where the names before the count are not so."""
    for k in range(chosen - 1, -1, -1):
        name = mentions[k].group(0).lower()
        if name not in table.combinations:
            continue
        ingredients = set(table.combinations[name]) | {table.drug(name)}
        after = sentence[mentions[k].end() - offset:]
        close = after.find(")")
        inside = after.lstrip().startswith("(") and mentions[chosen].end() - mentions[k].end() <= close
        if inside and all(table.drug(m.group(0)) in ingredients for m in mentions[k + 1:chosen + 1]):
            return k
        return chosen
    return chosen


PRODUCT_BACK = 6  # names read back for the product whose ingredients they are, so that the walk stays short


def described_product(mentions: list[re.Match], k: int, table: DrugTable) -> int:
    """The name a count in a later sentence belongs to, where mention ``k`` (the last name before it) is an ingredient
    that sentences or list lines spell out by their own names after a combination product's name ("L'Ixprim associe du
    tramadol (37,5 mg) et du paracétamol (325 mg) par comprimé. Prenez 2 comprimés …", "Each 30 mL of NyQuil contains:
    - Acetaminophen 650 mg - Dextromethorphan 30 mg - Doxylamine 12.5 mg … take 30 mL every 6 hours"): that product's,
    rather than the last ingredient named; else k."""
    for j in range(k - 1, max(-1, k - 1 - PRODUCT_BACK), -1):
        name = mentions[j].group(0).lower()
        if name in table.combinations:
            ingredients = set(table.combinations[name]) | {table.drug(name)}
            named = mentions[j + 1:k + 1]  # the ingredients' own names, not other brands ("NyQuil … no Tylenol")
            spelled = all(m.group(0).lower() not in table.unit_mg and table.drug(m.group(0)) in ingredients
                          for m in named) and len({table.drug(m.group(0)) for m in named}) > 1
            return j if spelled else k
    return k
