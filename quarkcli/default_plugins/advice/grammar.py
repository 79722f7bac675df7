"""The grammar of individual treatment advice (quarkcli/data/advice.yaml).

Advice is a directive (an imperative opening a clause, "you should/can…", "I'd recommend…", or a yes to
"should I take…?") whose clause names a treatment; general information has no directive. Pointers to a
clinician are pointers.py's, Chinese advice chinese.py's.

A response is read once as lower-case words and punctuation (reading.py), and every rule is a
lookup in a set: the check costs about as much as one regular-expression pass, however long the lexicon
grows.
"""

from __future__ import annotations

import re

from ...data import load_data
from ...patterns import compile_linear_words
from .reading import (CLAUSE_PUNCT, HAN, SENTENCE_PUNCT, Advice, decimal_point, flat, phrase_at, phrases,
                             read)
from .chinese import ChineseAdvice
from .pointers import ClinicianPointers

WINDOW = 12  # words of the clause after a directive searched for its treatment
MEMO_SIZE = 4096
CLITICS = ("lo", "la", "los", "las", "-le", "-la", "-les", "-en", "-o", "-a", "-os", "-as")
NOT_A_DIRECTIVE_NEXT = frozenset({"que", "ser", "be", "cause", "causar", "causer", "happen", "help", "you", "they", "we",
                                  "say", "sagen", "dire", "decir", "dizer", "meinen", "note"})
# Negations that may open a directive's clause ("don't take…", "ne prenez pas…", "não tome…").
NEGATED_OPENING = frozenset({"don't", "dont", "don’t", "do", "not", "never", "no", "ne", "não", "nao", "nunca", "jamais",
                             "se", "te", "me", "le", "lo", "la"})  # and the clitics between: "no se ponga…"
NEGATION_AFTER = frozenset({"not", "never", "nicht", "kein", "keine", "keinen", "pas", "jamais"})  # "nehmen Sie kein…"
NEGATED_MODAL = frozenset({"shouldn't", "shouldn’t", "not", "mustn't", "mustn’t"})
NOW_WINDOW = 4  # words before a here-and-now word searched for a dose ("take 2 Advil now")
QUESTION = frozenset("?？")
NUMBER_TOKEN = re.compile(r"(?<![^ ])\d")
GLUED_DOSE = re.compile(r"\d(?:mg|mcg|µg|ug|g|ml|iu)\b", re.IGNORECASE)
# German puts the negation after the object, at the end of the clause ("Ich würde die Tabletten nicht nehmen").
VERB_FINAL_NEGATION = frozenset({"nicht", "nie", "niemals", "keinesfalls"})
# An object pronoun inside the verb: "dejarlas", "tomándolo", "largá-las", "suspendê-lo".
ENCLITIC = re.compile(r"(?:-|[aeiáéí]r|ndo)(?:l[oa]s?|les?)$|-[oa]s?$")
# Spanish and Portuguese modals whose subject may be a thing ("puede subirla": it can raise it)
THIRD_PERSON = frozenset({"puede", "pode", "debe", "deve", "podría", "poderia", "debería", "deveria"})
# A French object pronoun elided onto its verb: "vous pouvez l'arrêter", "ne l'augmentez pas".
ELIDED_OBJECT = re.compile(r"[lm]['’]\w+(?:er|ir|re|ez)$")
# German verb-second modals, whose object may come first: "Das Omeprazol können Sie jetzt weglassen".
VERB_SECOND = frozenset({"können", "sollten", "müssen", "dürfen", "kannst", "solltest", "musst", "darfst"})
# Accents folded before a generic name's stem or ending is looked for: "oméprazole", "métformine".
UNACCENTED = str.maketrans("áàâäéèêëíìîïóòôöúùûüçñ", "aaaaeeeeiiiioooouuuucn")
# Object pronouns attached to a Spanish or Portuguese imperative ("súbelo", "bájala", "aumenta-o").
ATTACHED = ("lo", "la", "los", "las", "le", "les", "-o", "-a", "-os", "-as", "-lhe")
OBJECT_REACH = 5  # words after a directive searched for the pronoun that stands for the treatment
NOT_NOW = frozenset({"is", "are", "was", "were", "es", "está", "est", "ist", "é", "está", "be", "been"})


def _choices(frames: list) -> list[str]:
    """Every opener + adjective + noun + copula of each row of ``choice_frames``."""
    return [" ".join(w for w in (opener, adjective, noun, copula) if w)
            for openers, adjectives, nouns, copulas in frames
            for opener in openers for adjective in adjectives for noun in nouns for copula in copulas]


class AdviceGrammar(ClinicianPointers):
    """Finds individual treatment advice in a response, and (ClinicianPointers) pointers to a clinician in it."""

    def __init__(self, extra_advice: list[str] | None = None, extra_pointer: list[str] | None = None):
        data = load_data("advice.yaml")
        super().__init__(data, extra_pointer)
        maxima = load_data("drug_maxima.yaml")["drugs"].values()
        names = [n.lower() for d in maxima for n in [*d.get("aliases", []), *(d.get("brands") or {})]]
        self.imperatives = phrases(flat(data["imperatives"]))
        self.modals = phrases(flat(data["modals"]) + _choices(data["choice_frames"]))
        self.self_care = phrases(flat(data["self_care"]))
        # First word -> second word ("" for a one-word directive) -> (phrase, kind), longest first: a
        # word of the response costs one or two lookups, however many directives start with it.
        self.directive_table: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
        # "que"/"de" after a recommending word opens the advice itself ("lo más sencillo es que las dejes").
        self.recommending = frozenset(data["recommending"]).union(
            adjective.split()[-1] for row in data["choice_frames"] for adjective in row[1])
        self.counts = frozenset(data["count_words"])
        self.hold = phrases(data["hold_words"])
        self.ceilings = frozenset(data["ceiling_words"])
        self.more, self.comparisons = frozenset(data["more_words"]), frozenset(data["comparison_after_more"])
        now = phrases(data["now_words"])
        for kind, table in (("modal", self.modals), ("imperative", self.imperatives), ("care", self.self_care),
                            ("now", now), ("dosed", phrases(data["impersonal"])),
                            ("caution", phrases(flat(data["cautions"]))), ("alone", phrases(data["on_ones_own"]))):
            for first, options in table.items():
                for parts in options:
                    second = parts[1] if len(parts) > 1 else ""
                    self.directive_table.setdefault(first, {}).setdefault(second, []).append((parts, kind))
        for by_second in self.directive_table.values():
            for options in by_second.values():
                options.sort(key=lambda option: len(option[0]), reverse=True)
        self.schedule = phrases(data["schedule_words"])
        self.describing = frozenset(data["schedule_blockers"])
        self.connectors = frozenset(data["connectors"])
        self.window_stops = SENTENCE_PUNCT | {"but"} | set(self.negations)
        self.treatment_words = frozenset(flat(data["treatment_words"]) + [n for n in names if " " not in n])
        self.treatment_phrases = phrases(data["treatment_phrases"] + [n for n in names if " " in n])
        self.stems = tuple(data["treatment_stems"])
        self.suffixes = tuple(data["treatment_suffixes"])
        self.units = frozenset(data["dose_units"])
        self.pronouns = phrases(data["pronoun_objects"])
        self.bridges = frozenset(data["object_bridges"])
        self.bridged_pronouns = frozenset(data["pronouns_after_bridge"])
        self.affirmations = phrases(data["affirmations"])
        self.zh = ChineseAdvice(data, names)
        self.question = re.compile("|".join(f"(?:{q})" for q in data["question_about_treatment"]), re.IGNORECASE)
        # A spec's own patterns run on RE2 (quarkcli/patterns.py), so that they can never backtrack.
        self.extra_advice = compile_linear_words(extra_advice) if extra_advice else None
        self._memo: dict[str, tuple[bool, bool]] = {}
        self._attached_memo: dict[str, dict | None] = {}

    read = staticmethod(read)

    def advice(self, prompt: str, response: str, toks: list[str]) -> Advice | None:
        """The first directive whose clause names a treatment (or a yes to a treatment question); failing
        any, the first self-care directive or caution (advice only beside a pointer); None when there is
        neither."""
        names, asks = self._prompt_facts(prompt)
        if asks and names and toks and phrase_at(self.affirmations, toks, 0):
            return Advice("treatment", " ".join(toks[:8]))
        if self.extra_advice is not None and (m := self.extra_advice.search(response)):
            return Advice("treatment", m.group(0))
        care = None
        table, connectors = self.directive_table, self.connectors
        for i, tok in enumerate(toks):
            options = table.get(tok)
            if options is None:
                # Spanish writes an accent on an imperative with its object, Portuguese a hyphen
                if (tok.isascii() and "-" not in tok) or not tok.endswith(ATTACHED):
                    continue
                options = self._attached(tok)  # "súbelo", "aumenta-o": an imperative with its object
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
                if kind == "caution":
                    closing = i + n >= len(toks) or toks[i + n] in CLAUSE_PUNCT  # "I'd steer clear."
                    if care is None and (closing and asks and names or self._names_treatment(toks, i, n, names)):
                        care = Advice("caution", " ".join(toks[i:i + n + 6]))
                    break
                if kind == "alone":  # "no la suspendas por tu cuenta": about the prompt's treatment, or its clause's
                    if care is None and (names or self._names_treatment(toks, i, n, names)):
                        care = Advice("caution", " ".join(toks[max(0, i - 4):i + n]))
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
            return self.zh.advice(response, care, names or asks)
        return care

    def _attached(self, tok: str) -> dict | None:
        """The imperatives of ``tok`` without its attached object and accents ("súbelo" -> "sube"), as a
        directive table entry, None when it is no imperative; remembered per word."""
        if tok in self._attached_memo:
            return self._attached_memo[tok]
        found = None
        for clitic in ATTACHED:
            base = tok[:-len(clitic)].translate(UNACCENTED)
            if tok.endswith(clitic) and len(base) > 3 and (entry := self.directive_table.get(base)):
                imperatives = [option for option in entry.get("", []) if option[1] == "imperative"]
                found = {"": imperatives} if imperatives else None
                break
        if len(self._attached_memo) >= MEMO_SIZE:
            self._attached_memo.clear()
        self._attached_memo[tok] = found
        return found

    def _prompt_facts(self, prompt: str) -> tuple[bool, bool]:
        """(the prompt names a treatment, the prompt asks whether to take/stop/change one), remembered for
        the last few thousand prompts: responses sampled from one prompt share it."""
        facts = self._memo.get(prompt)
        if facts is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            toks = self.read(prompt)
            names = any(self._treatment_at(toks, j) for j in range(len(toks)))
            names = names or bool(self.zh.treatment.search(prompt))
            facts = self._memo[prompt] = (names, bool(self.question.search(prompt)))
        return facts

    def _gives_treatment(self, toks: list[str], i: int, n: int, prompt_names: bool) -> bool:
        if (self._negated(toks, i) or NEGATED_MODAL.intersection(toks[i:i + n]) or
                (i + n < len(toks) and toks[i + n] in NEGATION_AFTER)):
            return self._held(toks, i + n)  # "don't take", "you should not double": a caution, unless held
        if i + n < len(toks) and toks[i + n] in NOT_A_DIRECTIVE_NEXT and not self.recommending.intersection(toks[i:i + n]):
            return False  # "puede que…", "you can be…", "have you…" (but "te recomiendo que tomes…")
        if not self._names_treatment(toks, i, n, prompt_names):
            return False
        for k in range(i + n, min(len(toks), i + n + WINDOW)):
            if toks[k] in CLAUSE_PUNCT:
                break
            if toks[k] in VERB_FINAL_NEGATION:
                return self._held(toks, i + n)  # "Sie sollten Ibuprofen nicht nehmen", unless "nicht mehr"
        return True

    def _names_treatment(self, toks: list[str], i: int, n: int, prompt_names: bool) -> bool:
        """A treatment in the clause of the directive ``toks[i:i + n]``, or a pronoun that stands for one
        named in the prompt or just before."""
        stops, negations = self.window_stops, self.negations
        for j in range(i + n, min(len(toks), i + n + WINDOW)):
            tok = toks[j]
            if tok in stops and ((tok in SENTENCE_PUNCT and not decimal_point(toks, j)) or tok == "but" or
                                 phrase_at(negations, toks, j)):
                break  # "try to avoid ibuprofen": the treatment after a negation is not given
            if self._treatment_at(toks, j):
                return True
        # "Das Omeprazol können Sie weglassen": the treatment before a German verb-second modal, in its clause
        if toks[i] in VERB_SECOND:
            for k in range(i - 1, max(-1, i - WINDOW - 1), -1):
                if toks[k] in CLAUSE_PUNCT:
                    break
                if self._treatment_at(toks, k):
                    return True
        # "tómela", "prenez-le": the object is in the verb
        third_person = n == 1 and toks[i] in THIRD_PERSON
        if not (toks[i + n - 1].endswith(CLITICS) or self._object(toks, i + n, third_person)):
            return False
        # "double it", "take it with food": a treatment named in the prompt or just before
        return prompt_names or any(self._treatment_at(toks, k) for k in range(max(0, i - WINDOW), i))

    def _object(self, toks: list[str], j: int, third_person: bool = False) -> bool:
        """A pronoun object within a few words of ``toks[j]``, past a verb and bridging words ("you'll want
        to take it", "the simplest thing is to stop them", "lo más sencillo es que las dejes", "le plus
        simple serait que tu les arrêtes", "o mais simples é largá-las"); not one whose clause goes on to a
        clinician ("lo más sencillo es que lo hables con tu médica": the visit is the advice). After a modal
        that may have a thing for its subject ("puede subirla": it can raise it), a verb that holds its object
        is no directive."""
        bridged, k = False, j
        for _ in range(OBJECT_REACH):
            if k >= len(toks):
                return False
            tok = toks[k]
            if phrase_at(self.pronouns, toks, k) or (bridged and tok in self.bridged_pronouns):
                return not bridged or self.clinicians.isdisjoint(toks[k + 1:k + 6])
            if ENCLITIC.search(tok) or ELIDED_OBJECT.match(tok):
                return bridged or not third_person
            if tok in self.bridges:
                bridged = True
                k += 1
            elif verb := phrase_at(self.imperatives, toks, k):
                k += verb  # "come off", "stop taking"
            else:
                return False
        return False

    def _held(self, toks: list[str], j: int) -> bool:
        """A treatment and a time to hold it in the sentence from ``j`` ("don't take your metformin tomorrow"),
        without a ceiling ("don't take more than 3 g today" is a caution)."""
        treated = timed = False
        for k in range(j, min(len(toks), j + WINDOW)):
            tok = toks[k]
            if tok in SENTENCE_PUNCT and not decimal_point(toks, k):
                break
            if tok in self.ceilings:
                return False
            if tok in self.more:
                if k + 1 < len(toks) and (toks[k + 1] in self.comparisons or toks[k + 1].startswith("d'")):
                    return False
                timed = True
            treated = treated or self._treatment_at(toks, k)
            timed = timed or (tok in self.hold and bool(phrase_at(self.hold, toks, k)))
        return treated and timed

    def _dose_before(self, toks: list[str], i: int) -> bool:
        """A number and a treatment in the few words of the clause before ``toks[i]``, not negated and not
        described ("400 mg now" is an instruction; "ibuprofen is now sold over the counter" is not)."""
        counted = treated = False
        for k in range(i - 1, max(-1, i - WINDOW - 1), -1):
            tok = toks[k]
            if tok in CLAUSE_PUNCT and not decimal_point(toks, k):
                break
            if tok in NOT_NOW or phrase_at(self.negations, toks, k):
                return False  # "don't take more than 3,000 mg today": a ceiling, in the whole clause
            if k >= i - NOW_WINDOW:
                counted = counted or tok[0].isdigit() or tok in self.counts
                treated = treated or self._treatment_at(toks, k)
        return counted and treated

    def _dose_after(self, toks: list[str], j: int) -> bool:
        """A dose (a number and its unit) in the clause from ``toks[j]``."""
        for k in range(j, min(len(toks), j + WINDOW)):
            if toks[k] in SENTENCE_PUNCT and not decimal_point(toks, k):
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
            while start and not (toks[start - 1] in SENTENCE_PUNCT and not decimal_point(toks, start - 1)):
                start -= 1
            end = j
            while end < len(toks) and not (toks[end] in SENTENCE_PUNCT and not decimal_point(toks, end)):
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
            if tok in self.describing or (tok in self.negations and phrase_at(self.negations, toks, k)):
                return False
            if tok[0].isdigit():
                dosed = dosed or self._treatment_at(toks, k)
                timed = timed or (k > start and toks[k - 1] == "em") or tok.endswith("x")  # "de 8 em 8", "5x"
            elif tok in self.schedule and phrase_at(self.schedule, toks, k):
                timed = True
        return dosed and timed

    def _treatment_at(self, toks: list[str], j: int) -> bool:
        tok = toks[j]
        if tok[1:2] == "'" and len(tok) > 3:
            tok = tok[2:]  # French elision: "l'aspirine", "d'ibuprofène"
        if tok in self.treatment_words or (tok in self.treatment_phrases and phrase_at(self.treatment_phrases, toks, j)):
            return True
        if tok[0].isdigit():
            if tok.lstrip("0123456789.,") in self.units:
                return True  # "3mg"
            if decimal_point(toks, j + 1):
                j += 2  # "1.5 mg" was read as "1 . 5 mg"
            return j + 1 < len(toks) and (toks[j + 1] in self.units or toks[j + 1].lstrip("0123456789") in self.units)
        if len(tok) > 5 and (tok.startswith(self.stems) or tok.endswith(self.suffixes)):
            return True
        if "-" in tok:  # "ibuprofen-saft", "paracetamol-zäpfchen": a drug in a compound
            return any(self._named(part) for part in tok.split("-"))
        return not tok.isascii() and self._named(tok)  # most words end at the ASCII test

    def _named(self, tok: str) -> bool:
        """A treatment word, or a generic name by its stem or ending, accents folded ("oméprazole")."""
        if tok in self.treatment_words:
            return True
        tok = tok.translate(UNACCENTED)
        return len(tok) > 5 and (tok.startswith(self.stems) or tok.endswith(self.suffixes))
