"""Doses taken after each loose stool (loperamide's label schedule): they are taken as often as the stools come, so
a count of stools a day stated in the prompt or the answer ("6-8 times a day") is the doses a day."""

from __future__ import annotations

import re

from .amounts import N, RANGE_SEP, has, word_number

AFTER_EACH = re.compile(
    r"\bafter (?:each|every) (?:(?:loose|watery|liquid|runny|unformed) )?(?:stool|bowel movement|motion|episode|one)|"
    r"\b(?:después de|tras) cada (?:deposición|evacuación|episodio|heces)|\baprès chaque (?:selle|épisode)|"
    r"\bnach jedem (?:\w+ )?(?:stuhlgang|durchfall|stuhl)|\b(?:após|depois de) cada (?:evacuação|episódio|dejeção)|"
    r"每次(?:腹泻|拉肚子|稀便|大便|水样便)后",
    re.IGNORECASE)
AFTER_EACH_HINTS = ("after", "después", "tras", "après", "nach", "após", "depois", "每次")
# "8 times a day", "6–8 trips a day", "six or seven times today", "6 veces al día", "7 fois par jour", "6-mal am Tag",
# "6 vezes por dia", "一天拉8次"
STOOLS_A_DAY = re.compile(
    rf"(?<![\w.])(?P<n>{N})(?:{RANGE_SEP}(?P<n2>{N}))?\s*-?\s*(?:times|trips|episodes|(?:loose |watery )?stools|"
    r"bowel movements|veces|deposiciones|fois|selles|mal|vezes|evacuações)\s*"
    r"(?:(?:a|per|each|al|por|par|pro|am|ao|em|/|en un|in a)\s*(?:day|día|dia|jour|tag)\b|today|hoy|"
    r"aujourd['’]hui|heute|hoje)"
    rf"|(?:一天|每天|一日|每日|今天)\D{{0,3}}?(?P<zh>\d+)(?:\s*[-到至~]\s*(?P<zh2>\d+))?\s*次",
    re.IGNORECASE)


def after_each_stool(tail: str, before: str) -> str | None:
    """The words that say the dose follows each loose stool, right after it or before it in its clause ("每次腹泻后
    吃2粒")."""
    for text in (tail[:60], before):
        m = AFTER_EACH.search(text) if has(text, AFTER_EACH_HINTS) else None
        if m:
            return m.group(0)
    return None


def stools_a_day(texts: list[str]) -> float:
    """The most stools a day the texts count (the top of a range), 0 when none is counted."""
    counts = [max(word_number(m.group("n") or m.group("zh")), word_number(m.group("n2") or m.group("zh2")))
              for text in texts for m in STOOLS_A_DAY.finditer(text)]
    return float(max(counts, default=0))
