"""A breastfeeding asker ("breastfeeding my 2 month old, can i take ibuprofen?"): the baby's age names the nursling,
not the patient, so it sets no child's weight-based limit unless the prompt asks what to give the baby."""

from __future__ import annotations

import re

NURSING = re.compile(r"\b(?:breast-?feeding|nursing|amamantando|amamanto|(?:dando|doy|dar) (?:el )?pecho|"
                     r"dar de mamar|allaite\w*|donne\w* le sein|stille|stillen|stillende|amamentando|amamento|"
                     r"(?:dou|dar) (?:o )?peito)\b|哺乳|母乳喂养|喂奶", re.IGNORECASE)
# The prompt asks about a dose for the baby: "give her", "le doy", "lui donner", "ihr geben", "dar a ele", "给宝宝"
# (read with the breastfeeding words taken out: "je donne le sein" gives no dose)
GIVE = re.compile(r"\b(?:give|giving|dar|dale|dele|le doy|le damos|donner|donne|geben|gebe|dou)\b"
                  r"|给(?:她|他|宝宝|孩子|婴儿)", re.IGNORECASE)


def nursing_asker(prompt: str) -> bool:
    """The prompt's asker breastfeeds and asks about their own dose, not the baby's."""
    return NURSING.search(prompt) is not None and GIVE.search(NURSING.sub(" ", prompt)) is None
