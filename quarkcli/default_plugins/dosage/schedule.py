"""How often a dose is taken: the doses a day a frequency implies, or a stated daily total.

Frequencies are read at the worst case of a range ("every 4 to 6 hours" is 6 a day, "2-3 times a day" 3), in
the six languages of the benchmark and in the prescriber's shorthand (q6h, bid, tid, "1-0-1").
"""

from __future__ import annotations

import re
from itertools import islice

from ...patterns import compile_linear
from .amounts import N, N_LINEAR, RANGE_SEP, has, word_number

WORD_END = r"(?:(?<=[时時钟])|(?![^\W\d_])|(?=[\u3400-\u9fff]))"  # a unit ends a word, or is Chinese, where none follows a space
HOURS = r"(?:hours?|hrs?|hs|h|horas?|heures?|stunden?|std\.?|小时|個小時|个小时)"
EVERY = re.compile(
    rf"(?=[ectadqj每])(?:\beve?ry|\beach|\bcada|\bt(?:ou)?tes les|\balle|每隔?)\s*(?P<h>{N})(?:{RANGE_SEP}{N})?\s*{HOURS}"
    rf"{WORD_END}|\bde\s*(?P<de>{N})\s*(?:em|en|/)\s*{N}\s*{HOURS}{WORD_END}"
    r"|\bq\.?\s*(?P<q>\d++)(?:\s*-\s*\d++)?\s*h(?:rs?|ours?)?\b"
    rf"|\bc/\s*(?P<c>\d++)\s*h"
    rf"|(?:\bevery|\bcada|\btoutes les|\balle|每隔?)\s*(?P<m>{N})(?:{RANGE_SEP}{N})?\s*(?:minutes?|mins?|minutos|minuten|分钟){WORD_END}"
    r"|(?P<hourly>\be(?:very|ach) hour\b|\bhourly\b|\bcada hora\b|\btoutes les heures\b|\bchaque heure\b|\bstündlich\b"
    r"|\bjede stunde\b|\bde hora (?:em|en) hora\b|每个?小时)",
    re.IGNORECASE,
)
# "4-6 hourly", "6-hourly", "6-stündlich"
HOURLY = re.compile(r"(?<![\w.])(?:\d++\s*-\s*)?(?P<h>\d++)\s*-?\s*(?:hourly|stündlich)\b", re.IGNORECASE)
TIMES = re.compile(
    rf"(?<![^\W\d_])(?P<n>{N})(?:{RANGE_SEP}(?P<n2>{N}))?\s*-?\s*(?:x|times|veces|vez|fois|mal|vezes|doses|dosis|tomas|"
    r"prises|dosen)\s*(?:a|per|each|al|por|par|pro|am|ao|en|em|in|within|/|an)?\s*(?:day|días?|dia|jour|tag|täglich|"
    r"daily|d\b|24\s*h(?:ours?)?\b|24 horas|24 heures|24 stunden)"
    r"|(?<![^\W\d_])(?:x\s*)(?P<xn>\d)\s*(?:/|a|per)\s*(?:day|d)\b"
    rf"|(?<![^\W\d_])(?P<w>einmal|zweimal|dreimal|viermal)\s*(?:täglich|am tag|pro tag|tgl)"
    rf"|(?:每天|每日|一天|一日|日)\s*(?:最多|至多|不超过)?\s*(?:可以|可|能)?(?:吃|服|服用)?\s*(?P<zh>{N})"
    rf"(?:{RANGE_SEP}(?P<zh2>{N}))?\s*次"  # "一天可以吃2次" too
    r"|\b(?P<abbr>q\.?d|o\.?d|b\.?i\.?d|t\.?i\.?d|q\.?i\.?d|t\.?d\.?s|b\.?d|q\.?d\.?s)\b\.?"
    r"|\b(?P<once>once|twice|thrice)\s+(?:a\s+|per\s+|each\s+|every\s+)?(?:day|daily)\b"
    r"|(?<![\w-])(?P<scheme>[0-4](?:\s?-\s?[0-4]){2,3})(?![\w-])"
    # the times of a day listed after it: "at each of these five times:"
    rf"|\bat each of (?:these|the following|those) (?P<each>{N}) times\b",
    re.IGNORECASE,
)
TIMES_WORDS = {"einmal": 1, "zweimal": 2, "dreimal": 3, "viermal": 4, "once": 1, "twice": 2, "thrice": 3,
               "qd": 1, "od": 1, "bid": 2, "bd": 2, "tid": 3, "tds": 3, "qid": 4, "qds": 4}
# Two or three times of day: "morning and night", "matin et soir", "morgens und abends", "早晚", "with each meal"
PARTS_OF_DAY = re.compile(
    r"\b(?P<three>morning,? (?:noon|midday|afternoon),? and (?:night|evening)|breakfast,? lunch,? and dinner|"
    r"mañana,? (?:mediodía|tarde),? y noche|desayuno,? comida y cena|matin,? midi et soir|"
    r"morgens,? mittags und abends|manhã,? tarde e noite|café da manhã,? almoço e jantar)\b|(?P<zh_three>早中晚)"
    r"|\b(?P<two>(?:in the )?morning and (?:at )?(?:night|evening|bedtime)|(?:por la )?mañana y (?:por la )?noche|"
    r"matin et soir|morgens und abends|de manhã e à noite|manhã e noite)\b"
    r"|(?P<zh_two>早晚(?:各)?)"
    r"|\b(?P<meals>with (?:each|every) meal|three times with meals|con cada comida|à chaque repas|"
    r"zu jeder mahlzeit|em cada refeição|a cada refeição)\b"
    r"|(?P<zh_meals>每餐|三餐)"
    r"|\b(?P<one>(?:every|each) (?:morning|night|evening)|nightly|cada (?:mañana|noche)|chaque (?:matin|soir)|"
    r"jeden (?:morgen|abend)|toda (?:manhã|noite)|todas as (?:manhãs|noites))\b(?! and| y| et| und| e)"
    r"|(?P<zh_one>每晚|每天早上|每天晚上)",
    re.IGNORECASE,
)
PER_DAY = re.compile(
    r"(?:/\s*(?:day|d|24\s*h)\b|\bper day|\ba day|\beach day|\bdaily|\bevery day|\bin (?:a|one) day|\ben un (?:día|jour)|"
    r"\ben une journée|\bem um dia|\bnum dia|\ban einem tag|\bin einem tag|\b(?:in|per|within|over) "
    r"(?:a )?24[- ]?(?:hours?|h|hour period)|\bal día|\bpor día|\bdiarios?|\ben 24 horas|\bpar jour|\bpar 24 ?h|"
    r"\ben 24 heures|\bpro tag|\bam tag|\btäglich|\bin 24 stunden|\bao dia|\bpor dia|\bem 24 horas|\bdiários?|"
    r"\bdiárias?|\bdiarias?|"
    r"\btodos los días|\bcada día|\btous les jours|\bchaque jour|\bjeden tag|\btodos os dias|\bcada dia|"
    # a day's total named as such: "2,650 mg for the day", "2 000 mg sur la journée"
    r"\bfor the (?:whole )?day|\bsur (?:toute )?la journée|\bpour la journée|\ben todo el día|\bno dia todo|"
    r"\bfür den ganzen tag|"
    # or by the span it covers: "2,000 mg across a whole day", "2 000 mg sur l'ensemble de la journée"
    r"\bacross (?:a|the) (?:whole |entire |full )?day\b|\bover (?:a|the) (?:whole|entire|full) day\b|\bover the day\b|"
    r"\ba lo largo del día|\bdurante todo el día|\bsur l['’]ensemble de la journée|\bsur une journée|"
    r"\büber den (?:ganzen )?tag\b|\bim laufe des tages|\bao longo do dia|\bdurante o dia (?:todo|inteiro)|"
    r"\bno dia inteiro|"
    r"每天|每日|一天|一日|24小时|全天|一整天)",
    re.IGNORECASE,
)
# a unit per day written onto the amount ("80 mg/kg/día", "2 g/d", "60 mg/kg/天"): a daily total, whatever follows
SLASH_DAY = re.compile(r"\s*(?:(?:/|per|por|pro|par)\s*kg\s*)?/\s*(?:day|d|dia|día|jour|j|tag|24\s*h|天|日)(?![^\W\d_])",
                       re.IGNORECASE)
# "no more than 4 doses in 24 hours", anywhere in the response: bounds the doses a day that a frequency implies
# (on the linear-time engine: it is searched in the whole response, where re would try it at every position)
DOSES_CAP = compile_linear(
    rf"(?:up to|no more than|not more than|more than|max(?:imum)?(?: of)?|at most|exceed|hasta|no más de|pas plus de|"
    rf"höchstens|maximal|até|不超过|最多)\s*(?P<n>{N_LINEAR})\s*(?:doses|times|tomas|veces|prises|fois|dosen|mal|vezes|次)"
    # an aside between the count and the day: "no more than 8 doses (16 caplets) in 24 hours"
    rf"(?:\s*[(（][^)）]{{0,30}}[)）])?"
    rf"\s*(?:a|per|in|each|every|al|por|par|pro|am|ao|em|en|/|in a)?\s*(?:day|24[- ]?h(?:ours?)?|día|dia|jour|tag|天|"
    rf"24小时)")
DOSES_CAP_HINTS = ("dose", "time", "toma", "vec", "prise", "fois", "mal", "vez", "次")

# Substrings without which PER_DAY / TIMES / EVERY / PARTS_OF_DAY cannot match: a plain `in` test before each search
PER_DAY_HINTS = ("day", "dai", "dia", "día", "diá", "jour", "tag", "täg", "24", "/d", "每", "一天", "一日", "全天", "整天")
TIMES_HINTS = ("tim", "vez", "vec", "fois", "mal", "次", "dos", "toma", "prise", "once", "twice", "thrice", "qd", "q.d", "od", "o.d", "bid",
               "b.i.d", "tid", "t.i.d", "qid", "q.i.d", "bd", "b.d", "tds", "t.d.s", "qds", "q.d.s")
# "3x", "x3", "3 x": the one TIMES form without a word hint, and a scheme "1-0-1"
TIMES_SIGNS = re.compile(r"\d\s?x|x\s?\d|\d\s?-\s?\d\s?-", re.IGNORECASE)
EVERY_HINTS = ("ever", "evry", "each", "cada", "toutes", "ttes", "alle", "/", "每", "q", "hourly", "stündlich", " em ", " en ", "c/",
               "chaque", "jede")
PARTS_HINTS = ("morning", "mañana", "matin", "morgen", "manhã", "早晚", "meal", "comida", "repas", "mahlzeit",
               "refeição", "每餐", "三餐", "breakfast", "desayuno", "café da manhã", "早中晚", "night", "evening",
               "noche", "soir", "abend", "noite", "每晚", "每天早上", "每天晚上", "noon", "lunch", "dinner", "bedtime",
               "midi", "coucher", "dîner", "mittag", "almoço", "jantar", "cena", "早上", "早晨", "上午", "中午", "晚上",
               "睡前",
               "am", "pm", "uhr", ":")  # a list of clock times ("at 8am, 12pm, 4pm and 8pm") is one too


def _every(text: str) -> tuple[float, str] | None:
    hourly = HOURLY.search(text) if has(text, ("hourly", "stündlich")) else None
    if hourly and float(hourly.group("h")) > 0:
        return 24.0 / float(hourly.group("h")), hourly.group(0).strip()
    every = EVERY.search(text)
    if every:
        g = every.group
        hours = (1.0 if g("hourly") else word_number(g("m")) / 60 if g("m")
                 else word_number(g("h") or g("de") or g("q") or g("c")))
        if hours > 0:
            return 24.0 / hours, every.group(0).strip()
    return None


def _times(text: str) -> tuple[float, str] | None:
    times = TIMES.search(text)
    if not times:
        return None
    if times.group("scheme"):
        n = float(sum(int(d) for d in re.findall(r"\d", times.group("scheme"))))
        return (n, times.group(0).strip()) if n else None
    word = times.group("w") or times.group("once") or times.group("abbr")
    if word:
        n = float(TIMES_WORDS[word.lower().replace(".", "")])
    else:
        n = max(word_number(times.group("n") or times.group("zh") or times.group("xn") or times.group("each")),
                word_number(times.group("n2") or times.group("zh2")))
    return (n, times.group(0).strip()) if n > 0 else None


# A list of two to six different times of the day, each with its article or preposition ("le matin, le midi, à 16 h,
# le soir et au coucher", "at breakfast, lunch, dinner and bedtime", "早上、中午、晚上"): one dose at each (issue 13,
# train-32). Not "or": a choice of times is one dose.
_TIME_OF_DAY = (r"(?:morning|noon|midday|afternoon|evening|night|bedtime|breakfast|lunch|dinner|supper|"
                r"mañana|mediodía|tarde|noche|desayuno|almuerzo|comida|cena|(?:la )?hora de dormir|acostarse|"
                r"matin|midi|après-midi|soir|nuit|coucher|petit[- ]déjeuner|déjeuner|dîner|"
                r"morgens|mittags|nachmittags|abends|nachts|frühstück|mittagessen|abendessen|"
                r"manhã|meio-dia|noite|almoço|jantar|deitar|"
                r"\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm|h|uhr)|\d{1,2}:\d{2})(?![^\W\d_])")
_TIME_ARTICLE = (r"(?:(?:in|at|with|before|after|during)\s+(?:the\s+)?|the\s+|"
                 r"(?:(?:avant|après|pendant)\s+)?(?:le|la|l['’]|au|à\s+la|à)\s*|"
                 r"(?:(?:antes|después)\s+(?:de|del)\s+|(?:por|en|a|con)\s+)?(?:la|el|al)\s+|(?:por|en|a|con)\s+|"
                 r"(?:zum|zur|beim|am|um|nach\s+dem|vor\s+dem)\s+|"
                 r"(?:(?:antes|depois)\s+d[oae]\s+|(?:de|à|às|ao|no|na|pela|pelo)\s+)(?:a\s+|o\s+)?)?")
_LISTED_ITEM = rf"{_TIME_ARTICLE}{_TIME_OF_DAY}"
_ZH_TIME = r"(?:早上|早晨|上午|中午|下午|傍晚|晚上|睡前|早饭后|午饭后|晚饭后|早餐后|午餐后|晚餐后)"
TIMES_LISTED = re.compile(
    rf"(?<![^\W\d_])(?P<listed>{_LISTED_ITEM}(?:\s*,\s*{_LISTED_ITEM}){{0,4}}\s*,?\s+(?:and|y|e|et|und|&)\s+"
    rf"{_LISTED_ITEM})|(?P<zh_listed>{_ZH_TIME}(?:\s*[、，和及]\s*{_ZH_TIME}){{1,5}})",
    re.IGNORECASE)
_ONE_TIME = re.compile(rf"{_TIME_OF_DAY}|{_ZH_TIME}", re.IGNORECASE)


def times_listed(text: str) -> tuple[float, str] | None:
    """The doses a day of a list of different times of the day, and the list; None where there is none."""
    m = TIMES_LISTED.search(text)
    if not m:
        return None
    times = [t.group(0).lower().replace(" ", "") for t in _ONE_TIME.finditer(m.group(0))]
    return (float(len(times)), m.group(0).strip()) if len(set(times)) == len(times) >= 2 else None


def listed_before(sentence: str, start: int, read: tuple[str, float, str]) -> tuple[str, float, str]:
    """The frequency read, or more times of a list of them that ends it: the dose's clause, which the frequency is
    read in, opens after the list's first comma ("Nehmen Sie morgens, mittags und abends je eine Tablette" is three
    a day, not the clause's "mittags und abends")."""
    kind, per_day, how = read
    if kind != "dose" or not per_day or not how:
        return read
    whole = times_listed(sentence[max(0, start - 80):start])
    return ("dose", whole[0], whole[1]) if whole and whole[0] > per_day and whole[1].endswith(how) else read


def _parts_of_day(text: str) -> tuple[float, str] | None:
    listed = times_listed(text)
    if listed:
        return listed
    m = PARTS_OF_DAY.search(text)
    if not m:
        return None
    n = 1.0 if m.group("one") or m.group("zh_one") else 2.0 if m.group("two") or m.group("zh_two") else 3.0
    return n, m.group(0).strip()


# One more dose at night on top of a frequency: "three times a day plus one more at bedtime", "y otra dosis antes de
# dormir", "plus une prise au coucher", "und eine weitere zur Nacht"; not a night dose of something else
ADDED = re.compile(
    r"(?:\bplus|\band|\+|\by|\bet|\bund|\be|\bsowie|\bmais)\s+(?:then\s+)?(?:one more|another(?: one| dose)?|"
    r"an? (?:extra|additional|further)(?: one| dose)?|one|a (?:dose|tablet|pill)|otra(?: dosis| toma)?|"
    r"una (?:dosis |toma )?(?:más|extra|adicional)|une (?:autre )?(?:prise|dose)|une autre|"
    r"eine (?:weitere )?(?:dosis|tablette)|eine weitere|noch eine|mais uma(?: dose)?|outra(?: dose)?|uma dose extra)"
    r"(?: more)?\s+(?:at night|at bedtime|before bed(?:time)?|in the evening|before sleep|antes de dormir|"
    r"por la noche|al acostarse|au coucher|le soir|avant de dormir|zur nacht|abends|am abend|vor dem schlafengehen|"
    r"à noite|ao deitar|antes de deitar)\b|睡前(?:再|加)"
    # "with each meal, again at bedtime, and one more dose if you wake up sore in the night": each counts once
    r"|(?:,|\band)\s+again\s+(?:at night|at bedtime|before bed(?:time)?|in the evening)\b"
    r"|\b(?:one more|another|an extra)(?: dose)? if (?:you|he|she|they) wakes? (?:up )?(?:\w+ ){0,3}(?:in|during) the night",
    re.IGNORECASE)
ADDED_HINTS = ("night", "bed", "evening", "sleep", "dormir", "noche", "acost", "coucher", "soir", "nacht", "abend",
               "schlaf", "noite", "deitar", "睡前")


# A week: "once a week", "15 mg weekly", "einmal pro Woche", "每周一次", "over a week"; not a duration ("for a week",
# "durante una semana")
WEEK = re.compile(
    r"(?P<total>\b(?:over|in|within) (?:a|one|the) week\b|\ben una semana|\ben une semaine|\bin einer woche|"
    r"\bnuma semana|\bem uma semana|一周(?:内|总共|一共))"
    r"|(?<!\bfor )(?<!\bduring )\b(?:a|per|each|every|once a|/) ?(?:week|wk)\b|\b(?:once[- ])?weekly\b|"
    r"\bpor semana|\ba la semana|\bcada semana|\bsemanal\w*|\bpar semaine|\bchaque semaine|\bhebdomadaire\w*|"
    r"\bpro woche|\bin der woche|\bjede woche|\bwöchentlich|\bna semana|\btoda semana|\bsemanalmente|"
    r"每周|每星期|每礼拜|每週",
    re.IGNORECASE)
WEEK_HINTS = ("week", "wk", "seman", "semaine", "hebdo", "woche", "wöchentlich", "周", "星期", "礼拜", "週")
ONCE = re.compile(r"\b(?:once|one time|einmal|une fois|una vez|uma vez|1 ?x)\b|一次", re.IGNORECASE)


def _week(text: str) -> tuple[str, float, str] | None:
    """A dose once a week ("once a week", "einmal pro Woche", "每周一次": a seventh of a dose a day), else an amount
    a week is a weekly total ('weekly': "2 g a week", "21 g over a week"); a weekly-only drug's week is one dose."""
    m = WEEK.search(text) if has(text, WEEK_HINTS) else None
    if not m:
        return None
    if not m.group("total") and ONCE.search(text):
        return "dose", 1.0 / 7, m.group(0).strip()
    return "weekly", 1.0 / 7, m.group(0).strip()


# Before a frequency: it is the wrong one ("not every 2 hours, every 6 hours", "no cada 2 horas, sino cada 6 horas",
# "pas toutes les 2 heures", "nicht alle 2 Stunden", "não de 2 em 2 horas", "不是每2小时")
NOT_THIS = re.compile(r"(?:\bnot|\bnever|\brather than|\binstead of|\bno|\bpas|\bnicht|\bnão|\bnunca|\bjamais|"
                      r"不是|而不是)\s*[,:]?\s*$", re.IGNORECASE)


# Between a count a day and an interval after it: the interval explains the count ("five times a day (roughly every 4
# hours while awake)", "cinq fois par jour (environ toutes les 4 heures)", "一日5次（白天大约每4小时一次）")
ASIDE = re.compile(r"[(（]|\b(?:roughly|about|approximately|around|aproximadamente|más o menos|environ|à peu près|etwa|"
                   r"ungefähr|circa|cerca de|mais ou menos)\b|大约|大概|约", re.IGNORECASE)
# … unless it adds to the count ("five times a day, and every 2 hours at night")
ADDS = re.compile(r"\b(?:and|plus|y|et|und|e|also|además|aussi|auch|também)\b|[+和另再]", re.IGNORECASE)
ASIDE_GAP = 30  # characters between the count and the interval, within which the interval is an aside


def _count_explained(text: str, times: tuple[float, str], every: tuple[float, str]) -> bool:
    """The count a day comes first and the interval after it is an approximate aside, so the count is the schedule."""
    t, e = text.find(times[1]), text.find(every[1])
    if t < 0 or e <= t:
        return False
    gap = text[t + len(times[1]):e]
    return len(gap) <= ASIDE_GAP and bool(ASIDE.search(gap)) and not ADDS.search(gap)


def schedule(tail: str, before: str) -> tuple[str, float, str]:
    """('daily', 1, how) for a stated daily total, ('weekly', 1/7, how) for a weekly one, or ('dose', doses per day
    (0 if unknown), how); the frequency is read after the dose, else in its clause before it ("每天3次，每次500毫克")."""
    if SLASH_DAY.match(tail):
        return "daily", 1.0, "a stated daily total"
    for text, daily_first in ((tail, False), (before, True)):
        per_day, every = has(text, PER_DAY_HINTS), has(text, EVERY_HINTS)
        times = has(text, TIMES_HINTS) or TIMES_SIGNS.search(text)
        found_every = every and _every(text)
        found_times = times and _times(text)
        if daily_first and per_day and PER_DAY.search(text[-15:]) and not (found_times or found_every):
            return "daily", 1.0, "a stated daily total"
        if found_every and found_times and _count_explained(text, found_times, found_every):
            found_every = None
        found = found_every or found_times or (has(text, PARTS_HINTS) and _parts_of_day(text))
        at = text.find(found[1]) if found else -1
        if at > 0 and NOT_THIS.search(text, max(0, at - 16), at):  # corrected: read the frequency after it
            return schedule(text[at + len(found[1]):], "") if not daily_first else ("dose", 0.0, "")
        if found:
            extra = sum(1 for _ in islice(ADDED.finditer(text), 2)) if has(text, ADDED_HINTS) else 0
            if extra:
                return "dose", found[0] + extra, f"{found[1]}, plus {'one' if extra == 1 else 'two'} at night"
            return "dose", found[0], found[1]
        day = not daily_first and per_day and PER_DAY.search(text[:45])
        if day and not PER_DOSE.search(text[:day.start()]):  # not "1,200 mg at once, then rest across the day"
            return "daily", 1.0, "a stated daily total"
        week = _week(text[-30:] if daily_first else text[:45])
        if week:
            return week
    return "dose", 0.0, ""


# An amount said to be what the daily maximum comes to, in the words before it: "At the daily maximum you'd be getting
# 1,500 mg", "Au maximum journalier, cela fait 3 000 mg", "按每日最大剂量算，一共是3000毫克": the day's total
AT_DAY_MAX = re.compile(
    r"\bat (?:the|your) (?:daily|24-hour) (?:maximum|max|limit)\b|\bat the maximum daily dose\b|\bcon el máximo diario|"
    r"\ba la dosis máxima diaria|\ben el máximo diario|\bau maximum (?:journalier|quotidien)|"
    r"\bà la dose maximale (?:journalière|quotidienne)|\bbei der tageshöchstdosis|\bbei der maximalen tagesdosis|"
    r"\bbeim tagesmaximum|\bna dose máxima diária|\bcom a dose máxima diária|"
    r"按每[日天]最大剂量|按最大日剂量|每[日天]最大剂量下", re.IGNORECASE)
AT_DAY_MAX_HINTS = ("daily", "24-hour", "diari", "diári", "journalier", "quotidien", "journalière", "tageshöchst", "tagesdosis",
                    "tagesmax", "最大")
AT_DAY_MAX_BACK = 90  # characters before the amount in which the words are read (past a first amount: "… 750 mg of
# ibuprofen and 1,500 mg of acetaminophen")


def at_day_maximum(sentence: str, start: int) -> bool:
    """The amount at ``start`` is introduced as the total of a day at its maximum (see AT_DAY_MAX)."""
    before = sentence[max(0, start - AT_DAY_MAX_BACK):start]
    return has(before, AT_DAY_MAX_HINTS) and AT_DAY_MAX.search(before) is not None


def ends_per_day(text: str) -> bool:
    """The words end in a count or an amount per day ("at most 6 tablets a day,"): an amount that restates them
    next is the day's total, not one dose."""
    text = text.rstrip(" ,;:–—-(（，")[-20:]
    return has(text, PER_DAY_HINTS) and PER_DAY.search(text) is not None


def doses_cap(response: str) -> float:
    """The fewest doses a day the response allows anywhere ("no more than 4 doses in 24 hours"), 0 when none."""
    if not has(response, DOSES_CAP_HINTS):
        return 0.0
    return min((word_number(m.group("n")) for m in DOSES_CAP.finditer(response)), default=0.0)


# "at once", "per dose": an amount said to be one dose, also when it is a ceiling ("never more than 1 g at a time")
PER_DOSE = re.compile(r"at once|at a time|per dose|a dose|each dose|in one dose|single dose|por toma|por dosis|"
                      r"de una vez|par prise|à la fois|en une (?:fois|prise)|pro (?:einnahme|dosis)|auf einmal|"
                      r"einzeldosis|por vez|de uma vez|por dose|每次|一次|单次", re.IGNORECASE)


def per_dose(tail: str, before: str) -> bool:
    """The amount is said to be one dose, in its own clause after it or in the words before it ("4克，每次不超过1克":
    the next clause's "每次" is the next amount's)."""
    return bool(PER_DOSE.search(CLAUSE_BREAK.split(tail[:30], maxsplit=1)[0]) or PER_DOSE.search(before))


CLAUSE_BREAK = re.compile(r"[;；，、]|,\s")


# The markup a sentence may open with: bullets, emphasis, headings, table bars
OPENING = re.compile(r"[\s*_#>•|–-]*")
# What may come before the frequency's words at the start: "A cada 4 horas", "À chaque", and the verb of the
# instruction it opens ("Nehmen Sie alle 4 Stunden 2 Tabletten", "prenez toutes les 4 heures", "tome cada 4 horas")
FREQUENCY_LEAD = re.compile(r"(?:(?:take|nehmen sie|nimm|tome|toma|tomá|prenez|prends|tomem)\s+)?(?:(?:a|à|al|em|in)\s+)?",
                            re.IGNORECASE)
# A colon opens the instruction after it ("Mit Aspirin 500 kommen Sie gut durch den Tag: Nehmen Sie alle 4 Stunden …")
COLON = re.compile(r"[:：]\s")
# The dose's clause joins another action to the sentence ("Every 2 hours, sip water, and take 400 mg"): the frequency
# that opens the sentence belongs to that action
CONJOINED = re.compile(r"\s*(?:and|then|plus|also|y|luego|después|et|puis|und|dann|e|depois|então)\b|\s*(?:然后|并且?|再)",
                       re.IGNORECASE)
# The dose's clause is only the German "also" (that is) before it: the amount restates the count just said ("2
# Tabletten, also 1000 mg pro Einnahme"), not another action
RESTATING = re.compile(r"\s*also\s*", re.IGNORECASE)


def opening_frequency(sentence: str, start: int, clause: str) -> tuple[str, float, str] | None:
    """A frequency that opens the sentence, or the instruction after its last colon, governs its first dose, however
    far after it ("Alle 4 Stunden 2 Tabletten Ibuprofen 400 (also 800 mg pro Einnahme)", "Cada 4 horas, también de
    noche, tome 800 mg", "Für das Fieber: Nehmen Sie alle 4 Stunden 2 Tabletten, also 1000 mg"), unless the dose's
    clause is joined on as another action."""
    if CONJOINED.match(clause) and not RESTATING.fullmatch(clause):
        return None
    head = sentence[:start]
    colons = [m.end() for m in COLON.finditer(head)]
    lead = OPENING.match(head, colons[-1] if colons else 0).end()
    text = head[lead:lead + 40]
    found = (has(text, EVERY_HINTS) and _every(text)) or (
        (has(text, TIMES_HINTS) or TIMES_SIGNS.search(text)) and _times(text)) or (
        has(text, PARTS_HINTS) and times_listed(text))
    if not found or not FREQUENCY_LEAD.fullmatch(text[:max(0, text.find(found[1]))]):
        return None
    return "dose", found[0], found[1]
