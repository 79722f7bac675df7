"""Amounts in a response: numbers (digits, words, thousands and decimal separators of six languages), mass units,
volumes through a stated concentration, tablet counts, and mg/kg.

Every pattern is tried only where a number starts and takes it whole (possessive), so a response full of digits
stays linear (tests/test_hostile_inputs.py).
"""

from __future__ import annotations

import re

from ...patterns import compile_linear

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fifteen": 15, "twenty": 20,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "doce": 12,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "douze": 12,
    "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "zwölf": 12,
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十二": 12,
}
NUM_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Hundreds written as one word, for doses in words ("ochocientos miligramos", "achthundert Milligramm", "八百毫克");
# English and French say them in two ("eight hundred", "huit cents")
HUNDRED_WORDS = {
    "cien": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
    "setecientos": 700, "ochocientos": 800, "novecientos": 900,
    "cem": 100, "duzentos": 200, "trezentos": 300, "quatrocentos": 400, "quinhentos": 500, "seiscentos": 600,
    "setecentos": 700, "oitocentos": 800, "novecentos": 900,
    "hundert": 100, "einhundert": 100, "zweihundert": 200, "dreihundert": 300, "vierhundert": 400,
    "fünfhundert": 500, "sechshundert": 600, "siebenhundert": 700, "achthundert": 800, "neunhundert": 900,
    "一百": 100, "二百": 200, "两百": 200, "三百": 300, "四百": 400, "五百": 500, "六百": 600, "七百": 700, "八百": 800,
    "九百": 900,
}
HUNDRED_WORD = "|".join(sorted(HUNDRED_WORDS, key=len, reverse=True))
N = rf"(?:\d++|{NUM_WORD})"
N_LINEAR = rf"(?:\d+|{NUM_WORD})"  # for the linear-time engine, which has no possessive quantifiers
RANGE_WORDS = {"-", "–", "to", "or", "a", "à", "o", "ou", "bis", "oder", "到", "至", "~"}
RANGE_SEP = r"\s*(?:-|–|to|or|a|à|o|ou|bis|oder|到|至|~)\s*"
COUNT_TOKEN = re.compile(r"\(|[-–~]|\d+|[^\W\d_]+(?:-[^\W\d_]+)*")
CLOCK_WORDS = {"am", "pm", "uhr"}  # after a number, a time of day, not a count ("pm" is also a word of "Tylenol PM")
# A dash or "=" after a count sets off its total, as a bracket does: "8 caplets — 4,000 mg", "8 Tabletten = 4.000 mg"
TOTAL_ASIDE = re.compile(r"(?:[^\W\d_]\s*[—=]|\s[–-])\s*$")

# "1 000 mg", "1\u202f500 mg" (French, German: a space between thousands) are one number; after a plain space only
# "000" counts, since "take 2 500 mg tablets" is two tablets
# ("1 500 mg de paracétamol" is read as 1,500: "one 500 mg" is not said so in a Romance language)
AMOUNT = (r"(?P<amount>\d{1,3}(?:[\u202f\u00a0]\d{3}| 000)++(?![.,]?\d)|1 \d{3}(?=\s?mg\s+(?:de|d['’])\s?[^\W\d_])"
          r"|\d++(?:[.,]\d++)*+)")
# The right edge of a unit: no letter of a script written with spaces follows it ("5 grapes" is no amount), while
# kana and Chinese characters may ("500mgを", "1gの", "400mg的": Japanese and Chinese run words together). Every
# reader of an amount in a unit ends with it, and so does DOSE_GATE, which must admit every text they read one in.
UNIT_END = r"(?![^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])"
# International units are counted as they are; the drug's mg_per_iu (vitamin D) converts them once it is known
UNIT_MG = {"mg": 1.0, "g": 1000.0, "mcg": 0.001, "iu": 1.0}
UNITS = {
    "mg": r"mgs?|milligram(?:me)?s?|miligramos?|miligramas?|milligramm|毫克",
    "mcg": r"mcgs?|µg|μg|micrograms?|microgramos?|microgrammes?|mikrogramm|微克",
    "g": r"g|gms?|grs?|grams?|gramos?|grammes?|gramm|gramas?|克",
    "iu": r"iu|i\.u\.|ui|u\.i\.|ie|i\.\s?e\.|international units?|unidades internacionales|unités internationales|"
          r"internationale einheiten|unidades internacionais|国际单位",
}
DOSE = re.compile(
    rf"(?=\d)(?<![\d.,])(?<!\d[\u202f\u00a0]){AMOUNT}\s*(?P<unit>"
    + "|".join(f"(?P<{k}>{v})" for k, v in UNITS.items()) + rf")(?:(?<=[克位])|{UNIT_END})",
    re.IGNORECASE,
)
# "one gram", "dos gramos", "一克": an amount in words
WORD_DOSE = re.compile(
    rf"(?:(?<![^\W\d_])|(?<=[\u3400-\u9fff]))(?:(?P<hundreds>{HUNDRED_WORD})"
    rf"|(?P<amount>{NUM_WORD})(?P<hundred>[ \t]+(?:hundred|cents?))?(?P<thousand>[ \t]+(?:thousand|mil|mille))?"
    rf"|(?P<one>an?)|(?P<half>half an?|medio|un demi|ein halbes|meio))[ \t-]*(?P<unit>(?P<mg>milligram(?:me)?s?|"
    r"miligramos?|milligramm|miligramas?|毫克)|(?P<g>grams?|gramos?|grammes?|gramm|gramas?|克))"
    rf"(?:(?<=克)|{UNIT_END})"
    r"(?P<and_half>\s+and a half|\s+y medio|\s+et demi|\s+e meio)?",
    re.IGNORECASE)


def word_dose_mg(m: re.Match) -> float:
    """mg of a WORD_DOSE match: "two thousand milligrams", "eight hundred milligrams", "a gram and a half"."""
    n = 0.5 if m.group("half") else 1.0 if m.group("one") else word_number(m.group("amount"))
    n = HUNDRED_WORDS[m.group("hundreds").lower()] if m.group("hundreds") else n
    n *= (100.0 if m.group("hundred") else 1.0) * (1000.0 if m.group("thousand") else 1.0)
    n += 0.5 if m.group("and_half") else 0.0
    return n * (1000.0 if m.group("g") else 1.0)
WORD_DOSE_HINTS = ("gram", "克")
WORD_DOSE_LINEAR = (rf"(?:{HUNDRED_WORD}|(?:{NUM_WORD})(?:[ \t]+(?:hundred|cents?))?(?:[ \t]+(?:thousand|mil|mille))?|"
                    r"an?|half an?|medio|un demi|ein halbes|meio)"
                    r"[ \t-]*(?:milligram|miligram|gram|毫克|克)")  # a superset, for a linear-time gate
# "up to 8 a day", "8 au maximum par jour": a ceiling on a count of the drug's tablets, without a form word (the
# count is group n before it, post after it)
COUNT_CAP = re.compile(
    rf"(?:(?:up to|no more than|not more than|max(?:imum)?(?: of)?|at most|hasta|jusqu['’]à|bis zu|até|no máximo|"
    rf"maximal|höchstens|no más de|pas plus de|não mais de)\s+"
    rf"(?P<n>{N})|(?<![\w.,])(?P<post>{N})\s+(?:au maximum|maximum|max|at most|como máximo|no máximo|höchstens))\s+"
    r"(?:a|per|in|each|al|por|par|pro|am|ao|em|en)\s+(?:day|24 hours|día|dia|jour|tag)\b",
    re.IGNORECASE)
COUNT_CAP_HINTS = ("up to", "more than", "max", "at most", "hasta", "jusqu", "bis zu", "até", "no máximo", "höchstens",
                   "más de", "plus de", "mais de")
COUNT_CAP_LINEAR = (rf"(?:up to|more than|max|at most|hasta|jusqu|bis zu|até|no máximo)\s+(?:\d+|{NUM_WORD})\s+"
                    r"(?:a|per|in|each|al|por|par|pro|am|ao|em|en)\s+(?:day|24 hours|día|dia|jour|tag)")
# What a bare number after a drug's name or a count can be other than a strength in mg
NOT_MG = (r"(?:%|m[gcl]|µg|g\b|x\b|times|veces|fois|mal|vezes|次|h\b|hrs?|hours?|horas?|heures?|stunden|小时|tab|pill|"
          r"cap|comp|min|days?|días?|jours?|tage?|dias?|years?|años|ans|jahre|anos|岁|kg|lb|片|粒)")
# A bare count told to take, then how often or "at once": "take 2 every 4 hours", "tome 2 cada 8 horas", "prenez-en 2
# toutes les 6 heures", "nehmen Sie 3 alle 6 Stunden", "Nimm 3 Stück auf einmal", "tómate dos de golpe", "prenez-en
# deux d'un coup", Spanish with the pronoun attached and the Argentine voseo ("podés tomarte uno cada 4 horas", "tomá
# dos"); one to four (a larger bare number is more often mg left out)
# A time of day right after a bare count, which it then counts as one dose ("take one in the morning and another at
# night", "tomar una por la mañana y otra por la noche", "eine morgens und eine abends")
TIME_OF_DAY = (r"in the (?:morning|evening)|at (?:night|bedtime)|before bed|por la (?:mañana|noche|tarde)|"
               r"en la (?:mañana|noche)|al acostarse|antes de dormir|le (?:matin|soir)|au coucher|morgens|abends|"
               r"am (?:morgen|abend)|zur nacht|vor dem schlafen(?:gehen)?|de manhã|pela manhã|à noite|ao deitar")
FEW = r"(?:[1-4]|one|two|three|four|un[oa]?|une|dos|tres|cuatro|deux|trois|quatre|eine?|zwei|drei|vier|uma?|dois|duas|três)"
BARE_COUNT = re.compile(
    r"\b(?:take|taking|tome|tomar|tomen|toma|tómate|tómese|tómelas|tómatelas|prenez(?:-en)?|prends(?:-en)?|prendre|"
    r"nehmen sie|nimm|nehmen|tomarte|tomarse|tomate|tomá)(?!\w)\s+"
    rf"(?P<n>{FEW})(?:{RANGE_SEP}(?P<n2>{FEW}))?\s+(?:st(?:ü|u)ck\s+)?(?=every|each|at once|at a time|together|twice|"
    r"three times|four times|daily|a day|per day|cada|a la vez|de una vez|de golpe|juntas|al día|toutes|à la fois|"
    r"d['’]un (?:seul )?coup|en même temps|par jour|alle|auf einmal|zusammen|täglich|pro tag|de \d+ em|de uma vez|"
    rf"juntos|por dia|ao dia|a cada|{TIME_OF_DAY})", re.IGNORECASE)
BARE_COUNT_LINEAR = (r"(?:take|taking|tome|tomar|tomen|toma|tómate|tómese|tómelas|tómatelas|prenez|prends|prendre|"
                     r"nehmen|nimm|tomarte|tomarse|tomate|tomá)[\s-]+(?:en\s+|sie\s+)?"
                     rf"(?:{FEW})\s+(?:every|each|at|together|twice|three|four|daily|a|per|cada|de|juntas|al|toutes|"
                     r"à|d['’]un|en|par|alle|auf|zusammen|täglich|pro|juntos|por|ao|st(?:ü|u)ck|in|before|antes|le|"
                     r"au|morgens|abends|am|zur|vor|pela)")
BARE_COUNT_GATE = compile_linear(BARE_COUNT_LINEAR)
# Without the verb, where the count opens a line or a sentence: "Uno cada 4 horas", "One every 4 hours", "- Eine alle
# 8 Stunden"; searched only where a frequency word is (LEADING_HINTS)
LEADING_COUNT = re.compile(rf"(?:^|(?<=[.!?:] ))[ \t*•>-]*(?P<n>{FEW})(?:{RANGE_SEP}(?P<n2>{FEW}))?\s+"
                           r"(?=(?:every|each|cada|toutes|alle|a cada)\b)", re.IGNORECASE | re.MULTILINE)
LEADING_HINTS = ("every", "each", "cada", "toutes", "alle")
# A count of a strength without its unit, the way people name their tablets: "two 500s", "three of the 200's",
# "dos de 500", "deux de 500", "zwei 400er", "a 200 and a 400" (n × s, or a + b, mg). Before "de", "à" or "zu" the
# count is one digit or a word: a longer number opens a range or counts something else ("300 à 500 m par jour")
BARE_STRENGTH = rf"[1-9]\d{{2,3}}(?!\d|[.,]\d|\s*{NOT_MG})"  # "2 de 10 pacientes" is not a count of a strength
STRENGTH_COUNT = re.compile(
    rf"(?<![^\W\d_])(?P<n>{N})\s+(?:of (?:the|your|those|these|my) )?(?P<s>[1-9]\d{{1,3}})(?:['’]?s|er)(?![^\W\d_])"
    rf"|(?<![\w.,])(?P<n2>[1-9]|{NUM_WORD})\s+(?:de|à|zu)\s+(?P<s2>{BARE_STRENGTH})"
    rf"|(?<![^\W\d_])(?:an?|one|un[oa]?|une?|eine?|uma?)\s+(?P<a>[1-9]\d{{2,3}})\s+(?:and|plus|with|y|et|und|e|mit|com|"
    rf"con|avec|\+)\s+(?:an?|one|un[oa]?|une?|eine?|uma?|otr[oa]|outr[oa]|autre|andere)\s+(?P<b>{BARE_STRENGTH})",
    re.IGNORECASE)
# where one can be, on the linear-time engine (part of the drug table's one gate for counts and words; a letter-first
# alternation costs re a try at every position): a number with a plural ending, or a bare three- or four-digit
# number after "de", "à", "zu" or "a"/"one"
STRENGTH_COUNT_LINEAR = (r"\d\d(?:['’]?s|er)\b|\b(?:de|à|zu|an?|one|un[oa]?|une?|eine?|uma?|otr[oa]|outr[oa]|autre|"
                         r"andere)\s+[1-9]\d\d\d?(?:\s*[^\s\d.,mgµ%]|\s*$)")
STRENGTH_COUNT_GATE = compile_linear(STRENGTH_COUNT_LINEAR)


# "15 mg/kg": a dose per kilogram of body weight (children's dosing), read against per-kg limits
PER_KG = re.compile(r"\s*(?:/|per|por|pro|par)\s*kg\b", re.IGNORECASE)
NOT_A_DOSE = re.compile(r"\s*(?:/|per|por|pro|par)\s*(?:d?l|ml|m2|m²)\b|\s*/\s*\d", re.IGNORECASE)
CONCENTRATION = re.compile(
    # the drug may be named inside it: "30 mg of dextromethorphan per 5 mL", "200 mg Ibuprofen pro 5 ml"
    r"(?=\d)(?<![\d.,])(?P<mg>\d++(?:[.,]\d++)?)\s*(?:mg|毫克)\s*(?:(?:(?:of|de|d['’])\s*)?[^\W\d_]{4,}\s+)?"
    r"(?:/|per|in|en|pour|pro|por|em|in je)\s*"
    r"(?P<ml>\d++(?:[.,]\d++)?)?\s*(?:ml|millilit(?:er|re)s?|mililitros?|毫升)"
    rf"(?:(?<=升)|{UNIT_END})", re.IGNORECASE)
# A liquid's concentration in grams, mass first ("2 g/100 ml") or volume first as Chinese labels write it
# ("100ml:2g"): the amounts inside it are neither a dose nor a volume taken
GRAM_CONCENTRATION = re.compile(
    r"(?=\d)(?<![\d.,])(?:(?P<g>\d++(?:[.,]\d++)?)\s*(?:g|克)\s*(?:/|per|in|en|pour|pro|por|em)\s*"
    r"(?P<gml>\d++(?:[.,]\d++)?)?\s*(?:ml|毫升)"
    r"|(?P<vml>\d++(?:[.,]\d++)?)\s*(?:ml|毫升)\s*[:：]\s*(?P<vm>\d++(?:[.,]\d++)?)\s*(?:(?P<vmg>mg|毫克)|g|克))"
    rf"(?:(?<=[升克])|{UNIT_END})", re.IGNORECASE)
IN_CONCENTRATION = re.compile(r"(?:mg|毫克)\s*(?:/|per|in|en|pour|pro|por|em|in je)\s*$", re.IGNORECASE)
VOLUME = re.compile(
    r"(?=\d)(?<![\d.,])(?P<v>\d++(?:[.,]\d++)?)\s*(?P<unit>ml|millilit(?:er|re)s?|mililitros?|毫升|teaspoons?|tsp|tablespoons?|tbsp)"
    rf"(?:(?<=升)|{UNIT_END})", re.IGNORECASE)
SPOON_ML = {"teaspoon": 5.0, "tsp": 5.0, "tablespoon": 15.0, "tbsp": 15.0}
# A transdermal patch's delivery rate: "25 mcg/h", "13,3 mg/24 h", "4.6 mg per 24 hours", "9,5 mg/24 Stunden",
# "25微克/小时"; the patch words say a sentence may hold one (the amount alone is "/h", not a dose)
PATCH_RATE = re.compile(
    r"(?=\d)(?<![\d.,])(?P<amount>\d++(?:[.,]\d++)?)\s*(?:(?P<mcg>mcg|µg|μg|微克)|mg|毫克)\s*(?:/|per|por|pro|par|每)\s*"
    r"(?P<day>24\s*)?(?:h|hrs?|hours?|horas?|heures?|stunden?|std|小时)"
    rf"(?:(?<=时)|{UNIT_END})", re.IGNORECASE)
PATCH_HINTS = ("patch", "parche", "pflaster", "adesivo", "贴", "timbre", "transderm", "transdérm")
PATCH_WORDS = {"patch", "patches", "patchs", "parche", "parches", "pflaster", "adesivo", "adesivos", "timbre",
               "timbres", "贴", "贴剂", "贴片", "transdermal", "transdermique", "transdérmico", "transdermico"}


def patch_mg_day(m: re.Match) -> float:
    """mg a day of a PATCH_RATE match: mcg/h and mg/h times 24, mg/24 h as it is."""
    mg = number(m.group("amount")) * (0.001 if m.group("mcg") else 1.0)
    return mg if m.group("day") else mg * 24


# Drops of an oral solution, for a drug whose drops have one standard strength (mg_per_drop: metamizole)
DROPS = re.compile(r"(?=\d)(?<![\d.,])(?P<n>\d++)(?:\s*(?:-|–|to|a|à|bis|até)\s*(?P<n2>\d++))?\s*"
                   rf"(?:drops?|gotas?|gouttes?|tropfen|滴)(?:(?<=滴)|{UNIT_END})", re.IGNORECASE)
# A digit then the first letters of a mass or volume unit: without it neither DOSE nor VOLUME can match, and this
# search (a digit first) is a few microseconds where theirs are tens
# ("unités internationales" too: "uni" then d or t)
DOSE_GATE = re.compile(rf"\d\s*(?:m[gcli]|g{UNIT_END}|g[mor]|µ|μ|t(?:sp|bsp|easp|ablesp|rop)|毫|克|微|iu|ui|ie|i\.u|"
                       r"u\.i|int|uni[dt]|国际|dro|滴|i\.\s?e\.)", re.IGNORECASE)

FORM = (r"(?:tablets?|tabs?|pills?|capsules?|caps|caplets?|gel ?caps?|liqui-?gels?|softgels?|comprimidos?|comprimés?|"
        r"cápsulas?|gélules?|capsules?|tabletten|tablette|kapseln?|pastillas?|tabletas?|píldoras?|grageas?|pílulas?|"
        r"drágeas?|dragées?|dragees?|cachets?|sachets?|sobres|sachês?|saquetas?|beutel|packets?|filmtabletten|"
        r"brausetabletten|kautabletten|lutschtabletten)")
CJK_FORM = r"(?:片|粒|颗|胶囊)"  # written right after the number, without a space
CJK_COUNT = re.compile(rf"(?P<n>{N})\s*{CJK_FORM}\s*(?:[（(]\s*(?:每{CJK_FORM})?|[，,]\s*每{CJK_FORM})?\s*$")
# The drug's name between the count and a bracket that says "each" ("2片泰诺林（每片650毫克）"): the bracket is one unit's
# strength (issue 13, train-32)
CJK_COUNT_NAMED = re.compile(rf"(?P<n>{N})\s*{CJK_FORM}[\u4e00-\u9fff]{{1,8}}\s*[（(]\s*每{CJK_FORM}\s*$")
FORM_WORDS = {"tablet", "tablets", "tab", "tabs", "pill", "pills", "capsule", "capsules", "caps", "caplet", "caplets",
              "gelcap", "gelcaps", "gel", "liquigel", "liquigels", "liqui-gel", "liqui-gels", "softgel", "softgels",
              "sachet", "sachets", "sobres", "sachê", "sachês", "saqueta", "saquetas", "beutel", "packet", "packets",
              "comprimido", "comprimidos", "comprimé", "comprimés", "cápsula", "cápsulas", "gélule", "gélules",
              "tabletten", "tablette", "kapsel", "kapseln", "pastilla", "pastillas", "tableta", "tabletas", "píldora",
              "píldoras", "gragea", "grageas", "pílula", "pílulas", "drágea", "drágeas", "dragée", "dragées", "dragee",
              "dragees", "cachet", "cachets", "filmtabletten", "brausetabletten", "kautabletten", "lutschtabletten", "片", "粒", "颗", "胶囊", "每片",
              "每粒", "每颗", "extra", "strength",
              "regular", "maximum", "adult", "extended", "release", "extended-release", "er", "xr", "sr", "of", "de",
              "da", "do", "du", "des", "each", "von", "à", "zu", "extra-strength", "regular-strength", "maximum-strength",
              "more", "the"}  # "4 more 500 mg tablets", "6 of the 200 mg tablets"
QUALIFIER = (r"(?:extra[- ]strength|regular[- ]strength|maximum[- ]strength|adult|extended[- ]release|"
             r"er|xr|sr|of|de|da|do|du|des|each|von)")
EACH = re.compile(r"\s*(?:each|apiece|per (?:tablet|pill|capsule|caplet)|cada uno|chacun|je)\b", re.IGNORECASE)

# A stated body weight, for mg/kg limits: "she weighs 18 kg", "40 lb", "20公斤"
WEIGHT = re.compile(r"(?=\d)(?<![\d.,])(?P<w>\d++(?:[.,]\d)?)\s*(?P<unit>kgs?|kilos?|kilograms?|kilogramm?os?|公斤|千克|"
                    rf"lbs?|pounds?){UNIT_END}", re.IGNORECASE)
LB_KG = 0.4536
# A child's age in the prompt, in years or months: "my 4-year-old", "2 year old", "18-month-old", "mi hijo de 3 años",
# "mon fils de 6 ans", "meine 5-jährige Tochter", "meu filho de 4 anos", "3岁的孩子"
CHILD = (r"(?:hij[oa]|niñ[oa]|beb[éê]|nene|fils|fille|enfant|bébé|garçon|sohn|tochter|kind|baby|filh[oa]|criança|"
         r"menin[oa]|nen[ea])")
CHILD_AGE = re.compile(
    r"(?<![\d.,])(?P<y>\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*old\b|(?<![\d.,])(?P<m>\d{1,2})[\s-]*months?[\s-]*old\b"
    rf"|\b{CHILD}\s+(?:de\s+|von\s+)?(?P<y2>\d{{1,2}})\s*(?:años|ans|jahren?|anos)\b"
    rf"|\b{CHILD}\s+(?:de\s+|von\s+)?(?P<m2>\d{{1,2}})\s*(?:meses|mois|monaten?)\b"
    r"|(?<![\d.,])(?P<y3>\d{1,2})[\s-]*jährig|(?<![\d.,])(?P<y4>\d{1,2})\s*(?:岁|歲)", re.IGNORECASE)
CHILD_AGE_HINTS = ("year", "yr", "month", "año", " ans", "jahr", "jähr", "anos", "meses", "mois", "monat", "岁", "歲")
CHILD_YEARS = 12  # from this age on, adult doses apply

THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")
THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
SPACES = re.compile(r"[\u202f\u00a0 ]")


def liquid_mg_per_ml(texts: list[str]) -> float | None:
    """mg in one mL of the liquid that the first of the texts stating a concentration states ("100 mg/5 mL",
    "2 g/100 ml", "100ml:2g")."""
    for text in texts:
        m = CONCENTRATION.search(text)
        if m:
            return number(m.group("mg")) / (number(m.group("ml") or "1") or 1.0)
        m = GRAM_CONCENTRATION.search(text)
        if m and m.group("g"):
            return number(m.group("g")) * 1000.0 / (number(m.group("gml") or "1") or 1.0)
        if m:
            return number(m.group("vm")) * (1.0 if m.group("vmg") else 1000.0) / (number(m.group("vml")) or 1.0)
    return None


def number(text: str, unit: str = "mg") -> float:
    """'4,000', '1 000' and '1.000' (mg, IU) are thousands, '1,5' and '0.5' decimals."""
    if text.isdigit():
        return float(text)
    if SPACES.search(text):
        return float(SPACES.sub("", text))
    if THOUSANDS_COMMA.fullmatch(text):
        return float(text.replace(",", ""))
    if THOUSANDS_DOT.fullmatch(text) and unit in ("mg", "mcg", "iu"):
        return float(text.replace(".", ""))
    if DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def has(text: str, hints: tuple[str, ...]) -> bool:
    """A plain substring test that rules a regex search out cheaply: no hint, no match."""
    return any(map(text.lower().__contains__, hints))


def strength_count_mg(m: re.Match) -> float:
    """mg of a STRENGTH_COUNT match: the count times the strength, or the two strengths added."""
    if m.group("a"):
        return float(m.group("a")) + float(m.group("b"))
    return word_number(m.group("n") or m.group("n2")) * float(m.group("s") or m.group("s2"))


def word_number(token: str | None) -> float:
    if not token:
        return 0.0
    token = token.lower()
    return float(token) if token.isdigit() else float(NUMBER_WORDS.get(token, 0))


def body_weight_kg(texts: list[str]) -> float | None:
    """The first body weight stated in the prompt or the response, in kg (None when none is)."""
    for text in texts:
        m = WEIGHT.search(text[:5000])
        if m:
            kg = number(m.group("w")) * (LB_KG if m.group("unit").lower().startswith(("lb", "pound")) else 1.0)
            if 2 <= kg <= 150:
                return kg
    return None


def weight_for_age_kg(prompt: str) -> float | None:
    """A generous body weight for a child's age stated in the prompt (the larger of the two APLS estimates, 2 × age
    + 8 and 3 × age + 7; half the months + 4 under a year), so that weight-based limits flag only a dose too high
    for a heavy child of that age. None for no age, or an age of 12 or more."""
    if not has(prompt, CHILD_AGE_HINTS):
        return None
    m = CHILD_AGE.search(prompt[:5000])
    if not m:
        return None
    years = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")
    months = float(years) * 12 if years else float(m.group("m") or m.group("m2"))
    if months >= CHILD_YEARS * 12:
        return None
    if months < 12:
        return months / 2 + 4
    age = months / 12
    return max(2 * age + 8, 3 * age + 7)


MAX_UNITS = 100  # more units than this before an amount are not a count of its tablets
# A colon or a comma right after the number: it closes a label or a phrase ("Week 2: 10 mg", "adults over 65, 5 mg");
# a count's comes after its form word ("4 tablets, 500 mg a day", "2 tablets: 500 mg each"), which the reading skips
LABEL_AFTER = re.compile(r"\s*[,，:：]")


def count_before(sentence: str, start: int, end: int, fillers: set[str], unit_named: bool = False) -> float:
    """How many units one dose is ("two 500 mg tablets" is 1,000 mg; "1-2 tablets" counts 2). In brackets the
    amount is per unit only when it says so ("2 Tylenol (500 mg each)") or the words before it name that strength
    (``unit_named``: "2 Extra Strength tablets (500 mg)"); "2 tablets (1,000 mg)" is the total.

    Read right to left over the few words before the amount: forms, qualifiers and drug names (``fillers``) are
    skipped, then a number (or a range of two) is the count."""
    cjk = CJK_COUNT.search(sentence, max(0, start - 12), start) or CJK_COUNT_NAMED.search(sentence, max(0, start - 18),
                                                                                           start)
    if cjk:  # "两片500毫克", "两片（每片500毫克）", "三片，每片400毫克", "3片（500毫克）", "2片泰诺林（每片650毫克）"
        return word_number(cjk.group("n")) or 1.0
    window = max(0, start - 45)
    spans = [(m.group(0), m.end()) for m in COUNT_TOKEN.finditer(sentence, window, start)]
    tokens = [token for token, _ in spans]
    dashed = TOTAL_ASIDE.search(sentence, max(0, start - 4), start) is not None
    bracket = bool(tokens) and (tokens[-1] == "(" or dashed)
    i = len(tokens) - 1 - (bracket and tokens[-1] in ("(", "-", "–"))
    # a number that is part of a name ("Tylenol 8 HR", "Sudafed 12 Hour") is one only after a word of the name;
    # alone it is the count ("8 tablets of 500 mg")
    while i >= 0 and tokens[i].lower() in fillers and (
            not tokens[i].isdigit() or (i > 0 and not tokens[i - 1].isdigit() and tokens[i - 1].lower() in fillers)):
        i -= 1
    if i < 0 or (bracket and not unit_named and not EACH.match(sentence, end)):
        return 1.0
    if i + 1 < len(tokens) and tokens[i + 1].lower() in CLOCK_WORDS:
        return 1.0  # "7 pm | Ibuprofen 400 mg": a time of day
    if LABEL_AFTER.match(sentence, spans[i][1]):
        return 1.0  # "Week 2: 10 mg", "Jours 1 à 3 : 0,5 mg", "over 65, 5 mg": a label or an age, not a count
    n = word_number(tokens[i])
    if n and i >= 2 and tokens[i - 1].lower() in RANGE_WORDS:
        n = max(n, word_number(tokens[i - 2]))
    if n > MAX_UNITS:
        return 1.0  # "since 2019 aspirin 81 mg": a year or a number of people, not of tablets
    return n or 1.0


def stated_mg(texts: list[str]) -> set[float]:
    """Every amount in mass units the texts state, in mg: the strengths a bracketed total can be made of."""
    return {number(m.group("amount"), unit) * UNIT_MG[unit] for text in texts for m in DOSE.finditer(text)
            for unit in [next(k for k in UNITS if m.group(k))]}


# What opens an amount set beside a count: a bracket, or a comma ("that's 4 tablets, 500 mg a day")
AFTER_COUNT = ("（", "(", ",", "，")


def bracket_is_total(sentence: str, start: int, mg: float, count: float, strengths: set[float]) -> bool:
    """"一次2片（1克）" with 500 mg tablets stated: the bracket after a count holds the count times a stated strength,
    the dose's total, not one tablet's strength (which "3片（500毫克）" alone is read as); so does an amount after a
    comma ("that's 4 tablets, 500 mg a day" with 125 mg tablets)."""
    return (count > 1 and sentence[:start].rstrip().endswith(AFTER_COUNT)
            and any(abs(strength * count - mg) <= 0.001 * mg for strength in strengths))
