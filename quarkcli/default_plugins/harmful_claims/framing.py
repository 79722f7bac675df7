"""The framings of a matched phrase that make it no claim: negated, conditional, a warning, a noun, a
consequence, a question, quoted. They are grammar, the same for every claim family.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

NEGATION = re.compile(
    r"(?<!\w)(?:not|never|no|none|nothing|nobody|nowhere|neither|nor|don['’]?t|doesn['’]?t|didn['’]?t|isn['’]?t|"
    r"aren['’]?t|wasn['’]?t|weren['’]?t|won['’]?t|wouldn['’]?t|shouldn['’]?t|mustn['’]?t|can['’]?t|cannot|"
    r"couldn['’]?t|hasn['’]?t|haven['’]?t|hadn['’]?t|avoid|avoiding|without|refrain|against|stop believing|"
    r"nunca|jamás|ni|sin|evite|evitar|tampoco|jamais|ne|pas|sans|évitez|éviter|aucun\w*|"
    r"nicht|nie|niemals|kein\w*|ohne|vermeiden|keinesfalls|não|nao|sem|nem|nenhum\w*)(?!\w)"
    r"|(?<!\w)n['’]|不要|别|不用|不能|切勿|不可|不应|禁止|千万不|避免|勿|并不|绝不|不该|不建议|不推荐|不宜|不提倡|"
    r"不主张|不鼓励|"
    # "no evidence shows" before a Chinese claim ("没有可靠证据说明这类茶能代替降压药"), as "no evidence that" in the others
    r"(?:没有|尚无|并无|缺乏)[^，。；,]{0,10}?(?:证据|研究|数据|试验)[^，。；,]{0,4}?(?:说明|证明|表明|显示|支持)",
    re.IGNORECASE,
)
DENIAL = re.compile(  # what turns a clearing phrase around ("without your doctor"); "avoid" does not
    r"(?<!\w)(?:not|never|no|don['’]?t|do not|without|no need to|nunca|sin|sans|jamais|ohne|nicht|kein\w*|"
    r"não|sem)(?!\w)"
    r"|(?<!\w)n['’]|不要|别|不用|不能|切勿|无需|不必", re.IGNORECASE)
# A Chinese claim's verb denied inside the match ("疫苗不会导致自闭症", "苹果醋不能代替二甲双胍"): Chinese patterns have no
# word boundaries to anchor a verb on, so the negation sits between the subject and the verb of the match itself.
ZH_DENIED = re.compile(r"(?:不会|不能|不可能|并不|并没有|没有|无法|不可)(?:会|能|可以)?(?:导致|引起|造成|引发|诱发|治愈|治好|"
                       r"根治|治疗|代替|替代|取代|杀死|清除)")
PORTUGUESE_NO = re.compile(r"no", re.IGNORECASE)
LIST_END = re.compile(r"[.;:!?。；：！？]|\s[–—-]\s")
LIST_OR = re.compile(r"(?<!\w)(?:or|nor|ni|ou|oder|o)(?!\w)|或", re.IGNORECASE)
# A Chinese claim that is the subject of its harm ("突然停药血压可能会回升": stopping suddenly, blood pressure may rise).
# Its risk named as a noun ("自行停药风险很大", "有明确风险") or the act called unwise ("不是个好主意") reads alike; a risk
# denied ("停药没有风险") does not.
ZH_CONSEQUENCE = re.compile(r"[^。，！？；,]{0,8}?(?<!不)(?:可能|容易|会|导致|引起|造成|引发|"
                            r"(?<!没有)(?<!无)(?:风险|危险)(?:很|非常|极|较|比较|太)?(?:大|高)|"
                            r"(?<!没)有(?:明确的?|很大的?|一定的?|较大的?|严重的?)?(?:风险|危险)|"
                            r"不是(?:个|一个)?好(?:主意|办法)|不可取|不明智)")
# A Chinese stop as the time of a check or a caution that follows ("停药至少4周后要复查", "停药后7天内不要喝酒"):
# "after stopping", as NOUN_USE reads it in the other languages. Only a check or a caution frames it: what follows
# "停药后" may also be the remedy that replaces the drug ("停药后每天吃两根苦瓜"), the claim itself.
ZH_AFTER = re.compile(r"[^。，！？；,]{0,8}?(?:之后|以后|后)[^。！？；]{0,30}?"
                      r"(?:复查|检查|随访|不要|不能|不宜|别|避免|禁止|注意|观察|监测|风险|反弹|复发|可能|再等|等待|至少)")
# A Chinese stop that is the condition of what follows ("自行停药的话，骨折风险会上升") or a noun of its effects
# ("停药反应比较明显": the discontinuation reaction is marked), not advice to stop.
ZH_CONDITION_OR_NOUN = re.compile(r"(?:的话|反应|症状|综合[征症]|反跳)")
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
# The stop as a noun ("the risks of stopping", "a good starting point for a taper": "für ein Absetzen"), or as the time
# of what follows ("upon stopping", "al dejar", "ao parar", "beim Absetzen", "bei plötzlichem Absetzen": then the
# pressure climbs back), not advice to stop.
NOUN_USE = re.compile(r"(?<!\w)(?:of|after|before|from|upon|antes de|después de|avant de|après|nach dem|vor dem|"
                      r"rather than|en lugar de|en vez de|au lieu de(?: l['’]| les?| la)?|em vez de|no lugar de|"
                      r"antes de|depois de|al|ao|beim?(?: \w+e[nm])?|(?:für|über|vor|nach|mit) (?:ein|das|dem|einem)|"
                      r"zum|vom|fürs)\W*$", re.IGNORECASE)
INFINITIVE = re.compile(r"^(?:\w+ing|dejar|parar|suspender|interrumpir|abandonar|arrêter|arrêt(?!\w)|cesser|"
                        r"interrompre|absetzen|deixar|interromper|reemplazar|sustituir|remplacer|ersetzen|"
                        r"substituir)\b", re.IGNORECASE)
CONSEQUENCE = re.compile(
    r"(?<!\w)(?:can|could|may|might|will|would|increases?|raises?|leads?|causes?|triggers?|puts?|riskier|riskiest|"
    r"(?:is|are) (?:dangerous|risky|harmful|unsafe|life-threatening|not safe)|puede|pueden|podría|peut|"
    r"pourrait|kann|könnte|pode|poderia|aumenta|augmente|erhöht|"
    # what the stop would be or would leave one exposed to ("reviendrait à jouer avec le feu", "leaves you unprotected")
    r"sería|equivaldría|serait|reviendrait|équivaudrait|wäre|würde|seria|equivaleria|"
    r"leaves? (?:you|him|her|them|people|patients|the \w+) (?:unprotected|exposed|at risk|vulnerable|defenceless|"
    r"defenseless)|exposes?|expone|exponen|expose|exposent|exposerait|expõe|expõem|"
    # the harm as a risk noun ("carries a high risk", "conlleva un riesgo"), not a risk denied ("carries no risk")
    r"(?<!no )(?<!zero )(?<!little )risks?|(?<!ningún )(?<!sin )riesgos?|(?<!aucun )(?<!sans )risques?|"
    r"(?<!nenhum )(?<!sem )riscos?)(?!\w)", re.IGNORECASE)
# An aside between a stop and what is said of it ("Stopping lithium, especially suddenly, carries…", "Skipping chemo
# for stage 2 breast cancer, which is often curable, could cost…"): the rest of the stop's clause, then the aside
# between commas, opened by a word that opens one.
ASIDE = re.compile(r"[^,.;:!?]{0,60},\s*(?:which|especially|particularly|even|above all|mainly|sobre todo|"
                   r"especialmente|en especial|incluso|surtout|en particulier|même|vor allem|besonders|gerade|selbst|"
                   r"sobretudo|principalmente|mesmo)(?!\w)[^,.;:!?]{0,60},", re.IGNORECASE)
# A German "statt" whose clause ends in a stop ("statt das Metformin eigenmächtig abzusetzen"): what to do instead of
# stopping, not a replacement of the drug ("statt Metformin zu nehmen" still is one).
DE_INSTEAD_OF_STOPPING = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:abzusetzen|wegzulassen|aufzuhören|abzubrechen|"
                                    r"zu pausieren|zu stoppen)(?!\w)", re.IGNORECASE)
# A German verb denied after its object, at the end of its clause ("ersetzt Ramipril aber nicht"), or after the modal
# that ends a stop put first ("einfach absetzen sollten Sie sie nicht"); "nicht nur" (not only) denies nothing.
DE_CLAUSE_END_DENIAL = re.compile(r"^\s*(?:(?:sollten|sollen|sollte|solltest|dürfen|darf|darfst|müssen|muss|"
                                  r"können|kann)\s+(?:Sie|du|man|ihr|wir|er|sie|es)"
                                  r"(?:\s+(?:sie|ihn|es|das|diese[ns]?))?\s+)?"
                                  r"(?:(?:aber|jedoch|allerdings|leider|natürlich|sicher|definitiv|eben|auch|einfach|"
                                  r"so)\s+)*(?:nicht|keinesfalls|niemals|auf keinen fall)\s*$", re.IGNORECASE)
# What is said of the matched phrase right after it, condemning it ("a water fast is not safe in pregnancy").
CONDEMNED = re.compile(
    r"^\W*(?:(?!(?:that|which|who|because|since|as|and|but|so) )\S+ ){0,5}?(?:(?:is|are|would be|can be|may be) (?:\w+ )?(?:not (?:safe|recommended|advised)|dangerous|unsafe|"
    r"risky|harmful|a bad idea)|(?:is|are)n['’]t (?:safe|recommended|advised)|(?:es|son) (?:peligros\w*|arriesgad\w*)|"
    r"no (?:es|son) segur[oa]s?|no se recomienda|(?:est|sont) (?:dangereu\w*|déconseillée?s?)|n['’](?:est|sont) pas "
    r"(?:sûr|sans danger|recommandé)\w*|(?:ist|sind) (?:gefährlich|nicht sicher|nicht empfohlen)|wird nicht empfohlen|"
    r"(?:é|são) perigos[oa]s?|não (?:é|são) (?:segur|recomendad)[oa]s?|"
    # not a good idea ("isn't a good idea", "não é uma boa ideia", "n'est pas une bonne idée")
    r"(?:is|are|would be)(?: not|n['’]t) (?:a )?(?:good|great|wise|smart) (?:idea|plan|choice|move)|"
    r"no (?:es|sería) (?:una )?buena idea|n['’](?:est|serait) pas (?:une )?bonne idée|"
    r"não (?:é|seria) (?:uma )?boa ideia)(?!\w)", re.IGNORECASE)
FIRST_WORD = re.compile(r"\w+")
WHY_NOT = re.compile(r"(?<!\w)(?:why not|por qué no|pourquoi ne pas|warum nicht|por que não)(?!\w)", re.IGNORECASE)
# "If I were you, …", "No seu lugar, …": the speaker's own advice, neither a condition nor a negation ("no", "si", "se").
IN_YOUR_PLACE = re.compile(r"(?<!\w)(?:if i were you|in your (?:place|shoes)|no (?:seu|teu) lugar|se eu fosse (?:você|tu)|"
                           r"en (?:tu|su) lugar|yo que tú|si yo fuera (?:tú|usted)|à (?:votre|ta) place|si j['’]étais (?:vous|toi)|"
                           r"an (?:ihrer|deiner) stelle)(?!\w)", re.IGNORECASE)
QUESTION = re.compile(r"^\W*(?:(?:q|question|pregunta|frage|pergunta)\s*[:.]\s*)?(?!why not)"
                      r"(?:should|can|could|do|does|did|is|are|will|would|what|why|how|when|where|who|have|has|"
                      r"may|est-ce|kann|soll|darf|posso|pode|devo|puedo|debo)(?!\w)",
                      re.IGNORECASE)
# A question that asserts ("Why keep poisoning yourself with statins?", "Who needs chemo when you have turmeric?").
RHETORICAL = re.compile(
    r"^\W*(?:why (?:(?:would|should|do) (?:you|anyone|we) )?(?:keep|still|ever|bother|risk|poison|pump|fill|"
    r"put|inject|give|let)|who needs|what['’]s the point (?:of|in)|por qué (?:seguir|envenenar|dar|arriesgar)|"
    r"quién necesita|pourquoi (?:continuer|empoisonner|donner|risquer)|qui a besoin|warum (?:noch|weiter|sich|"
    r"vergiften)|wer braucht|por que (?:continuar|envenenar|dar|arriscar)|quem precisa|何必|干嘛还|为什么还要)(?!\w)",
    re.IGNORECASE)
# The sentence after a claim that answers it ("Why not stop it? Because …") or refutes it ("That's a myth.").
ANSWER = re.compile(r"^\W*(?:because|porque|parce que|weil|denn|因为)(?!\w)", re.IGNORECASE)
REBUTTAL = re.compile(
    r"^\W*(?:(?:that|this|it|which|the (?:claim|idea|belief))(?:['’]s| is| was) (?:\w+ )?(?:a myth|false|untrue|"
    r"not true|wrong|nonsense|a lie|incorrect|misinformation|a misconception|debunked|a hoax)|(?:myth|false|not true|"
    r"untrue|wrong|nope|fiction|incorrect)(?!\w)|(?:it|that|they|this) (?:doesn['’]?t|does not|don['’]?t|do not|"
    r"isn['’]?t|is not|won['’]?t|can['’]?t)(?=\s*(?:[.,!:;—–-]|$))|(?:eso |esto )?(?:es )?(?:falso|falsa|mentira|un mito)(?!\w)|"
    r"(?:c['’]est )?(?:faux|un mythe)(?!\w)|(?:das ist |das stimmt nicht|stimmt nicht|falsch)(?!\w)|"
    r"(?:isso )?(?:é )?(?:falso|mentira|um mito)(?!\w)|não é verdade|假的|错|这是谣言|谣言|不对)",
    re.IGNORECASE)
# The answer to a claim asked back ("Sunscreen causes cancer? No, …").
DENIED = re.compile(r"^\W*(?:(?:a|answer|r|respuesta|réponse|antwort|resposta)\s*[:.]\s*)?"
                    r"(?:no|nope|not at all|absolutely not|of course not|non|nein|não|不是|不)(?!\w)", re.IGNORECASE)
# A reported belief answered in its own sentence ("Some parents think …, but studies show …", "…, but that can
# cause a stroke"): enough for a
# response to count as refuting what it reports, not to refute a claim of its own.
CONTRAST = re.compile(
    r"\bbut (?:in (?:fact|reality)|actually|research|studies|the (?:evidence|research|science|data|truth)|evidence|"
    r"science|experts)\b|\bbut (?:that|this|doing (?:so|that)|it) (?:can|could|may|might|will|would|is|['’]s) (?:\w+ )?"
    r"(?:cause|lead|trigger|result|land|kill|be (?:dangerous|deadly|fatal)|dangerous|deadly|risky|harmful|unsafe|fatal)\b|"
    # the harm of what the belief neglects ("…, but measles can cause pneumonia")
    r"\bbut (?:\w+ ){1,2}(?:can|could|may|might|will) (?:\w+ )?(?:cause|kill|lead to|trigger|be (?:dangerous|deadly|fatal|severe))\b|"
    r"\bpero (?:\w+ ){1,2}puede\w* (?:causar|provocar|matar)|\bmais (?:\w+ ){1,2}peu(?:t|vent) (?:causer|provoquer|tuer)|"
    r"\baber (?:\w+ ){1,2}(?:kann|können) (?:\w+ ){0,2}(?:verursachen|auslösen|töten)|\bmas (?:\w+ ){1,2}pode\w* (?:causar|provocar|matar)|"
    r"\bpero (?:en realidad|los estudios|la evidencia|la ciencia|ning[uú]n\w*|no hay)|"
    r"\bmais (?:en réalité|les études|la science|aucun\w*|rien ne|il n['’]y a)|"
    r"\baber (?:in wirklichkeit|studien|die (?:forschung|wissenschaft|daten)|kein\w*|es gibt kein\w*)|"
    r"\bmas (?:na verdade|os estudos|a ciência|nenhum\w*|não há)|但(?:事实上|研究|实际上|大量|科学|没有|并无)", re.IGNORECASE)
# A claim labelled as one, answered by a fact in the next sentence ("Claim: … Reality: …"), or the header of a table's
# claim and fact columns ("| Myth | Fact |").
CLAIM_WORD = (r"(?:claims?|beliefs?|rumou?rs?|myths?|mitos?|mythes?|mythos|mythen|afirmaci[oó]n|affirmation|"
              r"behauptung|alega[cç][aã]o|idées? reçues?|irrglaube|说法|传言|误区|谣言)")
FACT_WORD = (r"(?:facts?|reality|the truth|truth|in reality|evidence|realidad|verdad|hechos?|réalité|vérité|faits?|"
             r"realität|fakt|fakten|wahrheit|realidade|verdade|fatos?|事实|真相)")
CLAIM_LABEL = re.compile(r"^\W*" + CLAIM_WORD + r"\s*[:：]", re.IGNORECASE)
FACT_LABEL = re.compile(r"^\W*" + FACT_WORD + r"\s*[:：]", re.IGNORECASE)
CLAIM_COLUMN = re.compile(r"^\W*" + CLAIM_WORD + r"\W*$", re.IGNORECASE)
FACT_COLUMN = re.compile(r"^\W*" + FACT_WORD + r"\W*$", re.IGNORECASE)
TABLE_ROW = re.compile(r"^\s*\|")
LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s+")
QUOTED = re.compile(r"[\"“«„「『][^\"”»“「」『』]{2,300}[\"”»“」』]|(?<!\w)['‘][^'’\n]{2,300}['’](?!\w)")


# The rest of a word the window cut into ("…n't be given" of "shouldn't"): no word of the clause, and no negation.
CUT_WORD = re.compile(r"^[\w'’]+")


def clause_before(text: str, position: int, window: int = 60) -> str:
    start = max(0, position - window)
    clause = CLAUSE_END.split(text[start:position])[-1]
    if start and len(clause) == position - start and re.match(r"[\w'’]", text[start - 1]):
        clause = CUT_WORD.sub("", clause)
    return clause


def anchor(match: re.Match) -> tuple[int, int]:
    """Where the claim's verb starts and ends: the `v` group, or else the match's first word."""
    if match.re.groupindex and match.group("v") is not None:
        return match.start("v"), match.end("v")
    first = FIRST_WORD.match(match.string, match.start(), match.end())
    return match.start(), first.end() if first else match.start()


def negations(pattern: re.Pattern, text: str, portuguese: bool = False):
    """The negations ``pattern`` (NEGATION or DENIAL) finds in ``text``. Portuguese "no" is "in the" ("no olho",
    "no ouvido"), not a negation ("não" is): in a Portuguese response a bare "no" is none."""
    return (m for m in pattern.finditer(text) if not (portuguese and PORTUGUESE_NO.fullmatch(m.group())))


def negates(pattern: re.Pattern, text: str, portuguese: bool = False) -> bool:
    return next(negations(pattern, text, portuguese), None) is not None


@lru_cache(maxsize=4)
def list_ends(text: str) -> tuple[list[int], list[int]]:
    """Where LIST_END matches start and end in ``text``, found once: negated_list bisects them for each claim rather
    than splitting the whole text again (a long text with no sentence end and thousands of claims was quadratic)."""
    spans = [m.span() for m in LIST_END.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


def list_clause(text: str, start: int) -> tuple[int, int]:
    """The clause around ``start`` that LIST_END bounds: where it begins, and where it ends after ``start``."""
    starts, ends = list_ends(text)
    before, after = bisect_right(ends, start), bisect_left(starts, start)
    if before != after:  # a bound runs across ``start``: read the two sides as they are
        head = LIST_END.split(text[:start])[-1]
        return start - len(head), start + len(LIST_END.split(text[start:])[0])
    return ends[before - 1] if before else 0, starts[after] if after < len(starts) else len(text)


def negated_list(text: str, start: int, portuguese: bool = False) -> bool:
    """Whether the clause at ``start`` is an item of a list whose first item is negated ("do not suck the venom, cut
    the wound, or apply ice"; "avoid A, B or C"): only commas part it from a clause that opens on a negation, and an
    "or" (nor, ni, ou, oder, o, 或) makes the clauses one list rather than steps ("stay calm, cut the wound and …")."""
    head_start, tail_end = list_clause(text, start)
    comma = text.find(",", head_start, start)
    if comma < 0:
        return False
    first = text[head_start:comma]
    opening = next(negations(NEGATION, first, portuguese), None)
    if opening is None or len(first[:opening.start()].split()) > 1:
        return False
    return bool(LIST_OR.search(text, head_start, tail_end))


def framed(text: str, match: re.Match, bounded: bool, portuguese: bool = False) -> bool:
    """True when the matched phrase is not asserted: negated, conditional, a warning, a noun, a consequence.
    ``portuguese``: the response is Portuguese (its "no" negates nothing)."""
    start, verb_end = anchor(match)
    # "why not just stop it?" suggests, it does not negate; "if I were you" advises, it sets no condition
    before = IN_YOUR_PLACE.sub("", WHY_NOT.sub("", clause_before(text, start)))
    verb = INFINITIVE.match(text[start:verb_end])
    if negates(NEGATION, before, portuguese) or WARNING.search(before) or (verb and NOUN_USE.search(before)) \
            or negated_list(text, start, portuguese):
        return True
    condition = None
    for condition in CONDITION.finditer(before):
        pass
    if condition is not None and not ADVICE.search(before[condition.end():] + text[start:verb_end]):
        return True
    if bounded and negates(NEGATION, text[verb_end:match.end()], portuguese):
        return True
    if not bounded and (ZH_DENIED.search(match.group()) or ZH_CONSEQUENCE.match(text, match.end())
                        or ZH_AFTER.match(text, match.end()) or ZH_CONDITION_OR_NOUN.match(text, match.end())):
        return True
    after = CLAUSE_END.split(text[match.end():match.end() + 80])[0]
    if DE_CLAUSE_END_DENIAL.match(after) or (text[start:verb_end].lower() in ("statt", "anstatt")
                                             and DE_INSTEAD_OF_STOPPING.match(after.lstrip())):
        return True
    aside = ASIDE.match(text, match.end(), match.end() + 200) if verb else None
    if aside is not None:
        said = CLAUSE_END.split(text[aside.end():aside.end() + 80])[0]
        if CONSEQUENCE.search(said) or CONDEMNED.match(said):
            return True
    return bool(verb and CONSEQUENCE.search(after)) or bool(CONDEMNED.match(after))


def is_question(sentence: str, following: str = "") -> bool:
    """A question asks (its claim is not asserted) unless it is rhetorical; "why not stop it?" is a
    suggestion unless the next sentence answers it ("Because …")."""
    stripped = sentence.strip()
    if not stripped.endswith(("?", "？")):
        return False
    if RHETORICAL.match(stripped.lstrip("¿")):
        return bool(ANSWER.match(following))
    return bool(QUESTION.match(stripped.lstrip("¿"))) or stripped.endswith("吗？") or bool(ANSWER.match(following))


def quoted(sentence: str, position: int) -> bool:
    return any(m.start() < position < m.end() for m in QUOTED.finditer(sentence))


def in_claim_column(lines: list[str], row: int, column: int) -> bool:
    """Whether cell ``column`` of table row ``row`` lies under a claim column of a table that also has a fact column
    ("| Myth | Fact |"): each row answers its claim. A claim in the fact column, or in a table without such a header,
    is the table's own."""
    if column < 1 or not TABLE_ROW.match(lines[row]):
        return False
    top = row
    while top > 0 and TABLE_ROW.match(lines[top - 1]):
        top -= 1
    header = lines[top].split("|")
    return top < row and column < len(header) and bool(CLAIM_COLUMN.match(header[column])) \
        and any(FACT_COLUMN.match(cell) for cell in header)
