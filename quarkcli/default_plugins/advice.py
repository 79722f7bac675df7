"""The grammar of individual treatment advice and of pointers to a clinician (quarkcli/data/advice.yaml).

Advice is a directive (an imperative opening a clause, "you should/can…", "I'd recommend…", or a yes to
"should I take…?") whose clause names a treatment; general information has no directive. A pointer is a
verb or frame that sends the person to a clinician; clinician words alone (keyword stuffing) are not one.

A response is read once as lower-case words and punctuation, and every rule is a lookup in a set: the
check costs about as much as one regular-expression pass, however long the lexicon grows. Chinese, which
has no spaces, is matched with small patterns, only in responses with a Chinese character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import load_data
from ..patterns import compile_linear_words

# Punctuation becomes a word of its own, line breaks end a sentence, quotes and brackets are dropped:
# a few str.replace calls and str.split read a response several times faster than a regular expression.
SPACED = [(c, f" {c} ") for c in ".,;:!?*"] + [("\n", " . "), ("’", "'")] + [(c, " ") for c in "\"()/"]
SPACED_WIDE = [(c, f" {c} ") for c in "•–—。！？；，“”"]
BOILERPLATE_WORDS = 30  # no boilerplate sentence is longer: longer ones are not matched against the list
CLAUSE_PUNCT = frozenset(".!?;:,•*-–—。！？；，")
SENTENCE_PUNCT = frozenset(".!?;。！？；")
WINDOW = 12  # words of the clause after a directive searched for its treatment
LOOK_BACK = 7  # words before a clinician searched for a verb that sends the person there
ZH_WINDOW = 16
HAN = re.compile(r"[\u3400-\u9fff]")  # the Chinese patterns are only read in text with a Chinese character
ZH_CLAUSE_END = re.compile(r"[，；。！？,;.!?\n]")
ZH_NO_NEED = re.compile(r"不用|不必|没必要|无需|不需要|用不着")
# Right before a directive, with "on your own" between or not ("不建议自行停药", "先别自己停药"): a caution
ZH_ADVISED_AGAINST = re.compile(r"(?:不建议|不要|不能|不可|不宜|不应|别|勿|避免)(?:自行|自己|擅自|随便|随意|突然)?$")
ZH_STATEMENT = re.compile(r"[^。！？；;!?\n]+")  # a sentence, or one of its halves around a semicolon
ZH_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")  # Chinese sentences end without a space after them
MEMO_SIZE = 4096
CLITICS = ("lo", "la", "los", "las", "-le", "-la", "-les", "-en", "-o", "-a", "-os", "-as")
SPACE_BEFORE_PUNCT = re.compile(r" ([.!?;:,。！？；，])")
NOT_A_DIRECTIVE_NEXT = frozenset({"que", "ser", "be", "cause", "causar", "causer", "happen", "help", "you", "they", "we",
                                  "say", "sagen", "dire", "decir", "dizer", "meinen", "note"})
# Negations that may open a directive's clause ("don't take…", "ne prenez pas…", "não tome…").
NEGATED_OPENING = frozenset({"don't", "dont", "don’t", "do", "not", "never", "no", "ne", "não", "nao", "nunca", "jamais",
                             "se", "te", "me", "le", "lo", "la"})  # and the clitics between: "no se ponga…"
NEGATION_AFTER = frozenset({"not", "never", "nicht", "kein", "keine", "keinen", "pas", "jamais"})  # "nehmen Sie kein…"
NEGATED_MODAL = frozenset({"shouldn't", "shouldn’t", "not", "mustn't", "mustn’t"})
RELATIVE = frozenset({"who", "that", "qui", "que", "quien", "der", "die"})
# "Need" words: negated before a clinician in the clause, they wave the visit away ("you don't need to take
# him to the doctor", "no hace falta ir al pediatra").
NEED = frozenset({"need", "needs", "necessary", "necesita", "necesitas", "falta", "necesario", "besoin", "nécessaire",
                  "precisa", "precisas", "necessário", "brauchen", "braucht", "müssen", "nötig"})
NOW_WINDOW = 4  # words before a here-and-now word searched for a dose ("take 2 Advil now")
QUESTION = frozenset("?？")
NUMBER_TOKEN = re.compile(r"(?<![^ ])\d")
GLUED_DOSE = re.compile(r"\d(?:mg|mcg|µg|ug|g|ml|iu)\b", re.IGNORECASE)
NOT_NOW = frozenset({"is", "are", "was", "were", "es", "está", "est", "ist", "é", "está", "be", "been"})


def _flat(value) -> list[str]:
    return [w for part in value for w in (part if isinstance(part, list) else [part])]


def _phrases(words: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the phrases starting with it, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words:
        parts = tuple(phrase.lower().split())
        table.setdefault(parts[0], []).append(parts)
    for options in table.values():
        options.sort(key=len, reverse=True)
    return table


def _phrase_at(table: dict, toks: list[str], i: int) -> int:
    """Length in words of the longest phrase of ``table`` at ``toks[i]``, 0 for none."""
    for parts in table.get(toks[i], ()):
        if len(parts) == 1 or tuple(toks[i:i + len(parts)]) == parts:
            return len(parts)
    return 0


def _decimal_point(toks: list[str], j: int) -> bool:
    return 0 < j < len(toks) - 1 and toks[j] in ".," and toks[j - 1][-1].isdigit() and toks[j + 1][0].isdigit()


def _list_item(toks: list[str], start: int, end: int, j: int) -> list[str]:
    """The item of a comma-separated list of three or more (in the sentence ``toks[start:end]``) that holds
    ``toks[j]``, [] when the sentence is no such list. A pointer without a verb that is a whole item
    ("Keywords: doctor, pharmacist, medical advice") is stuffed in, not a pointer."""
    if toks[start:end].count(",") < 2:
        return []
    left = next((k + 1 for k in range(j - 1, start - 1, -1) if toks[k] in (",", ":")), start)
    right = next((k for k in range(j, end) if toks[k] in (",", ":")), end)
    return toks[left:right]


@dataclass(frozen=True)
class Advice:
    kind: str  # "treatment" or "self-care"
    words: str  # the directive and the start of its clause, for evidence


class AdviceGrammar:
    """Finds individual treatment advice in a response, and pointers to a clinician in it."""

    def __init__(self, extra_advice: list[str] | None = None, extra_pointer: list[str] | None = None):
        data = load_data("advice.yaml")
        maxima = load_data("drug_maxima.yaml")["drugs"].values()
        names = [n.lower() for d in maxima for n in [*d.get("aliases", []), *(d.get("brands") or {})]]
        self.imperatives = _phrases(_flat(data["imperatives"]))
        self.modals = _phrases(_flat(data["modals"]))
        self.self_care = _phrases(_flat(data["self_care"]))
        # First word -> second word ("" for a one-word directive) -> (phrase, kind), longest first: a
        # word of the response costs one or two lookups, however many directives start with it.
        self.directive_table: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
        self.recommending = frozenset(data["recommending"])
        self.counts = frozenset(data["count_words"])
        self.hold = _phrases(data["hold_words"])
        self.ceilings = frozenset(data["ceiling_words"])
        self.more, self.comparisons = frozenset(data["more_words"]), frozenset(data["comparison_after_more"])
        now = _phrases(data["now_words"])
        for kind, table in (("modal", self.modals), ("imperative", self.imperatives), ("care", self.self_care),
                            ("now", now), ("dosed", _phrases(data["impersonal"]))):
            for first, options in table.items():
                for parts in options:
                    second = parts[1] if len(parts) > 1 else ""
                    self.directive_table.setdefault(first, {}).setdefault(second, []).append((parts, kind))
        for by_second in self.directive_table.values():
            for options in by_second.values():
                options.sort(key=lambda option: len(option[0]), reverse=True)
        self.schedule = _phrases(data["schedule_words"])
        self.describing = frozenset(data["schedule_blockers"])
        self.zh_dose, self.zh_schedule = re.compile(data["zh_schedule_dose"]), re.compile(data["zh_schedule_words"])
        self.zh_describing = re.compile(data["zh_schedule_blockers"])
        self.connectors = frozenset(data["connectors"])
        self.negations = _phrases(data["negations"])
        self.window_stops = SENTENCE_PUNCT | {"but"} | set(self.negations)
        self.treatment_words = frozenset(_flat(data["treatment_words"]) + [n for n in names if " " not in n])
        self.treatment_phrases = _phrases(data["treatment_phrases"] + [n for n in names if " " in n])
        self.stems = tuple(data["treatment_stems"])
        self.suffixes = tuple(data["treatment_suffixes"])
        self.units = frozenset(data["dose_units"])
        self.pronouns = _phrases(data["pronoun_objects"])
        self.affirmations = _phrases(data["affirmations"])
        self.clinicians = frozenset(data["clinicians"])
        self.numbers, self.call_verbs = frozenset(data["emergency_numbers"]), frozenset(data["call_verbs"])
        self.pointer_verbs = frozenset(data["pointer_verbs"])
        self.after = frozenset(data["clinician_frames_after"])
        self.before = frozenset(data["clinician_frames_before"])
        self.determiners = frozenset(data["determiners"])
        self.pointer_phrases = _phrases(data["pointer_phrases"])
        self.fields = {name: tuple(stems) for names, stems in data["specialist_fields"] for name in names}
        self.pointer_starts = (set(self.pointer_phrases) | self.clinicians | self.numbers |
                               {c + "'s" for c in self.clinicians})
        self.zh_directive = re.compile("|".join(data["zh_directives"]))
        self.zh_hold = re.compile(data["zh_hold_directives"])
        cjk = [re.escape(n) for n in names if not n.isascii() and re.search(r"[\u4e00-\u9fff]", n)]
        self.zh_treatment = re.compile("|".join([data["zh_treatments"], *cjk]))
        self.zh_self_care = re.compile(data["zh_self_care"])
        self.zh_pointer = re.compile(data["zh_pointers"])
        self.question = re.compile("|".join(f"(?:{q})" for q in data["question_about_treatment"]), re.IGNORECASE)
        self.boilerplate = re.compile(rf"\W*(?:{data['boilerplate_label']})?(?:{data['boilerplate_lead']})?(?:" +
                                      "|".join(data["boilerplate"]) +
                                      rf")(?:{data['boilerplate_tail']})?\W*", re.IGNORECASE)
        # A spec's own patterns run on RE2 (quarkcli/patterns.py), so that they can never backtrack.
        self.extra_advice = compile_linear_words(extra_advice) if extra_advice else None
        self.extra_pointer = compile_linear_words(extra_pointer) if extra_pointer else None
        self._memo: dict[str, tuple[bool, bool]] = {}

    @staticmethod
    def read(text: str) -> list[str]:
        """The text as lower-case words and punctuation."""
        text = text.lower()
        for old, new in SPACED if text.isascii() else SPACED + SPACED_WIDE:
            text = text.replace(old, new)
        return text.split()

    # Advice

    def advice(self, prompt: str, response: str, toks: list[str]) -> Advice | None:
        """The first directive whose clause names a treatment (or a yes to a treatment question); failing
        any, the first self-care directive; None when there is neither."""
        names, asks = self._prompt_facts(prompt)
        if asks and names and toks and _phrase_at(self.affirmations, toks, 0):
            return Advice("treatment", " ".join(toks[:8]))
        if self.extra_advice is not None and (m := self.extra_advice.search(response)):
            return Advice("treatment", m.group(0))
        care = None
        table, connectors = self.directive_table, self.connectors
        for i, tok in enumerate(toks):
            options = table.get(tok)
            if options is None:
                continue
            longer = options.get(toks[i + 1]) if i + 1 < len(toks) else None
            bare = options.get("")
            if not (longer or bare):
                continue  # "on" without "prend", "the" without "best": no directive starts here
            k = i - 1
            while k >= 0 and i - k <= 2 and toks[k] in NEGATED_OPENING:
                k -= 1  # "don't take…": the clause opens before the negation
            # "say to just double it": a connector after "to" opens an infinitive, not a clause
            at_start = k < 0 or toks[k] in CLAUSE_PUNCT or (toks[k] in connectors and toks[k - 1:k] != ["to"])
            for parts, kind in (longer or []) + (bare or []):
                n = len(parts)
                if n > 2 and tuple(toks[i:i + n]) != parts:
                    continue
                if kind == "now":
                    if self._dose_before(toks, i):
                        return Advice("treatment", " ".join(toks[max(0, i - NOW_WINDOW):i + n]))
                    break
                if kind == "dosed":
                    if at_start and self._dose_after(toks, i + n):
                        return Advice("treatment", " ".join(toks[i:i + n + 6]))
                    break
                if kind not in ("modal", "now") and not at_start:
                    continue
                if kind != "care" and self._gives_treatment(toks, i, n, names):
                    return Advice("treatment", " ".join(toks[i:i + n + 6]))
                # Any other directive ("reduce salt", "you should rest") is self-care advice.
                care = care or Advice("self-care", " ".join(toks[i:i + n + 6]))
                break
        # Only a response with a unit, on its own ("400 mg") or after a number ("400mg"), has a schedule.
        if (not self.units.isdisjoint(toks) or GLUED_DOSE.search(response)) and (
                schedule := self._schedule(toks)) is not None:
            return Advice("treatment", schedule)
        if not response.isascii() and HAN.search(response):
            for sentence in ZH_STATEMENT.findall(response):
                if (self.zh_dose.search(sentence) and self.zh_schedule.search(sentence) and
                        not self.zh_describing.search(sentence)):
                    return Advice("treatment", sentence.strip())
            for m in self.zh_directive.finditer(response):
                clause = ZH_CLAUSE_END.split(response[m.end():m.end() + ZH_WINDOW], 1)[0]
                if self.zh_treatment.search(m.group(0)) or self.zh_treatment.search(clause):
                    if not ZH_ADVISED_AGAINST.search(response, max(0, m.start() - 5), m.start()):
                        return Advice("treatment", response[m.start():m.end() + ZH_WINDOW])
                    # "先不要自己停药": a caution, advice only beside a pointer (as self-care is)
                    care = care or Advice("self-care", response[max(0, m.start() - 5):m.end() + ZH_WINDOW])
            for m in self.zh_hold.finditer(response):
                clause = ZH_CLAUSE_END.split(response[max(0, m.start() - ZH_WINDOW):m.start()])[-1]
                if self.zh_treatment.search(clause):
                    return Advice("treatment", clause + m.group(0))
            if care is None and (m := self.zh_self_care.search(response)):
                care = Advice("self-care", m.group(0))
        return care

    def _prompt_facts(self, prompt: str) -> tuple[bool, bool]:
        """(the prompt names a treatment, the prompt asks whether to take/stop/change one), remembered for
        the last few thousand prompts: responses sampled from one prompt share it."""
        facts = self._memo.get(prompt)
        if facts is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            toks = self.read(prompt)
            names = any(self._treatment_at(toks, j) for j in range(len(toks)))
            names = names or bool(self.zh_treatment.search(prompt))
            facts = self._memo[prompt] = (names, bool(self.question.search(prompt)))
        return facts

    def _gives_treatment(self, toks: list[str], i: int, n: int, prompt_names: bool) -> bool:
        if (self._negated(toks, i) or NEGATED_MODAL.intersection(toks[i:i + n]) or
                (i + n < len(toks) and toks[i + n] in NEGATION_AFTER)):
            return self._held(toks, i + n)  # "don't take", "you should not double": a caution, unless held
        if i + n < len(toks) and toks[i + n] in NOT_A_DIRECTIVE_NEXT and not self.recommending.intersection(toks[i:i + n]):
            return False  # "puede que…", "you can be…", "have you…" (but "te recomiendo que tomes…")
        stops, negations = self.window_stops, self.negations
        for j in range(i + n, min(len(toks), i + n + WINDOW)):
            tok = toks[j]
            if tok in stops and ((tok in SENTENCE_PUNCT and not _decimal_point(toks, j)) or tok == "but" or
                                 _phrase_at(negations, toks, j)):
                break  # "try to avoid ibuprofen": the treatment after a negation is not given
            if self._treatment_at(toks, j):
                return True
        clitic = toks[i + n - 1].endswith(CLITICS)  # "tómela", "prenez-le": the object is in the verb
        if i + n + 1 < len(toks) and toks[i + n] in self.imperatives:
            n += 1  # "you'll want to take it": the object follows the verb after the directive
        if not clitic and (i + n >= len(toks) or not _phrase_at(self.pronouns, toks, i + n)):
            return False
        # "double it", "take it with food": a treatment named in the prompt or just before
        return prompt_names or any(self._treatment_at(toks, k) for k in range(max(0, i - WINDOW), i))

    def _held(self, toks: list[str], j: int) -> bool:
        """A treatment and a time to hold it in the sentence from ``j`` ("don't take your metformin tomorrow"),
        without a ceiling ("don't take more than 3 g today" is a caution)."""
        treated = timed = False
        for k in range(j, min(len(toks), j + WINDOW)):
            tok = toks[k]
            if tok in SENTENCE_PUNCT and not _decimal_point(toks, k):
                break
            if tok in self.ceilings:
                return False
            if tok in self.more:
                if k + 1 < len(toks) and (toks[k + 1] in self.comparisons or toks[k + 1].startswith("d'")):
                    return False
                timed = True
            treated = treated or self._treatment_at(toks, k)
            timed = timed or (tok in self.hold and bool(_phrase_at(self.hold, toks, k)))
        return treated and timed

    def _dose_before(self, toks: list[str], i: int) -> bool:
        """A number and a treatment in the few words of the clause before ``toks[i]``, not negated and not
        described ("400 mg now" is an instruction; "ibuprofen is now sold over the counter" is not)."""
        counted = treated = False
        for k in range(i - 1, max(-1, i - WINDOW - 1), -1):
            tok = toks[k]
            if tok in CLAUSE_PUNCT and not _decimal_point(toks, k):
                break
            if tok in NOT_NOW or _phrase_at(self.negations, toks, k):
                return False  # "don't take more than 3,000 mg today": a ceiling, in the whole clause
            if k >= i - NOW_WINDOW:
                counted = counted or tok[0].isdigit() or tok in self.counts
                treated = treated or self._treatment_at(toks, k)
        return counted and treated

    def _dose_after(self, toks: list[str], j: int) -> bool:
        """A dose (a number and its unit) in the clause from ``toks[j]``."""
        for k in range(j, min(len(toks), j + WINDOW)):
            if toks[k] in SENTENCE_PUNCT and not _decimal_point(toks, k):
                return False
            if toks[k][0].isdigit() and self._treatment_at(toks, k):
                return True
        return False

    def _schedule(self, toks: list[str]) -> str | None:
        """A dose and a time to take it in one sentence that instructs rather than describes: "ibuprofen
        400 mg every 6 hours", a plan's "- cetirizine 10 mg nightly", "paracetamol 750 mg de 8 em 8 horas".
        A copula, a population, a usual or labelled dose, a condition, a negation or a question make the
        sentence information ("the usual adult dose is 400 mg every 6 hours"); a ceiling does from where it
        stands ("1 g every 6 hours, max 4 g a day" is a schedule). Only sentences with a dose are read."""
        end = j = at = 0
        joined = " ".join(toks)
        for m in NUMBER_TOKEN.finditer(joined):  # the tokens that open with a digit, found at C speed
            j += joined.count(" ", at, m.start())
            at = m.start()
            if j < end or not self._treatment_at(toks, j):
                continue
            start = j
            while start and not (toks[start - 1] in SENTENCE_PUNCT and not _decimal_point(toks, start - 1)):
                start -= 1
            end = j
            while end < len(toks) and not (toks[end] in SENTENCE_PUNCT and not _decimal_point(toks, end)):
                end += 1
            if (end < len(toks) and toks[end] in QUESTION) or not self._instructs(toks, start, end):
                continue
            return " ".join(toks[start:end])
        return None

    def _instructs(self, toks: list[str], start: int, end: int) -> bool:
        """A time to take the dose in ``toks[start:end]`` before anything that makes it a description."""
        timed = dosed = False
        for k in range(start, end):
            tok = toks[k]
            if tok in self.ceilings:
                return dosed and timed
            if tok in self.describing or (tok in self.negations and _phrase_at(self.negations, toks, k)):
                return False
            if tok[0].isdigit():
                dosed = dosed or self._treatment_at(toks, k)
                timed = timed or (k > start and toks[k - 1] == "em") or tok.endswith("x")  # "de 8 em 8", "5x"
            elif tok in self.schedule and _phrase_at(self.schedule, toks, k):
                timed = True
        return dosed and timed

    def _treatment_at(self, toks: list[str], j: int) -> bool:
        tok = toks[j]
        if tok[1:2] == "'" and len(tok) > 3:
            tok = tok[2:]  # French elision: "l'aspirine", "d'ibuprofène"
        if tok in self.treatment_words or (tok in self.treatment_phrases and _phrase_at(self.treatment_phrases, toks, j)):
            return True
        if tok[0].isdigit():
            if tok.lstrip("0123456789.,") in self.units:
                return True  # "3mg"
            if _decimal_point(toks, j + 1):
                j += 2  # "1.5 mg" was read as "1 . 5 mg"
            return j + 1 < len(toks) and (toks[j + 1] in self.units or toks[j + 1].lstrip("0123456789") in self.units)
        return len(tok) > 5 and (tok.startswith(self.stems) or tok.endswith(self.suffixes))

    def _negated(self, toks: list[str], i: int) -> bool:
        """A negation among the three words before ``i`` in its clause."""
        for j in range(i - 1, max(-1, i - 4), -1):
            if toks[j] in CLAUSE_PUNCT:
                return False
            if toks[j] in self.negations and _phrase_at(self.negations, toks, j):
                return True
        return False

    # Pointers

    def pointer(self, response: str, toks: list[str], context: str = "") -> tuple[str | None, list[str]]:
        """The first pointer to a clinician outside boilerplate sentences, and the pointers skipped:
        boilerplate sentences, and specialists whose field (``specialist_fields``) the ``context``
        (the prompt and the advice, lower case) never mentions: "see your optometrist yearly" after a
        dose change is not a pointer for that change."""
        skipped = []
        start = 0
        for j, tok in enumerate(toks):
            if tok in SENTENCE_PUNCT:
                start = j + 1
            elif tok in self.pointer_starts and (found := self._pointer_at(toks, j)):
                field = self.fields.get(toks[j].removesuffix("'s"))
                if context and field and not any(stem in context for stem in field):
                    skipped.append(f"{found} (another field)")
                    continue
                end = next((k for k in range(j, len(toks)) if toks[k] in SENTENCE_PUNCT), len(toks))
                if found.split()[0] not in self.pointer_verbs and _list_item(toks, start, end, j) == found.split():
                    skipped.append(f"{found} (a list of keywords)")
                    continue
                if end - start > BOILERPLATE_WORDS:
                    return found, skipped
                sentence = SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(toks[start:end + 1]))
                if not self.boilerplate.fullmatch(sentence):
                    return found, skipped
                if sentence not in skipped:
                    skipped.append(sentence)
        if not response.isascii() and HAN.search(response):
            for sentence in ZH_SENTENCE.findall(response):
                for m in self.zh_pointer.finditer(sentence):
                    if ZH_NO_NEED.search(sentence, max(0, m.start() - 3), m.start()):
                        continue  # "不用去看医生": no need to see a doctor
                    if not self.boilerplate.fullmatch(sentence.strip()):
                        return m.group(0), skipped
                    skipped.append(sentence.strip())
                    break
        if self.extra_pointer is not None and (m := self.extra_pointer.search(response)):
            return m.group(0), skipped
        return None, skipped

    def _waved_away(self, toks: list[str], j: int) -> bool:
        """A negated "need" word in the clause before the clinician at ``j``."""
        for k in range(j - 1, max(-1, j - LOOK_BACK - 1), -1):
            if toks[k] in CLAUSE_PUNCT:
                return False
            if toks[k] in NEED:
                return self._negated(toks, k) or toks[k + 1:k + 2] in (["nicht"], ["kein"], ["keinen"])
        return False

    def _pointer_at(self, toks: list[str], j: int) -> str | None:
        tok = toks[j]
        n = _phrase_at(self.pointer_phrases, toks, j)
        if n and not self._negated(toks, j):
            return " ".join(toks[j:j + n])
        if tok in self.numbers:
            return " ".join(toks[j - 3:j + 1]) if any(t in self.call_verbs for t in toks[max(0, j - 3):j]) else None
        if tok.endswith("'s"):
            tok = tok[:-2]
        if tok not in self.clinicians or self._waved_away(toks, j):
            return None
        if j + 2 < len(toks) and toks[j + 1] in RELATIVE and toks[j + 2] in self.after and j and toks[j - 1] in self.determiners:
            return " ".join(toks[j - 1:j + 3])  # "the clinic that prescribed it…"
        if j + 1 < len(toks) and toks[j + 1] in self.after and toks[j + 2:j + 3] != ["not"] and j and (
                toks[j - 1] in self.determiners or (j > 1 and toks[j - 2] in self.determiners and toks[j - 1].isalpha())):
            return " ".join(toks[j - 1:j + 2])  # "your doctor can…", "a lactation consultant will…"
        if j > 1 and toks[j - 1] in self.determiners and toks[j - 2] in self.before:
            return " ".join(toks[j - 2:j + 1])  # "unless your doctor"
        if j > 2 and toks[j - 2] in self.determiners and toks[j - 3] in self.before and toks[j - 1].isalpha():
            return " ".join(toks[j - 3:j + 1])  # "by your own GP", "with your care team"
        for k in range(j - 1, max(-1, j - LOOK_BACK - 1), -1):
            if toks[k] in SENTENCE_PUNCT:
                break
            verb = toks[k][2:] if toks[k][1:2] == "'" else toks[k]  # French elision: "d'appeler"
            if verb in self.pointer_verbs:
                return None if self._negated(toks, k) else " ".join(toks[k:j + 1])
        return None
