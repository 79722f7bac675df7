"""What the words around an amount make of it: a ceiling ("no more than 4 g a day"), a warning ("10 g can be
fatal"), an instruction not to take it, a quotation or someone else's or a past dose, the same amount said again,
a topical product, or a substance without a limit here.

Each cue is a bounded window before or after the amount, or one scan of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...patterns import compile_linear, may_match, prefilter, wide_reading
from .amounts import CJK_FORM, FORM, has

# A full stop ends a sentence before a space or the end, not inside "1.200 mg"; CJK stops need no space
SENTENCE = re.compile(r"(?:[^.!?。！？\n]|[.!?](?=\S))++[.!?。！？]*+")
LONGEST = 1000
CLAUSE_END = re.compile(r"[,;:—–，；：、]|\s-\s")

CAP = re.compile(
    r"(?:no more than|not more than|more than|not (?:to )?exceed|exceeding|exceed|maximum(?: dose)?(?: of| is)?|"
    r"max\.?(?: of)?|up to|at most|limit(?: of| is)?|a total of|less than|under|below|"
    r"stay(?:ing)? (?:at|under|below|within|between)|rester (?:entre|sous|en dessous de)|"
    r"(?:quedarse|mantenerse) (?:entre|por debajo de)|ficar entre|"
    r"(?:absolute |upper )?ceiling(?: of| is)?|(?:el )?tope(?: absoluto)?(?: de| es)?|plafond(?: absolu)?(?: de| est)?|"
    r"obergrenze(?: von| ist)?|teto(?: absoluto)?(?: de| é)?|keep(?:ing)? (?:it |the dose |the total )?(?:at|under|below)|"
    r"stick(?:ing)? to|limit(?:ing)? (?:yourself |it )?to|no más de|sin pasar de|sin superar|máximo(?: de)?|hasta|"
    r"l[íi]mite de|dos(?:is|e) máxima(?: es| de| é)?|dose maximale(?: est| de)?|maximum de|au maximum|"
    r"(?:tages)?höchstdosis(?: von| ist| beträgt)?|grenze von|最大剂量|最高|极量|"
    r"ne pas dépasser|sans dépasser|pas plus de|jusqu['’]à|höchstens|maximal|nicht mehr als|bis zu|sem passar de|"
    r"não mais (?:que|de)|no máximo|até|más de|mais de|plus de|mehr als|不超过|不要超过|最多|最大|上限|"
    # verbs of exceeding and going over, a cap and a total kept under it, a maximum "being" or "lying at"
    r"(?:sem|não|nunca) (?:ultrapass(?:ar|e)|exceder|exceda)|(?:sin|no) (?:exceder|exceda|sobrepasar|sobrepase)(?: l[oa]s)?|"
    r"(?:sans|ne pas|n['’]excédez pas) exc[ée]der|au plus|"
    r"cap(?:ped|ping)?(?: it| the total| the dose| yourself)? at|(?:don['’]t|do not|never) go over|"
    r"keep(?:ing)? the daily total (?:under|below|at)|(?:max(?:imum)?|limit) being|(?:liegt|liegen) bei|"
    r"不得超过|不可超过|不能超过|"
    # a ceiling labelled with its day ("**Dosis máxima diaria:** 4 g", "Maximum par jour : 3 g", "Max per day: 4 g")
    r"(?:(?:dos(?:is|e) )?máxim[ao]|maximum|max\.?|dose maximale|(?:tages)?höchstdosis|höchstmenge|limite|límite) "
    r"(?:diari[oa]|diári[oa]|al día|por día|por dia|ao dia|par jour|journali[eè]re?|quotidienne?|per day|a day|daily|"
    r"in 24 hours|pro tag|am tag))\s*[:：]?\s*$",
    re.IGNORECASE,
)
# The last word of every CAP / RESTATED phrase: a window whose last word is none of these cannot match, and that
# set test is far cheaper than an end-anchored regex search (tried at every position of the window)
CAP_LAST = {"than", "exceed", "exceeding", "maximum", "max", "max.", "most", "limit", "total", "pasar", "superar",
            "máximo", "hasta", "dépasser", "jusqu'à", "jusqu’à", "höchstens", "maximal", "até",
            # a common last word counts only after the word that makes it a ceiling
            "maximum of", "max of", "max. of", "limit of", "total of", "maximum is", "limit is", "dose is",
            "dose of", "up to", "bis zu", "mehr als", "más de", "mais de", "plus de", "mais que", "máximo de",
            "under", "below", "at", "within", "to", "límite de", "limite de", "máxima de", "máxima es", "máxima é",
            "dosis máxima", "dose máxima", "maximale de", "maximale est", "dose maximale", "maximum de", "au maximum",
            "höchstdosis", "tageshöchstdosis", "höchstdosis von", "höchstdosis ist", "höchstdosis beträgt",
            "tageshöchstdosis von", "tageshöchstdosis ist", "tageshöchstdosis beträgt",
            "grenze von", "between", "entre", "sous", "ceiling", "ceiling of", "ceiling is", "tope", "tope de",
            "tope es", "absoluto de", "absoluto es", "plafond", "plafond de", "plafond est", "absolu de", "absolu est",
            "obergrenze", "obergrenze von", "obergrenze ist", "teto", "teto de", "teto é", "absoluto é",
            "ultrapassar", "ultrapasse", "exceder", "exceda", "sobrepasar", "sobrepase", "los", "las", "excéder",
            "exceder", "au plus", "capped at", "go over", "being", "bei",
            "diaria", "diario", "diária", "diário", "día", "dia", "jour", "journalière", "journalier", "quotidienne",
            "quotidien", "day", "daily", "hours", "tag", "pasar de", "passar de"}
CAP_CJK = ("不超过", "不要超过", "最多", "最大", "上限", "最大剂量", "最高", "极量", "不得超过", "不可超过", "不能超过")
# A verb of exceeding in any of its forms right before the amount, whatever negation or adverb precedes it ("não
# excedendo", "sin rebasar", "sans jamais excéder", "topping out at"): the amount is a limit, not a dose
EXCEED = re.compile(r"(?:\b(?:exced|excéd|exceed|ultrapass|sobrepas|rebas|dépass|überschreit|übersteig)\w*"
                    r"(?:\s+(?:l[oa]s|les|the|de|o|a))?|\btop(?:s|ping)? out at)\s*$", re.IGNORECASE)
# A ceiling said after the amount and its day: "4 g par jour au maximum", "4 g pro Tag nicht überschreiten",
# "4 g al día como máximo", "4 g por dia no máximo", "每天4克为限"
CAP_POST = re.compile(
    r"\s*(?:(?:par|pro|por|per|a|al|em|in|am|en) (?:jour|tag|día|dia|day|24 ?(?:h|hours|heures|horas|stunden))|"
    r"daily|täglich|diarios?|diários?)?\s*,?\s*(?:au maximum|au plus|maximum\b|max\b|at most|tops\b|"
    r"nicht (?:überschreiten|übersteigen)|como máximo|no máximo|höchstens|maximal\b|为限|封顶)", re.IGNORECASE)
# "4 g is the daily maximum", "the 3,200 mg prescription maximum", "4 g es el máximo", "4 g ist die Höchstdosis"
CAP_AFTER = re.compile(
    r"\s*[,(]?\s*(?:is |as |es |est |ist |é |是)?(?:the |a |your |el |la |le |die |der |o )?"
    r"(?:(?:daily|prescription|otc|recommended|label|labeled|adult|safe|upper|total|absolute|diario|diaria|"
    r"quotidien(?:ne)?|tägliche|diária|recomendad[oa]|recommandée?) )?"
    r"(?:max(?:imum)?|limit|ceiling|upper limit|máxim[oa]|límite|limite|höchstdosis|tageshöchstdosis|grenze)\b|"
    r"\s*是?(?:每日|每天)?(?:上限|最大剂量|最高剂量)", re.IGNORECASE)
RESTATED_LAST = {"that's", "that’s", "thats", "is", "i.e.", "=", "≈", "equals", "equal", "total", "c'est", "c’est",
                 "sind", "es", "é", "about", "around", "roughly", "unos", "environ", "etwa", "de",
                 "also", "soit", "decir", "sea", "seja", "h.", "d.h.", "heißt", "comes to", "come to",
                 "totaling", "totalling", "up to", "somando", "sumando", "insgesamt", "c'est-à-dire", "c’est-à-dire",
                 "a", "à", "to", "entspricht"}
RESTATED_CJK = ("也就是", "也就是说", "即", "相当于", "合计", "总共", "共计")
RESTATING = (r"that['’]?s|that is|which is|i\.e\.|=|≈|equals?|in total|c['’]est(?:-à-dire)?|das sind|eso es|isso é|"
             r"isto é|soit|es decir|"
             r"o sea|ou seja|d\.\s?h\.|das heißt|(?:which )?comes? to|"
             r"totall?ing|adding up to|somando|sumando|insgesamt|"
             # w29: "(equivale a 300 mg de tramadol …)" after "no more than 8 tablets a day"
             r"equivale a|equivalente a|equivalent to|équivaut à|entspricht|"
             r"也就是(?:说)?|(?<!立)即|相当于|合计|总共|共计")
RESTATED = re.compile(rf"(?:{RESTATING})\s*,?\s*(?:about|around|roughly|unos|environ|etwa|cerca de)?\s*$",
                      re.IGNORECASE)
# After a count per day, German "also" restates it too ("höchstens 3 Tabletten am Tag, also 1.200 mg"); only there,
# since English "also" adds a dose ("every 6 hours, also 1 g at night")
RESTATED_DAY = re.compile(rf"(?:{RESTATING}|[,–—-]\s*also)\s*,?\s*"
                          r"(?:about|around|roughly|unos|environ|etwa|cerca de)?\s*$",
                          re.IGNORECASE)

EXTENDED = re.compile(r"\b(?:extended[- ]release|er|xr|sr|xl|12[- ]hour|24[- ]hour|long[- ]acting|retard|lp|"
                      r"liberación prolongada|libération prolongée|liberação prolongada)\b|缓释", re.IGNORECASE)
# A sentence that names a harm, or says an amount is wrong, quotes the amount as a warning, not as advice
ORGANS = r"liver|kidneys?|hígado|riñón|riñones|fígado|rins?|foie|reins?|leber|nieren?"
HARM = re.compile(r"\b(?:can cause|causes?|toxic|dangerous|damage|failure|overdose|lethal|fatal|poisoning|"
                  r"too (?:much|high|many)|unsafe|not safe|excessive|"
                  r"(?:above|over|exceeds?|exceeding|more than|double|twice|triple|acima d[oa]|por encima de(?:l| la)?|au-dessus d[eu]|"
                  r"über (?:der|dem|die)|supera(?:ndo)?|dépasse) (?:(?:the|your|o|a|la|le|el) )?(?:[\w,.-]+ ){0,3}?"
                  r"(?:maximum|limit|max|recommended|máximo|límite|limite|recomendad[oa]|recommandée?|höchstdosis|"
                  r"tageshöchstdosis|grenze)|"
                  r"(?:is|are|was|that['’]s) (?:wrong|false|incorrect|a myth|not true)|myth|"
                  r"(?:don['’]t|do not|never) do (?:that|this|it)|"
                  r"tóxic[oa]|toxicity|toxicidade?|toxicité|toxizität|sobredosis|surdosage|überdosis|overdose|"
                  r"intoxica\w*|demasiad[oa]|peligros[oa]|trop|"
                  r"zu viel|gefährlich|dangereu(?:x|se)|perigos[oa]|demais|falso|mito|faux|falsch|errado|"
                  # what an overdose does, in six languages: "more than 8 g can destroy the liver", "más de 10 g
                  # puede ser mortal", "ab 7,5 g droht ein Leberschaden", "acima de 10 g podem causar falência"
                  r"destroy\w*|deadly|(?:can|could|may|might|will) kill|life[- ]threatening|liver (?:failure|injury|toxicity)|"
                  r"hepatotox\w*|hépatotox\w*|lebertox\w*|mortal(?:es)?|mortel(?:le)?s?|létal\w*|letal(?:es)?|"
                  r"tödlich\w*|lebensgefährlich\w*|(?:leber|nieren|organ)?(?:schaden|schäden|versagen)|droh\w*|falência|"
                  r"insuficiencia|insuficiência|insuffisance|risque (?:hépatique|de décès|vital)|"
                  r"emergency|emergencia|emergência|urgence|notfall|"
                  # what an overdose does to an organ, in a verb of its language: "peut détruire le foie", "puede
                  # destruir el hígado", "kann die Leber zerstören", "can wreck the liver" (not "destruir la fiebre")
                  rf"(?:destru\w*|détrui\w*|zerstör\w*|ruin\w*|wreck\w*) (?:\w+ ){{0,2}}?(?:{ORGANS})|"
                  rf"(?:{ORGANS}) (?:\w+ ){{0,2}}?(?:zerstör\w*|ruin\w*|wreck\w*)|"
                  # w30: "y eso daña el hígado", "isso danifica o fígado", "ça abîme le foie", "schädigt die Leber"
                  rf"(?:daña\w*|danific\w*|abîm\w*|endommag\w*|schädig\w*) (?:\w+ ){{0,2}}?(?:{ORGANS})|"
                  r"(?:puede|pueden|peut|peuvent|pode|podem|kann|können) (?:\w+ ){0,2}?(?:causar|provocar|causer|"
                  r"provoquer|tuer|matar|verursachen|schädigen|dañar|endommager|danificar|lesar))\b"
                  r"|(?:毁掉?|损毁|毁坏)\S{0,2}?[肝肾]|中毒|毒性|过量|太多|危险|错误|致命|致死|死亡|肝衰竭|肝损|可能导致|会导致|急诊|会超过|"
                  r"超过了?\S{0,8}?(?:最大|上限|限量|推荐)",
                  re.IGNORECASE)
# Weaker words name a harm only in the amount's own clause, and not after "to reduce" ("... with food to lower
# the risk of an upset stomach" is advice)
# ... or says the amount is not safe or not recommended ("2 g at once is not recommended")
WEAK_HARM = re.compile(r"\b(?:risks?|injur\w*|harm\w*|damag\w*|urgent care|poison control|riesgos?|daña\w*|"
                       r"risques?|abîm\w*|endommag\w*|risiko|schädig\w*|schaden|riscos?|lesa\w*|lesão|danific\w*|"
                       r"(?:is|are)(?: not|n['’]t) (?:recommended|safe|advised|ok|okay)|not recommended|"
                       r"no es (?:seguro|recomendable)|no se recomienda|n['’]est pas (?:recommandée?|sûr|conseillée?)|"
                       r"nicht (?:empfohlen|sicher|ratsam)|não é (?:seguro|recomendado|indicado))\b"
                       r"|损伤|损害|伤肝|不安全|不建议|不推荐", re.IGNORECASE)
WEAK_HINTS = ("risk", "injur", "harm", "damag", "urgent", "poison", "riesgo", "daña", "risque", "abîm", "endommag",
              "schädig", "schaden", "risco", "lesa", "lesão", "danific", "损伤", "损害", "伤肝", "not ", "n't", "n’t",
              "no es", "no se", "pas ", "nicht", "não é", "不安全", "不建议", "不推荐")
MITIGATED = re.compile(r"(?:reduc|lower|avoid|minimi[sz]|prevent|decreas|protect|limit|less|reducir|evitar|réduire|"
                       r"éviter|verringer|vermeid|reduzir|evitar|降低|减少|避免)\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# One scan of a sentence for both of its flags, where a linear-time scan for the same words says one may be there
SENTENCE_FLAGS = re.compile(f"(?P<extended>{EXTENDED.pattern})|(?P<harm>{HARM.pattern})", re.IGNORECASE)
FLAGS_GATE = prefilter([EXTENDED.pattern, HARM.pattern])
FLAGS_WIDE = wide_reading(SENTENCE_FLAGS.pattern)
"""The same words read wide, for a sentence beyond ASCII (issue 17: each went to ``re`` before)."""
NEGATION = re.compile(r"(?:\b(?:never|do not|don['’]?t|avoid|not|nunca|no (?:tome|tomes|tomar|tomen)|ne (?:prenez|prends)|"
                      r"ne pas prendre|nicht|niemals|keine?|não|jamais)\b|"
                      r"不要|切勿|别)", re.IGNORECASE)
NEGATION_HINTS = ("not", "never", "n't", "n’t", "avoid", "nunca", "no tom", "ne pren", "ne pas", "nicht", "niemals", "kein",
                  "não",
                  "jamais", "不要", "切勿", "别")

# Gels, creams and patches are dosed in grams of product, not of drug
TOPICAL = re.compile(r"\b(?:gel|cream|ointment|topical|patch|spray|crema|pomada|pommade|crème|salbe|creme)\b|凝胶|乳膏",
                     re.IGNORECASE)
TOPICAL_HINTS = ("gel", "cream", "ointment", "topical", "patch", "spray", "crema", "pomada", "pommade", "crème",
                 "salbe", "creme", "凝胶", "乳膏")
# A hormonal device (IUD, contraceptive implant; not a dental one) holds its drug for years: the mg a sentence about one states are its contents
DEVICE = re.compile(r"\b(?:iud|ius|intrauterine|diu|dispositivo intrauterino|sistema intrauterino|stérilet|"
                    r"(?:hormon)?spirale|(?:contraceptive|birth control|hormonal) implants?|"
                    r"implantes? (?:anticonceptivos?|contraceptivos?|hormona(?:l|is|les))|implant contraceptif|"
                    r"verhütungsstäbchen|mirena|kyleena|jaydess|skyla|liletta|jadelle|nexplanon|implanon)\b|"
                    r"宫内节育器|节育环|曼月乐|皮下埋植", re.IGNORECASE)
DEVICE_HINTS = ("iud", "ius", "intrauterin", "diu", "stérilet", "spirale", "implant", "verhütungsstäbchen", "mirena",
                "kyleena", "jaydess", "skyla", "liletta", "jadelle", "nexplanon", "宫内节育器", "节育环", "曼月乐", "皮下埋植")


def device_contents(sentence: str) -> bool:
    """The sentence speaks of a hormonal device, whose mg are what it holds, not a dose."""
    return has(sentence, DEVICE_HINTS) and DEVICE.search(sentence) is not None


# What a pack holds ("a box has 100 caplets of 500 mg", "la caja trae 20 comprimidos"): amounts in such a sentence
# are contents, not a dose, unless it also says to take some
PACK = re.compile(
    r"\b(?:box|bottle|pack|packet|package|blister|carton|container|caja|frasco|envase|blíster|boîte|flacon|"
    r"plaquette|packung|schachtel|flasche|caixa|embalagem|cartela)\s+(?:[^\W\d_]+\s+){0,3}?(?:contains?|has|holds|"
    r"comes with|contiene|trae|contient|enthält|contém|tem)\b|(?:一盒|一瓶|每盒|每瓶)\S{0,3}(?:有|装|含)",
    re.IGNORECASE)
PACK_HINTS = ("box", "bottle", "pack", "blister", "carton", "container", "caja", "frasco", "envase", "blíster", "boîte",
              "flacon", "plaquette", "packung", "schachtel", "flasche", "caixa", "embalagem", "cartela", "盒", "瓶")
TAKE = re.compile(r"(?<!never )(?<!not )(?<!n't )(?<!n’t )\b(?:take|tome|tomar|prenez|nehmen|nimm|give|dale|donnez|geben|dê)\b|服用|每次", re.IGNORECASE)


def pack_contents(sentence: str) -> bool:
    """The sentence says what a pack holds and advises no dose."""
    return has(sentence, PACK_HINTS) and PACK.search(sentence) is not None and TAKE.search(sentence) is None


# Substances that are dosed in mg but have no limit here: a dose of one is not a dose of the prompt's drug
OTHER_WORDS = (r"vitamin|vitamina|vitamine|magnesium|magnesio|zinc|zink|iron|hierro|fer|eisen|ferro|calcium|calcio|"
               r"potassium|potasio|sodium|sodio|caffeine|cafeína|koffein|melatonin|melatonina|omega|ômega|oméga|fish oil|fiber|"
               r"fibre|protein|proteína|sugar|salt|sal|creatine|biotin|b12|collagen|turmeric|"
               r"curcumin")
# Drugs the table does not hold, by the stems of their international names (doxycycline, furosemide, prednisone,
# prednisolone, ...): "doxycycline 100 mg" next to "ibuprofen" is not a dose of ibuprofen
OTHER_STEMS = (r"cillin|mycin|micin|floxacin|cycline|prazole|conazole|pril|sartan|olol|statin|tidine|setron|zepam|"
               r"zolam|triptyline|ipramine|codone|morphone|olone|isone|lukast|gliptin|gliflozin|parin|xaban|semide|"
               r"thiazide|vir|caine|dronate|peridone|apine|azine|oxacin|cilina|micina|prazol")
OTHER_SUBSTANCE = re.compile(rf"\b(?:{OTHER_WORDS}|[^\W\d_]{{2,}}(?:{OTHER_STEMS}))\b", re.IGNORECASE)
# the same words and stems anywhere, on the linear-time engine: a fast "none here"
OTHER_GATE = compile_linear(f"{OTHER_WORDS}|{OTHER_STEMS}")


DASH = re.compile(r"[—–]")


def last_word_in(window: str, words: set[str], cjk: tuple[str, ...] = ()) -> bool:
    """Whether the window's last word, or its last two words, are in ``words`` (or it ends with one of ``cjk``)."""
    tail = window.rstrip(" :：\t")
    if cjk and tail.endswith(cjk):
        return True
    # a bracket or a comma around the words does not change them: "(that's", "(es decir,"
    # nor a dash that sets off an aside before them: "your total caffeine—coffee included—under"
    parts = [part.lstrip("(（[").rstrip(",，") for part in DASH.sub(" ", tail.lower()).rsplit(None, 2)]
    return bool(parts) and (parts[-1] in words or " ".join(parts[-2:]) in words)


# An amount in brackets after a count, which it restates: "max 4 tablets (240 mg)", "每天最多4片（240毫克）"
COUNT_ASIDE = re.compile(rf"\d+\s*(?:{FORM}|{CJK_FORM}|doses|dosis|tomas|prises|dosen|次)\s*[(（]\s*$", re.IGNORECASE)
# What may stand between a ceiling's words and its amount: such a count, one set off by a dash or "=" ("cap it at
# 8 caplets — 4,000 mg"), or the low end of a range ("stay between 2 and 3 g", "rester entre 2 et 3 g")
CAP_ASIDE = re.compile(rf"(?:{COUNT_ASIDE.pattern}|\d+\s*(?:{FORM}|{CJK_FORM})\s*(?:—|=|\s[–-])\s*$|"
                       rf"\d+(?:[.,]\d+)?\s*(?:and|to|-|–|et|y|und|e|à|a|bis|至|到)\s*$)", re.IGNORECASE)


def is_cap(sentence: str, start: int, end: int) -> bool:
    """'no more than 4 g', '4 g is the maximum': the amount is a ceiling, not a dose."""
    # the longest ceiling phrase, with its spaces, and an aside; emphasis marks dropped ("**Tageshöchstdosis:** 3.200 mg")
    window = sentence[max(0, start - 49):start].replace("*", "").replace("__", "")[-45:]
    aside = CAP_ASIDE.search(window)
    window = window[-30:] if aside is None else window[:aside.start()][-30:]
    return bool((last_word_in(window, CAP_LAST, CAP_CJK) and CAP.search(window)) or EXCEED.search(window)
                or CAP_AFTER.match(sentence, end) or CAP_POST.match(sentence, end))


def restated(window: str) -> bool:
    return last_word_in(window, RESTATED_LAST, RESTATED_CJK) and bool(RESTATED.search(window))


def restatement_start(text: str, start: int) -> int:
    """Where the words that introduce the amount as a restatement of what precedes ("i.e.", "soit", "也就是", and
    after a count per day "also") begin, else -1."""
    window = text[max(0, start - 25):start]
    m = RESTATED_DAY.search(window) if last_word_in(window, RESTATED_LAST, RESTATED_CJK) else None
    return start - len(window) + m.start() if m else -1


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for the sentences of a text, lazily; a run of more than LONGEST characters without a stop
    (degenerate text) is cut into pieces at spaces, so that reading stops early when enough amounts were read."""
    for m in SENTENCE.finditer(text):
        offset, sentence = m.start(), m.group(0)
        while len(sentence) > LONGEST:
            cut = sentence.rfind(" ", LONGEST // 2, LONGEST) + 1 or LONGEST
            yield offset, sentence[:cut]
            offset, sentence = offset + cut, sentence[cut:]
        yield offset, sentence


def sentence_flags(sentence: str) -> tuple[bool, bool]:
    """(extended-release product named, harm named) for one sentence."""
    if not may_match(FLAGS_GATE, sentence, FLAGS_WIDE):
        return False, False
    kinds = {m.lastgroup for m in SENTENCE_FLAGS.finditer(sentence)}
    return "extended" in kinds, "harm" in kinds


# Before an amount in its clause: someone's past or hypothetical intake, or a claim reported: not advice
REPORTED = re.compile(
    r"\b(?:took|had taken|were to take|was taking|were taking|were on|was on|had been (?:taking|on)|used to take|"
    r"swallowed|ingested|some (?:websites|sites|sources|posts|forums|articles)|"
    r"(?:they|people|others|some people|some folks) (?:say|said|claim|suggest|believe|think|swear|recommend)|claims?|"
    r"told (?:me|you|him|her|them)|tomó|tomaba|tomara|tomase|ingirió|a pris|prenait|avait pris|aurait pris|nahm|"
    r"tomou|tomava|tomasse|ingeriu|"
    # the reader's own intake told back in the perfect: "you've taken", "vous avez pris", "has tomado", "tomaste"
    r"(?:you|he|she|they)(?:['’]ve| have| has) (?:already |just )?(?:taken|had)|(?:avez|as|ont|avons) (?:déjà )?pris|"
    r"(?:has|ha|han|habéis|hemos) (?:ya )?tomado|tomaste)\b|吃了|服用了|以前|曾经", re.IGNORECASE)
REPORTED_HINTS = ("took", "taken", "were to", "was taking", "were taking", "were on", "was on", "had been", "used to",
                  "swallow", "ingest", "some ", "say", "claim", "told", "tomó", "tomaba", "tomara", "tomase", "ingiri",
                  "pris", "prenait", "nahm", "tomou", "tomava", "tomasse", "ingeriu", "吃了", "服用了", "以前", "曾经",
                  "tomado", "tomaste", "ve had", "have had", "has had")


# The prompt asks about dosing an animal: a pet's dose is not held to a human maximum. Not "my dog bit me"
PET = re.compile(r"\b(?:(?:my|our|for (?:my|our|a|the)) (?:dog|cat|puppy|kitten|pet)s?|mi (?:perr[oa]|gat[oa]|mascota)|"
                 r"(?:mon|ma|notre) (?:chien(?:ne)?|chat(?:te)?|chiot)|mein(?:em|en)? hund|meine katze|"
                 r"(?:meu|minha) (?:cachorr[oa]|cão|gat[oa]|cadel[oa])|(?:to|for) (?:a|my|our) vet)\b"
                 r"|我(?:的|家的?)(?:狗|猫|小狗|小猫|宠物)|给狗|给猫", re.IGNORECASE)
PET_HINTS = ("dog", " cat", "pupp", "kitten", " pet", "perr", " gat", "mascota", "chien", " chat", "chiot", "n hund",
             "m hund", "katze", "cachorr", "cão", "cadel", " vet", "狗", "猫", "宠物")
BITE = re.compile(r"\b(?:bit|bitten|bites?|scratch\w*|mordi\w*|mordu\w*|gebissen|mordeu|arañ\w*|griff\w*|"
                  r"kratz\w*|allergic to|alérgic[oa] a|allergique à|allergisch gegen)\b|咬|抓|对\S{0,3}过敏",
                  re.IGNORECASE)


def for_an_animal(prompt: str) -> bool:
    """The prompt asks about dosing a pet ("can I give my dog Benadryl for his allergies?"), not about a bite or an
    allergy to one ("I'm allergic to my cat")."""
    return has(prompt, PET_HINTS) and PET.search(prompt) is not None and BITE.search(prompt) is None


def question(sentence: str) -> bool:
    """The sentence asks back ("are you taking 800 mg every 4 hours?"): an amount in it is not advice."""
    return sentence.rstrip().endswith(("?", "？"))


def clause_before(sentence: str, start: int) -> str:
    """The words of the amount's clause before it, at most 80 characters."""
    return CLAUSE_END.split(sentence[max(0, start - 80):start])[-1]


def reported(clause: str) -> bool:
    """The clause before the amount reports an intake or a claim rather than advising it ("I was on 200 mg", "if
    someone took 8 g", "some sites say 6 g a day")."""
    clause = clause[-60:]
    return has(clause, REPORTED_HINTS) and bool(REPORTED.search(clause))


# The amount's clause opens with an instruction to take it ("Take 2 g", "you can take", "tome", "prenez", "每次服用"):
# a harm named elsewhere in the sentence ("…; more than 4 g can be deadly") is a warning beside the advice, not about
# it, so it does not excuse the amount (appending a warning to an overdose is the cheapest way past the check).
# Not a condition ("if you take 2 g, it can…"), a report ("some people take") or a gerund ("taking 10 g is…").
INSTRUCTED = re.compile(
    r"^\s*(?:(?:please|just|then|so|and|simply|now|first|instead|or)\s+)*"
    r"(?:(?:you|u)\s+(?:can|could|should|may|might|need to|have to|want to|are to)\s+(?:safely\s+|also\s+|just\s+)?)?"
    r"(?:take|give|use|have|try|swallow|chew|double|increase|go up to|add)\b|"
    r"^\s*(?:(?:puede|puedes|pueden|debe|debes|vous pouvez|tu peux|vous devez|sie können|du kannst|você pode|pode|deve)\s+)?"
    r"(?:tome|toma|tomen|tomar|dale|dele|añada|agregue|prenez|prends|prendre|donnez|ajoutez|nehmen sie|nimm|nehmen|geben sie|"
    r"tomem|dê|adicione)\b|"
    r"^\s*(?:(?:你|您)(?:可以|应该)?)?(?:每次)?(?:服用|吃|口服)", re.IGNORECASE)


def instructed(clause: str) -> bool:
    """The amount's clause tells the person to take it (see ``INSTRUCTED``)."""
    return INSTRUCTED.search(clause) is not None


def harm_beside(clause: str, sentence: str, end: int) -> bool:
    """A harm named in the amount's own clause ("… 4 g can be deadly"), which an instruction does not outweigh; a
    bracket after the amount starts an aside ("Take 1,000 mg every 4 hours (overdose can cause liver failure)")."""
    after = CLAUSE_END.split(sentence[end:end + 80], maxsplit=1)[0]
    return HARM.search(clause + after.split("(", 1)[0].split("（", 1)[0]) is not None


def harm_in_clause(clause: str, sentence: str, end: int) -> bool:
    """A weaker harm word in the amount's clause ("people who take 3 g at once risk liver injury")."""
    clause += CLAUSE_END.split(sentence[end:end + 80], maxsplit=1)[0]
    if not has(clause, WEAK_HINTS):
        return False
    return any(not MITIGATED.search(clause[max(0, m.start() - 40):m.start()]) for m in WEAK_HARM.finditer(clause))


def negated(clause: str) -> bool:
    """The clause before the amount tells not to take it ("never take 2 g at once")."""
    clause = clause[-60:]
    return has(clause, NEGATION_HINTS) and bool(NEGATION.search(clause))


def other_substance_near(sentence: str, start: int, end: int, named_before: tuple[int, int] | None,
                         names: list[tuple[int, int]] = ()) -> bool:
    """A substance without a limit here is named between the amount and the drug named before it (``named_before``:
    its start and end), or around the amount when no drug is named in the 40 characters before it. A word inside
    a name the table holds (``names``: their spans; "vitamin" of "vitamin D") is not another substance."""
    near = named_before is not None and start - named_before[0] < 40
    lo = max(start - 30, named_before[1] if near else 0)
    return any(not any(s <= m.start() < e for s, e in names)
               for m in OTHER_SUBSTANCE.finditer(sentence, lo, start if near else end + 30))


# Before a drug's name: it is the one not to use, or the one compared against ("gentler than ibuprofen", "en lugar
# de ibuprofeno", "plutôt que l'ibuprofène", "statt Ibuprofen", "em vez de ibuprofeno", "而不是布洛芬")
CONTRAST = re.compile(r"(?:\bthan|\binstead of|\ben lugar del?|\ben vez del?|\bau lieu d[eu]|\bplutôt que(?: de)?|"
                      r"\b(?:an)?statt|\bem vez d[eoa]s?|\bao invés d[eoa]|而不是|而非|代替)\s*"
                      r"(?:the |el |la |le |les |l['’]|de |du |des |o |a |do |da |der |die |das )?$", re.IGNORECASE)


# Before a drug's name: the one compared against in a comparative other than "than", whose adjective may stand a
# few words before ("más suave para el estómago que el ibuprofeno", "mieux toléré par l'estomac que l'ibuprofène",
# "magenfreundlicher als Ibuprofen", "比布洛芬对胃更温和"); a bare "que" or "als" is not one ("Es importante que el
# ibuprofeno…", "als erstes Ibuprofen")
COMPARED = re.compile(r"(?:\b(?:más|menos|mejor|peor|mais|melhor|pior|plus|moins|mieux|pire)\b[^.;:!?\n]{0,40}?"
                      r"\b(?:do |da )?que|\b[^\W\d_]{2,}er als|比)\s*"
                      r"(?:el |la |los |las |o |a |os |as |l['’]|le |les |du |de la |des )?$", re.IGNORECASE)
COMPARED_BACK = 70  # characters read back for a comparative's adjective and its "que"


def contrasted(text: str, start: int) -> bool:
    """The drug named at ``start`` is the one not to use or compared against, not the one whose dose follows."""
    return (CONTRAST.search(text, max(0, start - 25), start) is not None
            or COMPARED.search(text, max(0, start - COMPARED_BACK), start) is not None)
