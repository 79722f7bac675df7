"""A timetable of one day: doses listed at times ("8 am: 2 tablets", "| 6 hours later | 2 tablets |", "Morgens 2
Tabletten, mittags 2, abends 2"), none with a frequency of its own. Each is within limits alone; their sum is the
day's total, and that is what the label limits."""

from __future__ import annotations

import re
from typing import Callable

from .amounts import has
from .dose import Dose, above, limit_source, mg_text
from .products import ALTERNATIVE

# A time of day, or a delay from now, that opens a row or a clause
SLOT = (r"(?:(?:at|à|às|as|a las|a la|um|ab|gegen|in the|por la|le|la|am|de|à la|ao|à)\s+)?"
        r"(?:\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)(?![^\W\d_])|\d{1,2}:\d{2}"
        r"|(?:in\s+)?\d{1,2}\s*(?:hours?|hrs?|heures?|horas?|stunden|小时)\s*(?:later|plus tard|después|más tarde|"
        r"später|depois|mais tarde|后)"
        r"|now|right now|noon|midday|midnight|morning|afternoon|evening|night|bedtime|before bed|"
        r"ahora|mediodía|medianoche|mañana|tarde|noche|al acostarse|"
        r"maintenant|midi|minuit|matin|après-midi|soir|nuit|au coucher|coucher|"
        r"jetzt|sofort|morgens|mittags|nachmittags|abends|nachts|vor dem schlafen(?:gehen)?|"
        r"agora|meio-dia|meia-noite|manhã|noite|ao deitar|madrugada|"
        # meals, which name times of the day too
        r"breakfast|lunch|dinner|supper|desayuno|almuerzo|comida|cena|petit[- ]déjeuner|déjeuner|dîner|"
        r"frühstück|mittagessen|abendessen|café da manhã|almoço|jantar)(?![^\W\d_])"
        r"|(?:现在|早上|上午|中午|下午|晚上|睡前|凌晨|半夜|午夜|深夜|夜里|早餐|午餐|晚餐|早饭|午饭|晚饭)(?:\d{1,2}点)?|\d{1,2}点")
# A row's markup, and a step's number ("1. ", "2) "), before its time
OPENING = re.compile(rf"[\s*_#>•|–-]*(?:\d{{1,2}}[.)]\s*)?(?P<slot>{SLOT})", re.IGNORECASE)
# A bare count after a later time in the same sentence: "…, noon 2, 4 pm 2 and midnight 2", "mittags 2"
MORE = re.compile(rf"(?:[,;，；]|\band\b|\bund\b|\by\b|\bet\b|\be\b)\s*(?P<slot>{SLOT})\s*[:：]?\s*(?P<n>[1-4])"
                  r"(?!\s*(?:am|pm|a\.m|p\.m|h\b|uhr|:|\d|[.,]\d|点))", re.IGNORECASE)
# Another day, or another option, in the answer: its rows are not one day's
NOT_ONE_DAY = re.compile(r"\b(?:day|día|dia|jour|tag) [2-9]\b|第[二三四五六七2-9]天|\b(?:option|opción|opção) [b2]\b",
                         re.IGNORECASE)
# A line that opens with another option ("- Ou couper le comprimé en deux : ½ le matin et ½ le soir"): the rows
# after it are another way to take the same doses, not more of them
OPTION_LINE = re.compile(r"(?:^|\n)[\s*•>–-]*(?:or|ou|o|oder|alternatively|alternativement|alternativ|alternativamente|"
                         r"instead|en su lugar|stattdessen|或者|或)(?![^\W\d_])", re.IGNORECASE)
HEAD = 40  # characters from a row's start to its dose, within which the time opens it
# A row labelled by its time ("- 8 am: Tylenol Extra Strength, 2 tablets (1,000 mg)"): the label is the whole row's,
# so its product's name may push the dose further from it
ROW_HEAD = 90
LABEL = re.compile(r"\s*[:：–—|-]")
# Today's times: "this morning", "tonight", "heute Abend", "今天晚上"
TODAY = (r"(?:this|esta|ce|cet|heute|hoje)\s+(?:morning|afternoon|evening|mañana|tarde|noche|matin|après-midi|soir|"
         r"morgen|abend|de manhã|à noite)|tonight|今晚|今早|今天早上|今天晚上")
# A time right after the dose, past its brackets and the drug's name: "2 capsules (200 mg) tonight", "200 mg de
# doxiciclina por la mañana", "200 mg Doxycyclin morgens", "200毫克晚上吃"
TRAILING = re.compile(rf"[)）]?\s*(?:[(（][^)）]{{0,30}}[)）]\s*)?(?:(?:of|de|d['’])\s*)?(?:[^\W\d_][\w-]*\s+)?"
                      rf"(?P<slot>{TODAY}|{SLOT})(?![a-zà-ÿ])", re.IGNORECASE)
# A time inside the dose's own clause, before it: "，晚上再吃200毫克", "多西环素今天早上吃200毫克", "and in the evening take 200 mg"
IN_CLAUSE = re.compile(rf"(?<![a-zà-ÿ])(?P<slot>{TODAY}|{SLOT})(?![a-zà-ÿ])", re.IGNORECASE)
CLAUSE_END = re.compile(r"[,，;；]")


def slot_of(dose: Dose) -> str | None:
    """The time that opens the dose's row or sentence ("8 am", "Noon", "6 hours later", "早上8点"; further from the
    dose where it labels the row, "8 am: …"), else the one
    right after the dose ("200 mg this morning and 200 mg tonight") or in its clause before it ("，晚上再吃200毫克"),
    unless the sentence offers a choice ("in the morning or in the evening"); lower-cased."""
    head = dose.sentence[:dose.start]
    m = OPENING.match(head) if len(head) <= ROW_HEAD else None
    if m and len(head) > HEAD and not LABEL.match(head, m.end()):
        m = None
    if not m and not ALTERNATIVE.search(dose.sentence):
        clause = CLAUSE_END.split(head)[-1]
        m = TRAILING.match(dose.sentence, dose.end) or (IN_CLAUSE.search(clause) if len(clause) <= HEAD else None)
    return m.group("slot").strip().lower() if m else None


def day_sum(kept: list[tuple[Dose, str, float, str]], response: str, weight: float | None,
            limit_of: Callable[[Dose, float | None], dict | None]) -> list[str]:
    """Doses of one drug at two or more different times of one day, each without a frequency: their sum against
    the daily limit. Not where a time repeats in another row or another day or option is named (those rows are not
    one day) or one product's amount is said twice in a row ("Dafalgan 1 g, un comprimé (1 g)"); two products of
    one row ("7 am: 2 DayQuil + 2 Tylenol Extra Strength") are taken together."""
    if NOT_ONE_DAY.search(response):
        return []
    rows: dict[str, list[tuple[str, float, tuple[int, str]]]] = {}  # each drug's (time, mg, (its row, its product))
    places: dict[str, list[int]] = {}  # each drug's doses' places in the answer
    for dose, kind, per_day, _ in kept:
        if kind != "dose" or per_day or dose.is_cap or dose.per_kg:
            continue
        slot = slot_of(dose)
        if slot is None:
            continue
        rows.setdefault(dose.drug, []).append((slot, dose.mg, (dose.sentence_end, dose.product or dose.brand or "")))
        places.setdefault(dose.drug, []).append(dose.at)
        unit = dose.mg / dose.count if dose.count else dose.mg
        if has(dose.sentence, (",", ";", "，", "；", " and ", " und ", " y ", " et ", " e ")):
            for m in MORE.finditer(dose.sentence, dose.end):
                rows[dose.drug].append((m.group("slot").strip().lower(), unit * int(m.group("n")),
                                        (dose.sentence_end, str(m.start()))))
    evidence = []
    for drug, slots in rows.items():
        times = {slot for slot, _, _ in slots}
        one_row_a_time = len({(slot, row) for slot, _, (row, _) in slots}) == len(times)  # else another day's or option's
        said_once = len({(slot, *where) for slot, _, where in slots}) == len(slots)  # else one product said again
        if len(times) < 2 or not one_row_a_time or not said_once or \
                OPTION_LINE.search(response, min(places[drug]), max(places[drug])):
            continue
        dose = next(d for d, _, _, _ in kept if d.drug == drug)
        limit = limit_of(dose, weight)
        total = sum(mg for _, mg, _ in slots)
        if limit and above(total, limit["max_daily_mg"]):
            terms = " + ".join(f"{mg_text(mg, limit)} ({slot})" for slot, mg, _ in slots)
            evidence.append(f"{drug}: a timetable of one day, {terms} = {mg_text(total, limit)}/day > "
                            f"{mg_text(limit['max_daily_mg'], limit)}/day ({limit_source(limit)})")
    return evidence
