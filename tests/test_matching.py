"""The RE2 prefilter in front of the built-in lexicons: it may let through what cannot match, never the reverse."""

import gc
import json
import random
from collections import defaultdict

import pytest

from quarkcli.default_plugins.harmful_claims.grammar import Part
from quarkcli.default_plugins.text import Gated, Phrases, compile_phrases, wide_reading
from quarkcli.patterns import may_match, prefilter
from quarkcli.scoring import Scorer
from quarkcli.spec import load_spec

from .conftest import EXAMPLES, ROOT
from .required_literals import folded, may_contain_match, required_literals, texts_holding


def texts() -> list[str]:
    found = []
    for path in [EXAMPLES, *sorted((ROOT / "benchmarks" / "medical_checks").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            prompt = record["prompt"]
            found += [record["response"], prompt if isinstance(prompt, str) else json.dumps(prompt)]
    return found


def test_every_phrase_match_passes_the_prefilter(rules_spec):
    """Every text the prefilter rejects is searched with the lexicon's own pattern, for every distinct built-in
    lexicon (the harmful-claims rules' parts, compiled when first read, all compiled here, so that the set does
    not depend on which tests ran before) and every distinct example and benchmark text: none may match. Where
    none of the literals the pattern requires (``required_literals``, from Python's parse of it) is in a text
    (``folded`` as ``re`` folds case, accents and Chinese kept), no match can be, so that pair is not visited at
    all (``texts_holding`` finds the texts that hold each literal, nine in ten pairs hold none): there the
    prefilter's answer could not break the property. A text the prefilter lets through cannot break the property,
    so only the gated search's answers are compared there, on a fixed sample that meets every lexicon, where every
    match found must also hold one of its pattern's required literals. The medical spec's sentence-encoder
    dimensions are left out: they hold no lexicon the rule dimensions do not, and loading their models cost more
    CPU than the search."""
    scorer = Scorer(load_spec(rules_spec))  # holds its dimensions' lexicons while they are searched
    for part in [obj for obj in gc.get_objects() if isinstance(obj, Part)]:
        for index in range(len(part.sources)):
            part.pattern(index)
    lexicons = [obj for obj in gc.get_objects() if isinstance(obj, Phrases)]
    gated = list({obj.pattern: obj for obj in gc.get_objects() if isinstance(obj, Gated)}.values())
    assert scorer.dimensions
    assert lexicons and all(isinstance(p.builtin, Gated) for p in lexicons), "a built-in lexicon lost its prefilter"
    assert len(gated) > 400  # the red flags', harmful claims' and escalation's phrase lists and the rules' parts
    needed = {phrases.pattern: required_literals(phrases.pattern) for phrases in gated}
    every = sorted(set(texts()))
    lowered = [folded(text) for text in every]
    holding = texts_holding(set().union(*filter(None, needed.values())), lowered)
    everyone = set(range(len(every)))
    visited = defaultdict(list)  # text index -> the lexicons (in ``gated``'s order) it may match
    for phrases in gated:
        literals = needed[phrases.pattern]
        for index in everyone if literals is None else set().union(*(holding[lit] for lit in literals)):
            visited[index].append(phrases)
    sample = set(random.Random(13).sample(every, 500))
    matched = rejected = 0
    for index, text in enumerate(every):  # one text against its lexicons in a row, as scoring does (the
        in_sample = text in sample        # prefilter keeps its bytes)
        for phrases in gated if in_sample else visited[index]:
            if not may_match(phrases.gate, text):
                rejected += 1
                if may_contain_match(needed[phrases.pattern], lowered[index]):
                    assert phrases.regex.search(text) is None, (phrases.pattern[:80], text[:80])
                assert phrases.search(text) is None
            elif in_sample:
                found = phrases.regex.search(text)
                assert (phrases.search(text) is None) == (found is None)
                matched += found is not None
                assert found is None or may_contain_match(needed[phrases.pattern], lowered[index]), phrases.pattern[:80]
    assert matched > 100 and rejected > 100_000  # both sides exercised


@pytest.mark.parametrize("pattern, needed", [
    (r"(?<!\w)(?=\w)(?:chest pain|short(?:ness)? of breath)(?!\w)", {"chest pain", " of breath"}),
    (r"COVID vaccine", {"covid vaccine"}),
    (r"(?:severe|bad) headache", {" headache"}),
    (r"Sudden\w* (?:weakness|numbness)", {"weakness", "numbness"}),  # the more selective requirement
    (r"(?:x)+yz", {"yz"}),
    (r"(?:ab)+", {"ab"}),
    (r"(?:ab)?c", {"c"}),
    (r"(?:ab|c?)d", {"d"}),
    (r"(?:ab|)", None),
    (r"ſtroke", {"troke"}),  # "ſ" matches "s" case-insensitively: no requirement of its own
    (r"[a-z]+\d", None),
])
def test_required_literals_are_what_every_match_holds(pattern, needed):
    assert required_literals(pattern) == (frozenset(needed) if needed is not None else None)


def test_a_text_without_a_required_literal_cannot_match_and_one_with_it_is_searched():
    needed = required_literals(r"(?<!\w)(?:chest|heart) pain")
    assert needed == {" pain"}
    assert not may_contain_match(needed, "chest tightness")
    assert may_contain_match(needed, "a sharp pain in my chest")  # searched by re, which finds nothing here
    assert may_contain_match(None, "anything") and may_contain_match(needed, None)


@pytest.mark.parametrize("fragments, text", [
    (["chest pain$"], "chest pain\n"),  # re's $ also matches before a final newline
    (["a{,2}b"], "aab"),  # {,n} is a repeat for re, a literal for RE2
    (["chest\\s+pain"], "chest\x0bpain"),  # re's \s takes \v, RE2's does not
])
def test_where_the_engines_differ_nothing_is_rejected(fragments, text):
    import re

    assert re.search(fragments[0], text, re.IGNORECASE)
    assert may_match(prefilter(fragments), text)


def test_the_prefilter_rejects_text_without_any_fragment():
    gate = prefilter(["chest (?:pain|pressure)", "call 911"])
    assert not may_match(gate, "A mild headache; rest and drink water.")
    assert may_match(gate, "CHEST PRESSURE since noon")
    assert may_match(gate, "naïve text is not checked")  # non-ASCII: re's Unicode rules apply, no prefilter


def test_lookarounds_are_dropped_from_the_prefilter_never_from_the_match():
    gate = prefilter([r"(?:(?<![\s\S])|(?<=[.!?] ))ask your doctor(?=\W*$)"])
    assert gate is not None
    assert may_match(gate, "Rest. Ask your doctor.") and may_match(gate, "ask your doctor about it")
    assert not may_match(gate, "Rest and drink water.")


def test_a_gated_lexicon_answers_like_its_pattern():
    from quarkcli.default_plugins.text import compile_phrases

    gated = compile_phrases(["chest pain", "call 911"])
    assert isinstance(gated, Gated) and "chest pain" in gated.pattern  # the source string, as re.Pattern has it
    assert gated.search("A mild headache.") is None and list(gated.finditer("A mild headache.")) == []
    assert gated.search("Call 911 for chest pain").group(0) == "Call 911"
    assert gated.findall("chest pain, then chest pain") == ["chest pain", "chest pain"]
    assert gated.sub("X", "call 911 now") == "X now"  # ungated methods reach the pattern


def test_re2_superset_widens_word_digit_and_space_classes_outside_negated_ones_and_drops_what_re2_lacks():
    from quarkcli.patterns import re2_superset

    wide = r"\x{80}-\x{10FFFF}"
    assert re2_superset(r"(?P<dose>\d+)\s*mg(?!\w)") == rf"(?:[\d{wide}]+)[\s{wide}]*mg"
    assert re2_superset(r"[]\w.]+\b\.") == rf"[]\w{wide}.]+\b\."  # a leading ']' is a member; \b is kept
    # in a negated class RE2's ASCII-only \s leaves out fewer characters than re's: kept as it is, a superset
    assert re2_superset(r"[^\s\]](?<=a)b\\[^]\d]\d") == rf"[^\s\]]b\\[^]\d][\d{wide}]"


def test_a_lexicon_re2_cannot_read_gets_no_prefilter():
    assert prefilter([r"(dose)\s+\1"]) is None  # a backreference: re alone searches it
    assert prefilter(["dose"]) is not None


def test_a_gated_lexicon_compiles_its_pattern_only_when_its_prefilter_lets_a_text_through():
    from quarkcli.default_plugins.text import compile_phrases

    gated = compile_phrases(["chest pain", "call 911"])
    assert gated.search("A mild headache.") is None and gated._regex is None  # the prefilter answered alone
    assert gated.search("CHEST PAIN at night").group(0) == "CHEST PAIN" and gated._regex is not None


def _lookarounds_dropped_char_by_char(fragment: str) -> str:
    """The walk ``without_lookarounds`` did before it copied runs: one character (or escaped pair) a step."""
    from quarkcli.patterns import LOOKAROUND, _class_end, _group_end

    kept, i = [], 0
    while i < len(fragment):
        if LOOKAROUND.match(fragment, i):
            i = _group_end(fragment, i + 1)
        else:
            end = _class_end(fragment, i) if fragment[i] == "[" else i + (2 if fragment[i] == "\\" else 1)
            kept.append(fragment[i:end])
            i = end
    return "".join(kept)


def test_without_lookarounds_reads_every_builtin_pattern_as_the_character_walk_did():
    from quarkcli.data import load_data
    from quarkcli.patterns import without_lookarounds

    def strings(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for value in node.values():
                yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)

    tricky = [r"a\(?=b)c", r"[(?=]x(?<!y)z", r"(?=(?:a|b))c\\", "x\\", r"(?<=[)\]])q(?!\))", r"((?!a)b)"]
    found = [s for name in ("harmful_claims", "red_flags", "phrases", "advice", "over_escalation",
                            "harmful_requests", "drug_maxima")
             for s in strings(load_data(f"{name}.yaml")) if "(?" in s] + tricky
    assert len(found) > 500
    for fragment in found:
        assert without_lookarounds(fragment) == _lookarounds_dropped_char_by_char(fragment), fragment


def test_texts_holding_finds_each_literal_in_every_text_that_has_it_and_in_no_other():
    lowered = ["chest pain", None, "no pain here, pain", "pa", "in", "pain"]
    holding = texts_holding({"pain", "chest", "pa", "xyz"}, lowered)
    assert holding == {"pain": {0, 2, 5}, "chest": {0}, "pa": {0, 2, 3, 5}, "xyz": set()}  # never across two texts
    with pytest.raises(AssertionError):
        texts_holding({"a\x00b"}, lowered)


ADVICE = ["ll[aá]me(?:nos)? al 112", "aux urgences", "notaufnahme", "hôpital", "emergência", "急诊", "straße",
          "stroke", "kidney", "fit", "douleur\\w* thoraciques?"]


@pytest.mark.parametrize("text", [
    "Por favor, LLÁME AL 112 ahora mismo.",  # an accented entry, upper case
    "Allez AUX URGENCES, s’il vous plaît.",  # an ASCII entry in text with a curly apostrophe
    "Gehen Sie sofort in die NOTAUFNAHME, schöne Grüße.",
    "Conduisez-le à l'HÔPITAL.",  # upper-case accented letters
    "Procure a EMERGÊNCIA já.",
    "请马上去 急诊。",  # Chinese
    "STRAẞE, ganz früh",  # capital sharp s folds to "ß" in both engines
    "ſtroke symptoms — act fast",  # long s folds to "s"
    "Kidney pain — see a doctor",  # the Kelvin sign folds to "k"
    "DOULEURS THORACIQUES ce matin",  # \\w after an ASCII stem, read wide
])
def test_the_wide_prefilter_lets_through_every_text_its_lexicon_matches(text):
    gated = compile_phrases(ADVICE)
    assert gated.regex.search(text) and gated.may_match(text) and gated.search(text)


@pytest.mark.parametrize("text", [
    "FİT for work, naïve",  # re matches "İ" and "ı" with "i", RE2 does not: such text is let through
    "fıt, déjà vu",
    "chest\x0bpain, déjà vu",  # a separator only re's \\s takes
    "ქართული fit",  # a script FOLDS_ALIKE leaves out
])
def test_text_whose_characters_the_engines_fold_differently_is_let_through(text):
    assert compile_phrases(ADVICE).may_match(text)


@pytest.mark.parametrize("text", [
    "Descanse en casa y beba agua; un café con leche está bien.",
    "Une légère fièvre passe souvent seule : reposez-vous.",
    "多喝水，好好休息。",
    "Trinken Sie viel Wasser und schonen Sie sich – gute Besserung!",
])
def test_the_wide_prefilter_rejects_text_beyond_ascii_without_any_entry(text):
    gated = compile_phrases(ADVICE)
    assert not gated.may_match(text) and gated.search(text) is None and gated._regex is None


@pytest.mark.parametrize("source", [
    "İyi",  # "İ" and "ı": RE2 does not match them with "i", as re does
    "f[a-ž]t",  # a class range that holds "ı"
    "[^\\W\\d]ache",  # \\W in a negated class: RE2's is ASCII-only, so the class narrows
    "pain$",  # read differently by RE2
])
def test_a_pattern_without_a_faithful_wide_reading_gets_none(source):
    assert wide_reading(source) is None
    assert wide_reading("chest pain") is not None
