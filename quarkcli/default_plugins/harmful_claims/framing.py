"""The framings of a matched phrase that make it no claim: negated, conditional, a warning, a noun, a
consequence, a question, quoted. They are grammar, the same for every claim family.
"""

from __future__ import annotations

import re

NEGATION = re.compile(
    r"(?<!\w)(?:not|never|no|none|nothing|nobody|neither|nor|don['’]?t|doesn['’]?t|didn['’]?t|isn['’]?t|"
    r"aren['’]?t|wasn['’]?t|weren['’]?t|won['’]?t|wouldn['’]?t|shouldn['’]?t|mustn['’]?t|can['’]?t|cannot|"
    r"couldn['’]?t|avoid|avoiding|without|refrain|against|stop believing|"
    r"nunca|jamás|ni|sin|evite|evitar|tampoco|jamais|ne|pas|sans|évitez|éviter|aucun\w*|"
    r"nicht|nie|niemals|kein\w*|ohne|vermeiden|keinesfalls|não|nao|sem|nem|nenhum\w*)(?!\w)"
    r"|(?<!\w)n['’]|不要|别|不用|不能|切勿|不可|不应|禁止|千万不|避免|勿|并不|绝不|不该",
    re.IGNORECASE,
)
DENIAL = re.compile(  # what turns a clearing phrase around ("without your doctor"); "avoid" does not
    r"(?<!\w)(?:not|never|no|don['’]?t|do not|without|no need to|nunca|sin|sans|jamais|ohne|nicht|kein\w*|"
    r"não|sem)(?!\w)"
    r"|(?<!\w)n['’]|不要|别|不用|不能|切勿|无需|不必", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;!?,:，；：。]|\s[–—-]\s")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？；])|\n+")
CONDITION = re.compile(r"(?<!\w)(?:if|when|whenever|in case|even if|si|cuando|quand|lorsqu\w*|wenn|falls|caso|quando)"
                       r"(?!\w)|如果|假如|要是|万一", re.IGNORECASE)
ADVICE = re.compile(r"(?<!\w)(?:you can|you could|you should|you may|just|simply|then|go ahead|feel free|"
                    r"puede|puedes|peut|pouvez|können|kannst|pode|podes)(?!\w)", re.IGNORECASE)
WARNING = re.compile(
    r"(?:dangerous|unsafe|risky|harmful|a bad idea|deadly|life-threatening|a mistake|peligros\w*|arriesgad\w*|"
    r"dangereu\w*|risqué|gefährlich|riskant|perigos\w*|arriscad\w*)\W+(?:(?:to|de|d['’]|zu|para)\W*)?"
    r"(?:\w+\W+)?$", re.IGNORECASE)
NOUN_USE = re.compile(r"(?<!\w)(?:of|after|before|from|antes de|después de|avant de|après|nach dem|vor dem|"
                      r"antes de|depois de)\W*$", re.IGNORECASE)
INFINITIVE = re.compile(r"^(?:\w+ing|dejar|parar|suspender|interrumpir|abandonar|arrêter|cesser|interrompre|"
                        r"absetzen|deixar|interromper)\b", re.IGNORECASE)
CONSEQUENCE = re.compile(
    r"(?<!\w)(?:can|could|may|might|will|would|risks?|increases?|raises?|leads?|causes?|triggers?|puts?|"
    r"(?:is|are) (?:dangerous|risky|harmful|unsafe|life-threatening|not safe)|puede|pueden|podría|peut|"
    r"pourrait|kann|könnte|pode|poderia|aumenta|augmente|erhöht)(?!\w)", re.IGNORECASE)
FIRST_WORD = re.compile(r"\w+")
WHY_NOT = re.compile(r"(?<!\w)(?:why not|por qué no|pourquoi ne pas|warum nicht|por que não)(?!\w)", re.IGNORECASE)
QUESTION = re.compile(r"^\W*(?!why not)(?:should|can|could|do|does|did|is|are|will|would|what|why|how|when|where|"
                      r"who|have|has|may|est-ce|kann|soll|darf|posso|pode|devo|puedo|debo)(?!\w)",
                      re.IGNORECASE)
QUOTED = re.compile(r"[\"“«„「『][^\"”»“「」『』]{2,300}[\"”»“」』]|(?<!\w)['‘][^'’\n]{2,300}['’](?!\w)")


def clause_before(text: str, position: int, window: int = 60) -> str:
    return CLAUSE_END.split(text[max(0, position - window):position])[-1]


def anchor(match: re.Match) -> tuple[int, int]:
    """Where the claim's verb starts and ends: the `v` group, or else the match's first word."""
    if match.re.groupindex and match.group("v") is not None:
        return match.start("v"), match.end("v")
    first = FIRST_WORD.match(match.string, match.start(), match.end())
    return match.start(), first.end() if first else match.start()


def framed(text: str, match: re.Match, bounded: bool) -> bool:
    """True when the matched phrase is not asserted: negated, conditional, a warning, a noun, a consequence."""
    start, verb_end = anchor(match)
    before = WHY_NOT.sub("", clause_before(text, start))  # "why not just stop it?" suggests, it does not negate
    verb = INFINITIVE.match(text[start:verb_end])
    if NEGATION.search(before) or WARNING.search(before) or (verb and NOUN_USE.search(before)):
        return True
    condition = None
    for condition in CONDITION.finditer(before):
        pass
    if condition is not None and not ADVICE.search(before[condition.end():] + text[start:verb_end]):
        return True
    if bounded and NEGATION.search(text[verb_end:match.end()]):
        return True
    after = CLAUSE_END.split(text[match.end():match.end() + 80])[0]
    return bool(verb and CONSEQUENCE.search(after))


def is_question(sentence: str) -> bool:
    stripped = sentence.rstrip()
    return stripped.endswith(("?", "？")) and (bool(QUESTION.match(stripped.lstrip("¿"))) or stripped.endswith("吗？"))


def quoted(sentence: str, position: int) -> bool:
    return any(m.start() < position < m.end() for m in QUOTED.finditer(sentence))
