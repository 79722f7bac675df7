"""Unbounded phrase lists behind an RE2 screen (issue 17): ``re`` runs only where RE2's reading could match, and the
answers are ``re``'s on every script, including where RE2 reads \\b, \\s or classes differently."""

import re

import pytest

from quarkcli.default_plugins.text import Screened, unbounded

LISTS = [
    ["抱歉", "如(?:果)?(?:你|您)?有(?:任何|其他)?[^，。,]{0,8}?(?:需要|疑问)", "很遗憾"],
    [r"(?:muito |tão )?(?:desgastante|exigente)\b", r"照顾[^，。,]{0,10}(?:很|真的)?(?:辛苦|不容易)"],
    [r"不要\s*停药", r"别\s+担心"],
    [r"(?<!不)会导致", r"\bnão sei\b"],
]
TEXTS = ["抱歉，我不能回答。", "如果您有其他疑问，请咨询医生。", "Cuidar dele é exigente.", "É exigentemente difícil.",
         "exigenteé", "照顾老人真的很辛苦", "不要 停药", "不要\x1c停药", "别\x0b担心", "不会导致", "这会导致头痛",
         "Eu não sei, é difícil.", "Não sei.", "nãosei", "La fièvre dure depuis trois jours, que faire ?", "", "EXIGENTE"]


def answers(pattern, text):
    return ([m.span() for m in pattern.finditer(text)], pattern.findall(text),
            None if (m := pattern.search(text)) is None else m.span())


@pytest.mark.parametrize("phrases", LISTS)
def test_a_screened_list_answers_as_re_does_on_every_script(phrases):
    screened = unbounded(phrases)
    assert isinstance(screened, Screened)
    plain = re.compile("|".join(phrases), re.IGNORECASE)
    for text in TEXTS:
        assert answers(screened, text) == answers(plain, text), text
    assert screened.pattern == plain.pattern and screened.flags == plain.flags


class Counting:
    def __init__(self, regex):
        self.regex, self.calls = regex, 0

    def search(self, text, *span):
        self.calls += 1
        return self.regex.search(text, *span)


def test_re_is_not_run_where_the_screen_rules_the_list_out():
    screened = unbounded(LISTS[0])
    screened.regex = Counting(screened.regex)
    assert screened.search("La fièvre dure depuis trois jours, que faire ?") is None
    assert screened.regex.calls == 0
    assert screened.search("抱歉，我不能回答。").group() == "抱歉" and screened.regex.calls == 1


def test_a_negated_class_holding_a_shorthand_keeps_the_screen_a_superset():
    """Inside a negated class RE2's reading keeps \\w as it is (ASCII), so [^\\w] reads more there, never less:
    the screen may stand and finds what ``re`` finds."""
    pattern = r"服用[^\w]{0,3}后"
    screened = unbounded([pattern])
    assert not isinstance(screened, re.Pattern)
    for text in ("服用后", "服用，后", "服用 。后", "服用药物后", "Ärzte: 服用Ä后"):
        assert bool(screened.search(text)) == bool(re.search(pattern, text)), text
    assert unbounded([]) is None
