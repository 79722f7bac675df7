"""A total named after the doses it adds up: "1.2 mg straight away, then 0.6 mg an hour later — 1.8 mg in total",
"1 g ahora y 500 mg a las 6 horas, 1,5 g en total", "先吃1.2毫克，1小时后再吃0.6毫克，一共1.8毫克". The amount is the sum
of the doses before it in its sentence, said again as one day's amount, not a third dose on top of them."""

from __future__ import annotations

import re

# The words that name an amount as a total, right before it or right after it
TOTAL_BEFORE = re.compile(r"(?:\b(?:in total|en total|au total|insgesamt|no total|ao todo|in all|a total of|"
                          r"total(?:e|ing)?|zusammen|juntos|juntas|en tout|en todo|somando|sumando)|一共|总共|合计|共计|总计)"
                          r"\s*[:：]?\s*(?:of\s*|de\s*|von\s*)?(?:about |around |roughly |unos |environ |etwa )?$",
                          re.IGNORECASE)
TOTAL_AFTER = re.compile(r"\s*(?:\(?(?:in )?total\b|in all\b|en total\b|au total\b|en tout\b|insgesamt\b|"
                         r"no total\b|ao todo\b|zusammen\b|en todo\b|(?:in|im) (?:ganzen|gesamten)\b)",
                         re.IGNORECASE)
NEAR = 0.001  # relative difference below which two amounts are the same (1,800 mg and 1.8 g)


def named_sum(doses: list, i: int) -> bool:
    """Dose i is named as a total ("in total", "insgesamt", "一共") and equals the sum of the two or more doses of the
    same drug before it in its sentence, none of them a ceiling."""
    dose = doses[i]
    sentence = dose.sentence
    if not (TOTAL_BEFORE.search(sentence[max(0, dose.start - 20):dose.start])
            or TOTAL_AFTER.match(sentence, dose.end)):
        return False
    earlier = [d for d in doses[:i] if d.sentence is sentence and d.drug == dose.drug]
    if len(earlier) < 2 or any(d.is_cap for d in earlier):
        return False
    total = sum(d.mg for d in earlier)
    return abs(total - dose.mg) <= NEAR * dose.mg
