"""Natural-language identification with lingua (offline n-gram models), shared by ``language_match`` and
IFEval's ``language:response_language``.

lingua is imported, and its models loaded, only when a check first identifies a text; one detector per set of
languages is built once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_data
from ..dimensions import Dimension, Record, Score
from ..errors import QuarkError

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
HAN = re.compile(r"[\u3400-\u9fff]+")
KANA = re.compile(r"[\u3040-\u30ff]+")
HANGUL = re.compile(r"[\uac00-\ud7af]+")
# What says nothing about the language around it: quoted terms, acronyms, links, numbers with their units.
# Every branch starts with a character, not an assertion ("'" then ``(?<!\w')`` is "(?<!\w)'", a capital then
# ``(?<!\w[A-Z])`` is "\b[A-Z]"), so that ``re`` skips ahead to the positions where one can start: half the cost.
QUOTED = re.compile(r"'(?<!\w')[^'\n]{1,60}'(?!\w)|\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|‘[^’\n]{1,60}’|«[^»\n]{1,80}»|„[^“\n]{1,80}“")
NOISE = re.compile(r"https?://\S+|[A-Z](?<!\w[A-Z])[A-Z0-9]+s?\b|\d+(?:[.,]\d+)*(?:\s*(?:mg|g|mcg|ml|kg|%)(?!\w))?")
WORD = re.compile(r"[^\W\d_]+")
MAX_CHARS = 400  # the detector reads at most this much of one text: more says nothing new about its language
SURE_WORDS, SURE_RATIO = 4, 3
"""A text with at least SURE_WORDS function words of one language, SURE_RATIO times as many as of any other, is
in that language without asking the detector (see ``Identifier.identify``)."""
PRELOAD_TEXT = "Rest, drink water and see a doctor if the fever lasts."
SENTENCE = re.compile(r"[^.!?。！？\n]*+[.!?。！？]*+")


def default_languages() -> list[str]:
    return list(load_data("languages.yaml")["detect"])


@lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...], low_accuracy: bool):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    chosen = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in languages]
    builder = LanguageDetectorBuilder.from_languages(*chosen)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


class LanguageCodeError(QuarkError):
    """A language code the detector has no model for."""


def clean(text: str) -> str:
    """The text less what carries no sign of its language (quoted terms, acronyms, numbers, links)."""
    return NOISE.sub(" ", QUOTED.sub(" ", text))


def weight(text: str) -> int:
    """Letters, a CJK character counting as three (one carries about a word's worth of signal); counted by runs,
    not one string per letter."""
    return _characters(WORD, text) + 2 * _cjk_characters(text)


def _cjk_characters(text: str) -> int:
    """How many CJK characters the text holds; an ASCII text (most English sentences, told by one C pass) holds
    none and is not scanned with the regex."""
    return 0 if text.isascii() else _characters(CJK_RUN, text)


def _characters(runs: re.Pattern, text: str) -> int:
    """How many characters of the text are in runs of ``runs`` (one string per run, not one per character)."""
    return sum(map(len, runs.findall(text)))


class Words:
    """One cleaned text's words, read once: its weight, the script test and the function-word and sure-word gates
    all read these, where each used to split and lower the same text again (six times a sentence, about half of
    ``language_match``'s CPU)."""

    __slots__ = ("lowered", "letters", "cjk", "_counts")

    def __init__(self, text: str):
        tokens = WORD.findall(text)
        self.lowered = list(map(str.lower, tokens))
        self.letters = sum(map(len, tokens))
        self.cjk = _cjk_characters(text)
        self._counts: dict[str, int] | None = None

    @property
    def weight(self) -> int:
        return self.letters + 2 * self.cjk

    def counts(self) -> dict[str, int]:
        """How many of the words are each language's function words, in the order first met; shared by every
        caller, so read it and copy it before adding to it (a copy a call was a tenth of the dimension's CPU)."""
        if self._counts is None:
            table, counts = _word_languages(), {}
            for langs in filter(None, map(table.get, self.lowered)):
                for lang in langs:
                    counts[lang] = counts.get(lang, 0) + 1
            self._counts = counts
        return self._counts


class Identifier:
    """Tells the language of a text, or None when it is too short or the detector is unsure."""

    def __init__(self, languages: list[str] | None = None, min_letters: int = 10, min_confidence: float = 0.5,
                 low_accuracy: bool = False):
        self.languages = tuple(sorted(set(languages or default_languages())))
        from lingua import IsoCode639_1

        unknown = [code for code in self.languages if not hasattr(IsoCode639_1, code.upper())]
        if unknown:
            raise LanguageCodeError(f"no language model for {', '.join(unknown)} (ISO 639-1 codes lingua knows)")
        self.min_letters = min_letters
        self.min_confidence = min_confidence
        self.low_accuracy = low_accuracy

    def preload(self) -> None:
        """Load the detector's models, which it otherwise loads at the first text it is asked about (about a
        second and a half of CPU): one Latin-script text loads those of every Latin-script language, the ones
        the function-word gate leaves to it; other scripts are told apart by their letters."""
        _detector(self.languages, self.low_accuracy).compute_language_confidence_values(PRELOAD_TEXT)

    def identify(self, text: str, cleaned: bool = False, repeats: bool = False) -> str | None:
        """``repeats``: the text is likely to come again (a prompt with several completions), so keep the answer
        (the whole answer: the gate's counting of words too, not only the detector's ranking)."""
        return _identified(self, text, cleaned, True) if repeats else self._identify(text, cleaned)

    def _identify(self, text: str, cleaned: bool = False, repeats: bool = False,
                  words: Words | None = None) -> str | None:
        """See ``identify``.

        The detector costs a few hundred microseconds a text, most of a response's scoring; a text whose function
        words leave no doubt (``_sure_language``) is taken at their word. On the 1,311 prompts, responses and
        sentences of the benchmark's dev split, the examples and the ablation data, the detector agreed with
        every such decision (578), and on the 5,674 texts of 3,000 throughput-benchmark records (4,280); at three words
        it called short questions English that it found unclear ("How much loratadine for hay fever?"). A caller
        asking for more than the default confidence always gets the detector. ``words``: the cleaned text's
        ``Words``, when the caller has them already."""
        text = text if cleaned else clean(text)
        words = words or Words(text)
        if self.min_confidence <= 0.5:
            sure = _sure_language(text, words)
            if sure in self.languages and words.weight >= self.min_letters:
                return sure
        ranked = (self.ranked(text, True, True) if repeats  # kept too, for ``likely`` on the same prompt
                  else _ranked(text, self.languages, self.low_accuracy, self.min_letters, words))
        if not ranked or ranked[0][1] < self.min_confidence or (len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]):
            return None
        return ranked[0][0]

    def likely(self, text: str) -> set[str]:
        """The languages a text may well be in (at least half the top score), when ``identify`` cannot decide."""
        ranked = self.ranked(text, repeats=True)
        return {lang for lang, value in ranked if value >= 0.5 * ranked[0][1]} if ranked else set()

    def ranked(self, text: str, cleaned: bool = False, repeats: bool = False) -> list[tuple[str, float]]:
        """(language, score) best first: the detector's confidence plus function-word votes; [] for short text."""
        return (_ranked_cached if repeats else _ranked)(text if cleaned else clean(text), self.languages,
                                                        self.low_accuracy, self.min_letters)

    def sentences(self, text: str, expected: set[str] = frozenset()) -> list[tuple[str | None, int]]:
        """(language or None, weight) of each sentence; CJK stops end a sentence without a space.

        A sentence whose function words clearly say it is in an ``expected`` language is taken at their word:
        the detector costs about half a millisecond a sentence, and most sentences are in the expected language.
        """
        found = []
        for part in SENTENCE.findall(clean(text)):
            if not part:
                continue  # the empty match after each sentence
            words = Words(part)
            w = words.weight
            if w >= self.min_letters:
                by_words = _function_word_language(part, words)
                found.append((by_words if by_words in expected else self._identify(part, True, False, words), w))
            elif w:
                found.append((None, w))
        return found


def _ranked(text: str, languages: tuple[str, ...], low_accuracy: bool, min_letters: int,
            words: Words | None = None) -> list[tuple[str, float]]:
    words = words or Words(text)
    if words.weight < min_letters:
        return []
    script = _cjk_language(text, words)
    if script in languages:
        return [(script, 1.0)]  # the script alone tells these apart
    code = _codes()
    values = {code[v.language]: v.value
              for v in _detector(languages, low_accuracy).compute_language_confidence_values(text[:MAX_CHARS])}
    for lang, boost in _function_word_votes(text, words).items():
        if lang in values:
            values[lang] += boost
    return sorted(values.items(), key=lambda kv: kv[1], reverse=True)


@lru_cache(maxsize=1)
def _codes() -> dict:
    """lingua's languages to their ISO 639-1 codes: looked up, not spelled out again for each of the 13 values of
    each text."""
    from lingua import Language

    return {language: language.iso_code_639_1.name.lower() for language in Language.all()}


_ranked_cached = lru_cache(maxsize=4096)(_ranked)
_identified = lru_cache(maxsize=4096)(Identifier._identify)


def _function_word_language(text: str, words: Words | None = None) -> str | None:
    """The language of at least two of a text's function words, twice as many as any other's; else None."""
    lang, top, second = _top_two((words or Words(text)).counts())
    return lang if top >= 2 and top >= 2 * second else None


def _top_two(counts: dict[str, int]) -> tuple[str, int, int]:
    """The language with the most words (the first met among equals), its count and the next best count (0 when
    there is none): what a sort of the counts gave, without sorting them."""
    if not counts:
        return "", 0, 0
    lang = max(counts, key=counts.get)
    return lang, counts[lang], max((n for other, n in counts.items() if other != lang), default=0)


def _sure_language(text: str, words: Words | None = None) -> str | None:
    """The language of at least SURE_WORDS of the text's function words (and ``sure_words``, languages.yaml), SURE_RATIO
    times as many as any other's, in a text without CJK characters (the script decides those); else None."""
    words = words or Words(text)
    if words.cjk:
        return None
    counts = words.counts()
    more = [lang for lang in map(_sure_words().get, words.lowered) if lang]
    if more:
        counts = dict(counts)  # the words' own counts are shared
        for lang in more:
            counts[lang] = counts.get(lang, 0) + 1
    lang, top, second = _top_two(counts)
    return lang if top >= SURE_WORDS and top >= SURE_RATIO * second else None


@lru_cache(maxsize=1)
def _sure_words() -> dict[str, str]:
    return {word: lang for lang, words in load_data("languages.yaml").get("sure_words", {}).items() for word in words}


def _function_word_votes(text: str, words: Words) -> dict[str, float]:
    """0.1 for each function word of a language in the text (at most 0.5), 0.3 to Spanish for ¿ or ¡: a
    one-line question gives the n-gram models little to go on, and these words are what tells it."""
    votes = {lang: min(0.5, 0.1 * n) for lang, n in words.counts().items()}
    if "¿" in text or "¡" in text:
        votes["es"] = votes.get("es", 0.0) + 0.3
    return votes


@lru_cache(maxsize=1)
def _word_languages() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for lang, words in load_data("languages.yaml")["function_words"].items():
        for word in words:
            table.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in table.items()}


def _cjk_language(text: str, words: Words) -> str | None:
    """'zh', 'ja' or 'ko' for text mostly in those scripts (kana makes Japanese, hangul Korean)."""
    if 2 * words.cjk <= words.letters:
        return None  # the three scripts together are exactly CJK_RUN's characters
    han, kana, hangul = (_characters(script, text) for script in (HAN, KANA, HANGUL))
    return "ja" if kana else "ko" if hangul > han else "zh"


@lru_cache(maxsize=4096)
def requested_languages(prompt: str) -> frozenset[str]:
    """Languages the prompt asks the answer to be in ("in English", "en inglés", "auf Deutsch", "用英文")."""
    pattern, code_of = _request_pattern()
    return frozenset(code_of[(m.group("name") or m.group("zh")).lower()] for m in pattern.finditer(prompt))


@lru_cache(maxsize=1)
def _request_pattern() -> tuple[re.Pattern, dict[str, str]]:
    code_of = {name: code for code, names in load_data("languages.yaml")["names"].items() for name in names}
    ordered = sorted(code_of, key=len, reverse=True)
    latin = "|".join(re.escape(n) for n in ordered if not CJK.search(n))
    cjk = "|".join(re.escape(n) for n in ordered if CJK.search(n))
    return re.compile(rf"\b(?:in|en|auf|em|na|into|to)\s+(?P<name>{latin})(?!\w)|(?:用|以)(?P<zh>{cjk})",
                      re.IGNORECASE), code_of


class LanguageMatch(Dimension):
    """The response is in the prompt's language (or one the prompt asks for), sentence by sentence."""

    def __init__(self, params: dict):
        super().__init__(params)
        self.identifier = Identifier(params.get("languages"), params["min_letters"], params["min_confidence"],
                                     params["low_accuracy"])

    def preload(self) -> None:
        self.identifier.preload()

    def score(self, record: Record) -> Score:
        prompt = record.prompt_text
        want = self.identifier.identify(prompt, repeats=True)
        if want is None:
            return self._unclear_prompt(record)
        allowed = {want} | requested_languages(prompt)
        parts = self.identifier.sentences(record.response, allowed)
        if not parts:
            return Score.verdict(False, ["response contains no letters"])
        judged = [(lang, w) for lang, w in parts if lang]
        if not judged:
            whole = self.identifier.identify(record.response)
            if whole is None:
                return Score.verdict(True, ["response too short to tell its language"])
            judged = [(whole, sum(w for _, w in parts))]
        by_language: dict[str, int] = {}
        for lang, w in judged:
            by_language[lang] = by_language.get(lang, 0) + w
        total = sum(by_language.values())
        main = max(by_language, key=by_language.get)
        expected = "/".join(sorted(allowed))
        if main not in allowed:
            return Score.verdict(False, [f"prompt is in '{want}', response in '{main}' (expected '{expected}')"])
        foreign = {lang: w for lang, w in by_language.items() if lang not in allowed}
        share = sum(foreign.values()) / total
        if share > self.params["max_foreign_share"]:
            other = max(foreign, key=foreign.get)
            return Score.verdict(False, [f"{share:.0%} of the response is in '{other}', not '{expected}'"])
        return Score.verdict(True, [f"response in '{main}' like the prompt" + (f" ({share:.0%} in other languages)"
                                                                                 if share else "")])

    def _unclear_prompt(self, record: Record) -> Score:
        """A prompt too short or too mixed to tell ("Was ist ein Burnout?"): a response clearly in one of its likely
        languages passes, anything else is left unscored rather than guessed."""
        if weight(clean(record.response)) < self.identifier.min_letters:
            return Score.verdict(True, ["prompt and response too short to tell their languages apart"])
        likely = self.identifier.likely(record.prompt_text)
        answered = self.identifier.identify(record.response)
        if answered and answered in likely:
            return Score.verdict(True, [f"prompt's language unclear ({'/'.join(sorted(likely))}); "
                                        f"response in '{answered}', one of them"])
        return Score.unscored("the prompt is too short or unclear to tell its language")
