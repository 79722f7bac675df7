"""Amounts read as a day's total rather than one dose: compared with the day's amount before them, named as the
day's total, listed with another day's total, on a line labelled as the day's, equated to a day's amount, or the
dose times its frequency in brackets. Each is already counted
through a frequency, or is a ceiling, and is not held to the per-dose limit."""

from __future__ import annotations

import re

from .amounts import FORM, NUM_WORD
from .cues import COUNT_ASIDE, instructed
from .dose import Dose
from .equated import equated_total
from .schedule import per_dose, schedule

# "in doses of 1,600 mg", "en prises de 1 g", "in Einzeldosen von 1 g": the amount is one dose, whatever precedes it
IN_DOSES_OF = re.compile(r"(?:doses?|dosis|prises?|tomas?|einzeldosen|dosen) (?:of|de|von)\s*$", re.IGNORECASE)


def compared_to_day(before: tuple, dose: Dose, tail: str) -> bool:
    """The amount only compares with the daily amount or ceiling just before it in its sentence ("3 g a day or less
    instead of the usual 4 g", "每天不超过3克，而不是通常的4克"): it is read per day too, unless it is said to be one
    dose or told to be taken."""
    prev, kind = before[0], before[1]
    return (prev.sentence is dose.sentence and prev.drug == dose.drug and (kind == "daily" or kind == "cap")
            and not per_dose(tail, dose.clause[-40:]) and not instructed(dose.clause)
            and not IN_DOSES_OF.search(dose.clause))


# An amount named as the day's total in the words before it: "bringing today's total to 2,650 mg", "el total de hoy
# sería de 4 g", "le total de la journée sera de 3 g", "kommen Sie heute insgesamt auf 4 g", "o total de hoje fica em
# 4 g", "今天总共4克"
TODAY_TOTAL_WORDS = (
    r"(?:today['’]s|the day['’]s|a day['’]s|your daily|the daily) total(?: (?:to|of|is|comes to|at|would be|will be))?"
    r"|total (?:de hoy|del día|de la journée|du jour|d'aujourd'hui|de hoje|do dia)"
    r"(?: (?:sería|será|es|queda(?:ría)? en|sube a|llega a|sera|serait|est|monte à|atteint|fica(?:ria)? em|seria|é|"
    r"chega a|sobe para))?(?: de)?"
    r"|(?:heute|für heute|am tag) insgesamt(?: (?:auf|bei|sind|wären))?"
    # a running total reached: "by bedtime that makes 2,600 mg", "which takes you to 4,000 mg", "the day's total stays
    # at 2,600 mg", "**Total: 3,000 mg**", "e aí fecha o dia com 3.000 mg", "y cierras el día con 3 g"
    r"|(?:that|which|this) (?:makes|brings you to|takes you to|puts you at)|(?:total|it) (?:stays|remains) (?:at|on)"
    r"|\btotal[*:| ]*|(?:fecha|termina) o dia com|(?:cierra|cierras|termina|terminas) el día con")
TODAY_TOTAL = re.compile(rf"(?:{TODAY_TOTAL_WORDS})\s*[:=]?\s*(?:about |around |roughly |unos |environ |etwa |cerca de )?$"
                         r"|(?:今天|今日|当天|全天|一天)(?:总共|一共|累计|合计|总量)(?:是|为|达到|约)?\s*$", re.IGNORECASE)
# A count of a day, then what it comes to: "two powders a day is 1,690 mg", "so 4 caplets today is 1,000 mg", "at most
# 6 tablets in 24 hours (300 mg caffeine …)", "stop at 6 tablets today (300 mg of caffeine)"
COUNT_OF_DAY = re.compile(
    rf"\b(?:\d+|{NUM_WORD})\s+(?:{FORM}|powders?|doses?)\s+(?:a day|per day|daily|today|in (?:a day|24 hours|one day)|"
    r"in total(?: today)?|al día|por día|hoy|en 24 horas|en total|par jour|aujourd['’]hui|en 24 heures|au total|pro tag|"
    r"am tag|heute|in 24 stunden|insgesamt|por dia|ao dia|hoje|em 24 horas|no total)\s*"
    r"(?:is|are|=|makes|comes to|equals|es|son|são|é|font|sind|:|\()\s*(?:about |around |roughly )?$"
    # "So far today: 4 tablets (2,000 mg paracetamol, …)": what was taken, counted and then weighed
    rf"|\b(?:so far today|today so far|hoy llevas|hasta ahora hoy|até agora hoje|jusqu['’]ici aujourd['’]hui|"
    rf"heute bisher)\s*[:,]?\s*(?:\w+\s+){{0,3}}(?:\d+|{NUM_WORD})\s+(?:{FORM}|powders?|doses?)\s*\(\s*$",
    re.IGNORECASE)
# An amount named as a day's total in the words after it: "that's 1.8 mg total on day one", "4 g in total over 24 hours"
DAY_TOTAL_AFTER = re.compile(r"\s*(?:total|in total|en total|au total|insgesamt|no total)\s+"
                             r"(?:on|for|in|over|per|across|el|le|am|pour|para|no)\s+"
                             r"(?:day (?:one|1)|the (?:first )?day|that day|a day|one day|(?:the )?24 hours|today|"
                             r"primer día|premier jour|ersten tag|primeiro dia)", re.IGNORECASE)
# Two totals of a day listed together: "8 tablets a day maximum (240 mg codeine and 4 g paracetamol)"
LISTED_WITH = re.compile(r"\s*(?:[^\W\d]+\s*){0,2}(?:and|y|et|und|e|plus|\+|,|/|和|及)\s*$", re.IGNORECASE)


def listed_with_day(before: tuple, dose: Dose, tail: str) -> bool:
    """The amount follows a day's total of another ingredient in its sentence with only that ingredient's name and
    "and" between ("240 mg codeine and 4 g paracetamol"): the second total of the same list, read per day too,
    unless it is said to be one dose or told to be taken."""
    prev, kind = before[0], before[1]
    return (prev.sentence is dose.sentence and kind == "daily" and prev.end <= dose.start
            and LISTED_WITH.fullmatch(dose.sentence, prev.end, dose.start) is not None
            and not per_dose(tail, dose.clause[-40:]) and not instructed(dose.clause))


def day_total_in_brackets(gap: str, before_mg: float, mg: float) -> bool:
    """The words between two amounts are a frequency and an opening bracket, and the second amount is the first one
    times that frequency: its daily total ("800 mg three times a day (2,400 mg)"), already counted through the
    frequency; not one that restates a count of tablets ("every 4 hours, no more than 20 tablets (4,000 mg)"), which
    is a ceiling of its own, nor another product's strength ("… every 6 hours, and 2 Tylenol Extra Strength
    (1,000 mg)")."""
    gap = gap.rstrip()
    if not (gap.endswith(("(", "（")) and len(gap) < 60 and not COUNT_ASIDE.search(gap)):
        return False
    per_day = schedule(gap, "")[1]
    return per_day >= 1 and mg > before_mg * (per_day - 0.5)


# An amount named as a total, by the words before it or after it: "en total 1.800 mg", "insgesamt 1.200 mg", "一共1200毫克",
# "2,400 mg total", "4 g in total", "1 200 mg au total", "3 g no total", "2 g ao todo"
TOTAL_BEFORE = re.compile(r"(?:\b(?:in total|en total|au total|insgesamt|no total|ao todo|in all|total(?:e|ing)?)|"
                          r"一共|总共|合计|共计)\s*[:：]?\s*(?:of\s*|de\s*|von\s*)?(?:about |around |roughly |unos |environ |etwa )?$",
                          re.IGNORECASE)
TOTAL_AFTER = re.compile(r"\s*(?:total\b|in total\b|en total\b|au total\b|insgesamt\b|no total\b|ao todo\b|in all\b)",
                         re.IGNORECASE)


def day_total_named(sentence: str, prev_end: int, start: int, end: int) -> bool:
    """The amount is named as the total of the dose before it and the frequency between them ("800 mg three times a
    day — 2,400 mg total", "cada 8 horas, en total 1.800 mg"): a day's total already counted through the frequency,
    not one dose."""
    gap = sentence[prev_end:start]
    if len(gap) >= 60:
        return False
    return equated_total(gap) or ((TOTAL_BEFORE.search(gap) is not None or TOTAL_AFTER.match(sentence, end) is not None)
                                  and schedule(gap, "")[1] >= 1)


# A line labelled as the day's ("- **Tagesdosis:** bis zu 4 Einzeldosen = 4.000 mg", "Daily dose: 2 tablets", "Dosis
# diaria: …", "每日剂量：…"): what it states is the day's amount, where nothing in it says one dose
DAY_LABEL = re.compile(
    r"^[\s*_#>•|–-]*(?:(?:total )?daily (?:dose|total|amount|intake)|(?:total|dose|amount) (?:per|a) day|per day|"
    r"tages(?:dosis|menge|gesamtdosis)|gesamtdosis pro tag|pro tag|dosis (?:diaria|al día|por día|total diaria)|"
    r"total (?:diario|al día|por día)|al día|por día|dose (?:journalière|quotidienne|par jour|totale par jour)|"
    r"total (?:journalier|par jour)|par jour|dose (?:diária|por dia|total diária)|total (?:diário|por dia)|por dia|"
    r"ao dia|每日(?:剂量|总量|用量)|每天(?:剂量|总量|用量)|一天(?:总量|用量)|全天(?:总量|用量))[*_\s]*[:：]",
    re.IGNORECASE)


def on_day_line(dose: Dose) -> bool:
    """The amount stands on a line that its label names as the day's, and its own clause does not say one dose."""
    return DAY_LABEL.match(dose.sentence, 0, dose.start) is not None and not per_dose("", dose.clause[-40:])


# The words between an amount and the next that equate them, after the drug's name at most: "3 × 850 mg = 2.550 mg al
# día", "4 × 500 mg de paracetamol = 2.000 mg al día", "2 comprimés de 500 mg, soit 1 g par jour"
EQUATED = re.compile(r"(?:[\s*_,]+(?:of |de |d['’]|von |do |da )?[^\W\d][\w-]*){0,3}[\s*_,]*"
                     r"(?:[=＝]|就是|即|等于|共|(?<!\w)(?:is|are|makes|comes to|equals|i\.e\.|son|es|hace|suman?|fait|"
                     r"font|soit|ergibt|sind|ist|macht|são|é|dá|faz)(?!\w))[\s*_]*", re.IGNORECASE)


def equated_to_day(dose: Dose, following: Dose | None) -> bool:
    """The next amount restates this one (the same milligrams, only an equating word between them) and is said to be
    a day's right after it: this amount is that day's total, not one dose."""
    if following is None or following.sentence is not dose.sentence or abs(following.mg - dose.mg) > 0.01 * dose.mg:
        return False
    if EQUATED.fullmatch(dose.sentence, dose.end, following.start) is None:
        return False
    return schedule(dose.sentence[following.end:following.end + 30].lstrip("*_ "), "")[0] == "daily"
