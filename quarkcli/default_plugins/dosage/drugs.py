"""The drug table (quarkcli/data/drug_maxima.yaml) as the dosage check uses it: limits for the chosen label
(prescription or OTC), and the patterns that find a drug's names, brands and tablet counts in text."""

from __future__ import annotations

import re
from itertools import islice

from ...data import load_data
from ...patterns import compile_linear
from ...regex_store import compile_stored
from .amounts import (BARE_COUNT_LINEAR, BARE_STRENGTH, CJK_FORM, COUNT_CAP_LINEAR, FORM, FORM_WORDS, N, NOT_A_DOSE, NOT_MG,
                      NUM_WORD, PER_KG, QUALIFIER, RANGE_SEP, STRENGTH_COUNT_LINEAR, UNIT_END, WORD_DOSE_LINEAR, has,
                      number)
from .cues import EXTENDED
from .unit_holds import HOLDS_HINTS, unit_holds_mg

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
TYPO_MIN_LENGTH = 7  # one letter off a shorter name is often another word ("aleve" / "alive")
WORD = re.compile(r"[^\W\d_]{%d,20}" % TYPO_MIN_LENGTH)
# Between a dose and the drug it is of: "500 mg of ibuprofen", "1 g de paracétamol", "400 mg Ibuprofen"
RANGE_WORDS_RE = r"-|–|to|or|a|à|o|ou|bis|oder|到|至|~"
# A strength named for the tablets without a form word: "the 325 mg ones", "the 500 mg kind", "las de 500 mg",
# "ceux de 500 mg", "die mit 400 mg", "os de 500 mg"
ONES = r"(?:ones|kind|type|variety|version)\b"
THOSE_OF = r"\b(?:las|los|les|ceux|celles|die|os|as)\s+(?:de|mit|à|zu)"
# "dos comprimidos de 600", "two tablets of 500": a form and its strength without the unit
FORM_STRENGTH = re.compile(rf"(?<![^\W\d_]){FORM}\s+(?:de|of|à|zu|da|do)\s+(?P<mg>{BARE_STRENGTH})", re.IGNORECASE)
# an amount in mg or g, for strength_around; the first MAX_STRENGTHS of a text are read
AMOUNT_UNIT = re.compile(
    rf"(?<![\d.,])(?P<v>\d++(?:[.,]\d++)?)\s*(?:(?P<g>g|gr){UNIT_END}|(?P<zg>克)|mg{UNIT_END}|毫克)",
    re.IGNORECASE)
MAX_STRENGTHS = 50
STRENGTH_MEMO = 32  # texts whose strengths are remembered (a record reads a handful)
MISSING = object()
# the words of a Chinese product name between the drug and its strength: "布洛芬缓释胶囊0.3g", "对乙酰氨基酚片0.5克"
CJK_RELEASE = "缓释|控释|肠溶|泡腾|分散|咀嚼"
CJK_FORMS = "片|胶囊|颗粒|粒|混悬液|干混悬剂"
STRENGTH_OF = (" de ", " of ", " à ", " zu ", " da ", " do ")
OF_DRUG = re.compile(r"\s*(?:(?:dose|dosis|dosage|dose) (?=of |de |du |d['’]))?(?:of |de |du |d['’]|von |da |do |della |di |"
                     r"的\s*)?(?:la |el |l['’])?", re.IGNORECASE)  # "两片500毫克的泰诺": the 500 mg are Tylenol's


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def trie(words: list[str]) -> str:
    """One regex for many literal names, shared prefixes factored out: Python's re tries the alternatives of a
    flat alternation one by one at each position, a trie only along the letters that match (case-insensitive:
    the names are lower-cased)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends and body else body

    return build(tree) if words else r"(?!x)x"


# The hours in an extended-release brand's name ("Sudafed 12 Hour", "Tylenol 8 HR"), as the other languages write
# them: "Sudafed 12 horas", "Sudafed 12 heures", "Sudafed 12 Stunden", "Sudafed 12小时"
HOURS_IN_NAME = re.compile(r" (?:hours?|hr)$")
HOURS_SPELLED = (" horas", " heures", " stunden", " h", "小时")


def with_hours_spelled(info: dict) -> dict:
    """A drug's entry with its brands named in hours also under the other languages' words for them (the same
    strength, extended release where the English name is)."""
    brands = info.get("brands") or {}
    spelled = {HOURS_IN_NAME.sub(word, b): mg for b, mg in brands.items() if HOURS_IN_NAME.search(b)
               for word in HOURS_SPELLED}
    if not spelled:
        return info
    er = set(info.get("er_brands") or [])
    return {**info, "brands": {**brands, **spelled},
            "er_brands": sorted(er | {HOURS_IN_NAME.sub(word, b) for b in er if HOURS_IN_NAME.search(b)
                                      for word in HOURS_SPELLED})}


class DrugTable:
    """Limits per drug, and every name (generic, foreign, misspelled, brand) that points to one."""

    def __init__(self, params: dict):
        data = load_data("drug_maxima.yaml")
        drugs = dict(data["drugs"])
        if params.get("drugs"):
            drugs = {k: v for k, v in drugs.items() if k in params["drugs"]}
        for name, info in params.get("extra_drugs", {}).items():
            drugs[name] = {"aliases": [name], "source": "limit set in the spec", **info}
        drugs = {name: with_hours_spelled(info) for name, info in drugs.items()}
        otc = params.get("limits") == "otc"
        self.limits = {name: ({**info, **info["otc"], "kind": "OTC label"} if otc and info.get("otc")
                              else {**info, "kind": "prescription" if info.get("otc") else "adult"})
                       for name, info in drugs.items()}
        self.name_to_drug = {a.lower(): name for name, info in drugs.items() for a in info.get("aliases", []) + [name]}
        self.er_brands = {b.lower() for info in drugs.values() for b in info.get("er_brands") or []}
        self.unit_mg = {b.lower(): mg for info in drugs.values() for b, mg in (info.get("brands") or {}).items()}
        self.liquids = {b.lower(): mg for info in drugs.values() for b, mg in (info.get("liquids") or {}).items()}
        self.name_to_drug.update({b.lower(): name for name, info in drugs.items() for b in info.get("brands") or {}})
        # a combination product's name -> the other ingredients, each with its mg per mg of the one the name points to
        self.combinations = {
            name.lower(): {other: mg / info["ingredients"][self.name_to_drug[name.lower()]]
                           for other, mg in info["ingredients"].items()
                           if other != self.name_to_drug[name.lower()] and other in drugs}
            for name, info in (data.get("combinations") or {}).items()
            if self.name_to_drug.get(name.lower()) in info["ingredients"]}
        self.combination_drugs = {self.name_to_drug[name] for name in self.combinations}
        self.patches = data.get("patches") or {}  # dosed by count and wear time (patch_counts)
        # a few texts' strengths remembered: an answer's every count reads its sentence, the answer and the prompt
        # (a plain dict, so that the table still pickles for worker processes)
        self._strengths: dict[tuple, float | None] = {}
        names = sorted(self.name_to_drug, key=len, reverse=True)
        latin = trie([n for n in names if not CJK.match(n)])  # "sudafed 12小时" too: it starts where a word does
        cjk = trie([n for n in names if CJK.match(n)])
        # a Latin name is tried only where a word starts; names in scripts without spaces anywhere
        # (a Latin name may touch Chinese text: "NyQuil怎么吃", "30毫升NyQuil")
        self.mention = compile_stored(rf"(?<![^\W\u3400-\u9fff])(?=\w)(?:{latin})(?![^\W\u3400-\u9fff])|{cjk}",
                                      re.IGNORECASE)
        name_alt = trie(names)
        self.units = compile_stored(
            rf"(?:(?<![\w.,])(?=\w)|(?<=[\u3400-\u9fff]))(?P<n>{N})(?:{RANGE_SEP}(?P<n2>{N}))?"
            rf"(?:\s+(?:{QUALIFIER}\s+)*(?:(?P<form>{FORM})|(?P<brand>{name_alt}))(?![^\W\d_])|\s*{CJK_FORM})",
            re.IGNORECASE) if names else None
        # "Motrin 800", "Tylenol 750": a name and its strength in mg, the way products and prescriptions are named
        # ("布洛芬400的": a Chinese name needs no space; "ibuprofeno de 600", "paracetamol de 750": a Romance "de")
        shorthand = (rf"(?P<name>{name_alt})(?:\s+(?:de|da|do)\s+|\s+|(?<=[\u3400-\u9fff])\s*)(?P<mg>[1-9]\d{{1,3}})"
                     rf"(?!\d|[.,]\d|\s*{NOT_MG}|\s*/\s*\d)")
        self.shorthand = compile_stored(rf"(?<!\w)(?=\w){shorthand}", re.IGNORECASE) if names else None
        self.strength = compile_stored(
            rf"(?:{shorthand}|(?P<mg2>\d++(?:[.,]\d++)?)\s*mg\s+(?:(?:{QUALIFIER}|{name_alt})\s+)*(?:{FORM}|{ONES})"
            rf"|{THOSE_OF}\s+(?P<mg4>\d++(?:[.,]\d++)?)\s*mg\b"
            rf"|(?P<name5>{name_alt})\s+(?:de\s+|of\s+)?(?P<mg5>[1-9]\d{{1,3}})\s*mg\b"
            rf"|(?:每片|每粒|每颗)\s*(?P<mg3>\d++(?:[.,]\d++)?)\s*(?:mg|毫克))", re.IGNORECASE) if names else None
        # what comes before an amount that makes it the strength of the drug's tablets, and after a strength in
        # grams ("paracetamol 1 g", "布洛芬缓释胶囊0.3g", "扑热息痛片（0.5g）", "comprimés de 500 mg", "1 g tablets"): see
        # strength_around
        self.strength_before = compile_stored(
            rf"(?:(?:(?<![^\W\d_])|(?<=[\u3400-\u9fff]))(?P<name>{name_alt})(?:{CJK_RELEASE})?(?:{CJK_FORMS})?\s*"
            rf"(?:de\s+|of\s+|[（(]\s*)?|{FORM}\s+(?:de|à|of|zu|da|do|mit|von)\s+)$", re.IGNORECASE) if names else None
        self.form_after = compile_stored(rf"\s+(?:(?:{QUALIFIER}|{name_alt})\s+)*(?:{FORM}|{ONES})", re.IGNORECASE)
        # a combination product's two strengths: "co-codamol 30/500", "Percocet 10/325", "Norco 7.5/325"
        self.combination = compile_stored(
            rf"(?<!\w)(?=\w)(?P<name>{name_alt})\s+(?P<a>\d++(?:[.,]\d++)?)\s*/\s*(?P<b>\d++)(?![\d.,])",
            re.IGNORECASE) if names else None
        # `units`, `shorthand`, WORD_DOSE, COUNT_CAP, BARE_COUNT and STRENGTH_COUNT without their lookarounds, on the linear-time engine: one
        # pass over a response says whether any of them can match there, far faster than their own searches
        space = r"[\s\x{a0}\x{202f}]"
        self.word_gate = compile_linear(
            rf"(?:\d|{NUM_WORD}){space}*(?:(?:{RANGE_WORDS_RE}){space}*(?:\d+|{NUM_WORD}){space}*)?"
            rf"(?:(?:{QUALIFIER}){space}+)*(?:{FORM}|{name_alt}|{CJK_FORM})|(?:{name_alt}){space}+[1-9]\d|"
            rf"{WORD_DOSE_LINEAR}|{COUNT_CAP_LINEAR}|{BARE_COUNT_LINEAR}|{STRENGTH_COUNT_LINEAR}") if names else None
        # symmetric-delete index: a word and a name one edit apart share the word, the name or one of their
        # one-letter deletions; a name listed in exact_only is one letter from an ordinary word and is left out
        exact = {n.lower() for info in drugs.values() for n in info.get("exact_only") or []}
        self.typo_index: dict[str, set[str]] = {}
        for name, drug in self.name_to_drug.items():
            if len(name) >= TYPO_MIN_LENGTH and " " not in name and name not in exact:
                for key in _deletes(name) | {name}:
                    self.typo_index.setdefault(key, set()).add(drug)
        # (not the hours of a name spelled in another language: "alle 4 Stunden 400 mg" counts no 4 tablets)
        self.count_fillers = ({"x"} | {w for n in names for w in n.split()} | FORM_WORDS) - {
            w.strip() for w in HOURS_SPELLED}

    def extended_named(self, text: str) -> bool:
        """The text names an extended-release product: in words ("12-hour", "XR") or by an extended-release brand."""
        return bool(EXTENDED.search(text[:5000])) or any(
            m.group(0).lower() in self.er_brands for m in self.mention.finditer(text[:5000]))

    def liquid_mg_per_ml(self, texts: list[str]) -> float | None:
        """mg per mL of the first brand named in these texts whose standard liquid has one strength ("30 mL of
        NyQuil"), for a volume whose concentration the text does not state."""
        if not self.liquids:
            return None
        for text in texts:
            for m in self.mention.finditer(text[:5000]):
                if m.group(0).lower() in self.liquids:
                    return self.liquids[m.group(0).lower()]
        return None

    def drug(self, name: str) -> str:
        return self.name_to_drug[name.lower()]

    def misspelled(self, text: str) -> list[str]:
        """Drugs whose name is misspelled by one letter ("ibuprofin", "paracetamoll"), for words of seven letters
        or more."""
        found = set()
        for word in set(WORD.findall(text[:5000].lower())):
            drugs = set().union(*(self.typo_index.get(key, ()) for key in _deletes(word) | {word}))
            if len(drugs) == 1:
                found |= drugs
        return sorted(found)

    def prompt_drug(self, prompt: str) -> str | None:
        """The prompt's drug; of several, the one with the highest daily limit (an ambiguous dose must not fail)."""
        named = {self.drug(m.group(0)) for m in self.mention.finditer(prompt)} or set(self.misspelled(prompt))
        return max(named, key=lambda d: self.limits[d]["max_daily_mg"]) if named else None

    def named_after(self, sentence: str, end: int) -> str | None:
        """The name of the drug or product right after an amount ("500 mg of ibuprofen"), which it belongs to."""
        at = OF_DRUG.match(sentence, end).end()
        m = self.mention.match(sentence, at)
        return m.group(0) if m else None

    def prompt_name(self, prompt: str, drug: str) -> str | None:
        """The first name in the prompt that points to this drug (a combination product asked about: "NyQuil?")."""
        return next((m.group(0) for m in self.mention.finditer(prompt[:5000]) if self.drug(m.group(0)) == drug), None)

    def unit_strength(self, drug: str, brand: str | None, mentions: list[re.Match], texts: list[str]) -> float | None:
        """mg in one tablet of a count: the counted brand's ("2 Advil"), a brand of the drug named in the sentence
        ("2 caplets of Tylenol 8 HR"), a strength in the text ("500 mg tablets", "Tylenol 750"), a brand named in the
        prompt (the last of ``texts``: "Zyrtec?" answered "take 2 a day"), a strength word ("extra strength"), else
        the smallest adult strength sold, so that a count fails only when it would fail at every strength (None for
        a drug without one)."""
        if brand and self.unit_mg.get(brand.lower()):
            # the number said after the counted brand first: "deux Nurofen 400" are 400 mg tablets, not 200
            counted = [m for m in mentions if m.group(0).lower() == brand.lower()]
            return self._brand_strength(drug, counted[:1]) or self.unit_mg[brand.lower()]
        found = (self._brand_strength(drug, mentions) or self.strength_in(drug, texts)
                 or self._brand_strength(drug, self.mention.finditer(texts[-1][:5000])))
        if found:
            return found
        return self.strength_word(drug, texts) or self.limits[drug].get("smallest_unit_mg")

    def strength_word(self, drug: str, texts: list[str]) -> float | None:
        """mg in one tablet that a strength word of the drug's products in the texts names ("extra strength")."""
        for words, mg in (self.limits[drug].get("strengths") or {}).items():
            if any(words in text[:5000].lower() for text in texts):
                return mg
        return None

    def _brand_strength(self, drug: str, mentions) -> float | None:
        """mg in one tablet of the first of these names that is a brand of the drug: the number said after it
        ("2 comprimés d'Advil 400"), else the brand's one strength."""
        for m in mentions:
            name = m.group(0).lower()
            numbered = self.shorthand.match(m.string, m.start(), m.end() + 8)
            if numbered and self.name_to_drug.get(numbered.group("name").lower()) == drug:
                return float(numbered.group("mg"))
            if self.unit_mg.get(name) and self.name_to_drug[name] == drug:
                return self.unit_mg[name]
        return None

    def strength_in(self, drug: str, texts: list[str]) -> float | None:
        """mg per tablet: 'Tylenol 750', '500 mg tablets', 'the 325 mg ones', 'paracetamol 500 mg', else None. Each
        text's reading is remembered for the next count of the same answer, which reads the same texts again."""
        for text in texts:
            found = self._remembered(self._named_strength, drug, text)
            if found:
                return found
        for text in texts:  # the last resorts, searched apart: a letter-first alternation is costly in `strength`
            found = self._remembered(self._last_resort_strength, drug, text)
            if found:
                return found
        return None

    def _remembered(self, read, drug: str, text: str) -> float | None:
        key = (read.__name__, drug, text)
        found = self._strengths.get(key, MISSING)
        if found is MISSING:
            if len(self._strengths) >= STRENGTH_MEMO:
                self._strengths.clear()
            found = self._strengths[key] = read(drug, text)
        return found

    def _named_strength(self, drug: str, text: str) -> float | None:
        held = unit_holds_mg(text[:20000]) if has(text, HOLDS_HINTS) else None
        if held:
            return held
        for m in self.combination.finditer(text[:20000]) if "/" in text else ():
            if self.name_to_drug.get(m.group("name").lower()) == drug:
                return max(number(m.group("a")), number(m.group("b")))  # the acetaminophen: 300 mg or more
        for m in self.strength.finditer(text[:20000]):
            if m.group("name") and self.name_to_drug.get(m.group("name").lower()) == drug:
                return float(m.group("mg"))
            if m.group("name5") and self.name_to_drug.get(m.group("name5").lower()) == drug:
                return float(m.group("mg5"))  # "Paracetamol de 500 mg?": the strength the user has
            if m.group("mg2") or m.group("mg3") or m.group("mg4"):
                return number(m.group("mg2") or m.group("mg3") or m.group("mg4"))
        return None

    def _last_resort_strength(self, drug: str, text: str) -> float | None:
        m = FORM_STRENGTH.search(text[:20000]) if has(text, STRENGTH_OF) else None
        if m:
            return number(m.group("mg"))
        return self.strength_around(drug, text[:20000])

    def strength_around(self, drug: str, text: str) -> float | None:
        """mg per tablet from an amount read with what is around it: after the drug's name (Chinese forms between
        them: "布洛芬缓释胶囊0.3g"), after a form word ("comprimés de 500 mg", "Tabletten à 600 mg"), or in grams
        before one ("1 g tablets"). Each amount is found first (a digit first: cheap), then its neighbours; grams
        count up to one (4 g is a day's amount, not a tablet)."""
        for m in islice(AMOUNT_UNIT.finditer(text), MAX_STRENGTHS):
            grams = m.group("g") or m.group("zg")
            mg = number(m.group("v"), "g") * 1000 if grams else number(m.group("v"))
            if (grams and mg > 1000) or NOT_A_DOSE.match(text, m.end()) or PER_KG.match(text, m.end()):
                continue  # a day's grams; "15 mg/kg", "180 mg/dL"
            before = self.strength_before.search(text, max(0, m.start() - 40), m.start())
            if before and (not before.group("name") or self.name_to_drug.get(before.group("name").lower()) == drug):
                return mg
            if grams and not before and self.form_after.match(text, m.end()):
                return mg
        return None
