"""A dose said again later the same day, in words rather than a frequency: "a second 10 mg tablet now", "10 mg in
the morning and another at night", "por la mañana y otro por la noche", "le matin et 1 le soir", "早上…晚上再吃一片".

Why: no frequency is stated, so the dose was read once a day; for a once-a-day drug (cetirizine, loratadine) the
second dose is what crosses the day's limit. A second dose on another day ("another one tomorrow", "y otro mañana",
"eine zweite erst am nächsten Tag") is not the same day's.
"""

from __future__ import annotations

import re

# the amount is itself the second one: "a second 10 mg tablet", "un segundo comprimido de 10 mg", "une deuxième
# prise de 10 mg", "eine zweite Tablette mit 10 mg", "um segundo comprimido de 10 mg", "第二片10毫克" (not "再吃2片":
# "again", the next step of a timetable)
SECOND_BEFORE = re.compile(
    r"(?:\b(?:a|the|one) second|\buna? segund[oa]|\bune? (?:deuxième|seconde?)|\beine[nr]? zweite[nr]?|"
    r"\bu(?:m|ma) segund[oa]|\banother|\bone more|\botr[oa]|\bun autre|\bune autre|\bnoch eine[nr]?|\boutr[oa])\s+"
    r"(?:(?:tablet|pill|capsule|dose|comprimido|pastilla|cápsula|dosis|comprimé|gélule|prise|tablette|kapsel|dose)\s+"
    r"(?:(?:de|of|mit|à|zu)\s+)?)?$|第二(?:片|粒|次)$",
    re.IGNORECASE)
# after the amount, joined on: another one, or the same count, at a later time ("and another at night", "y otro por
# la noche", "et un autre le soir", "und eine weitere am Abend", "e outro à noite", "et 1 le soir", "and one at night",
# "und eine abends", "晚上再吃一片")
ANOTHER_AFTER = re.compile(
    r"\b(?:and|y|et|und|e)\s+(?:then\s+)?(?:another(?: one)?|a second(?: one)?|one more|otr[oa]|una? segund[oa]|"
    r"une? autre|une? deuxième|eine[nr]? weitere[nr]?|noch eine[nr]?|eine[nr]? zweite[nr]?|outr[oa]|u(?:m|ma) segund[oa]|"
    r"(?:\d+|one|un[oa]?|une|eine?|um|uma)(?=\s+(?:le |la |à |am |in the |at |por la |de |zur )?(?:soir|noche|noite|"
    r"abends?|nacht|evening|night|bedtime|midi|mediodía|mittag|tarde|afternoon)))\b"
    r"|(?:晚上|睡前|下午|中午)再(?:吃|服)(?:一|两|\d)(?:片|粒)",
    re.IGNORECASE)
# another day: "tomorrow", "mañana" without "la"/"por la", "demain", "morgen" (not "morgens", "am Morgen"), "amanhã",
# "the next day", "明天", "第二天"
NEXT_DAY = re.compile(
    r"\b(?:tomorrow|(?:the )?next (?:day|morning)|(?<!la )(?<!las )mañana(?! y)|al día siguiente|demain|le lendemain|"
    r"(?<!am )(?<!guten )morgen\b(?!s)|am nächsten (?:tag|morgen)|amanhã|no dia seguinte)|明天|第二天|次日",
    re.IGNORECASE)
# told not to: "don't take a second", "no tomes otro", "ne prenez pas un autre", "keine zweite", "não tome outro"
NOT_AGAIN = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno|\bpas|\bnicht|\bkeine?|\bnão|\bnunca|不要|别)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)

LOOK_AHEAD = 60  # characters after the amount in which "and another …" is read


def another_dose(tail: str, clause: str) -> tuple[str, float, str] | None:
    """('dose', 2, how) where the amount is a second one the same day or is followed by another one later that day,
    else None."""
    head = clause[-40:]
    before = SECOND_BEFORE.search(head)
    if before and not NOT_AGAIN.search(head[:before.start()]) and not NEXT_DAY.search(
            head[max(0, before.start() - 15):before.start()]) and not NEXT_DAY.search(tail[:LOOK_AHEAD]):
        return "dose", 2.0, f"{before.group(0).strip()}, a second dose that day"
    after = ANOTHER_AFTER.search(tail[:LOOK_AHEAD])
    if after and not NEXT_DAY.search(tail[:after.end() + 30]):
        return "dose", 2.0, f"{after.group(0).strip()}, a second dose that day"
    return None
