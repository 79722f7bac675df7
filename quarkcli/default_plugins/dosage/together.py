"""Two amounts of one drug swallowed at the same moment: "un sachet de Fervex et un Doliprane 1000 ensemble",
"2 Tylenol PM with 2 Extra Strength Tylenol", "30 ml de NyQuil y 1 g de paracetamol juntos". Each is within the
single-dose limit alone; together they are one dose, and that is what the label limits."""

from __future__ import annotations

import re
from typing import Callable

from .dose import Dose, above, limit_source, mg_text
from .products import ALTERNATIVE

# Said to be taken at once: right after the second amount ("… y 1 g juntos", "… ensemble", "… with them", "…一起吃"),
# or between the two, where a bare "with" or "plus" also says it ("2 Tylenol PM with 2 Extra Strength Tylenol")
AT_ONCE = (r"together|at the same time|juntos|juntas|junto (?:con|com)|al mismo tiempo|a la vez|ensemble|en même temps|"
           r"à la fois|zusammen|gleichzeitig|ao mesmo tempo|de uma vez")
TOGETHER_AFTER = re.compile(rf"\b(?:{AT_ONCE}|with (?:it|them|this|that))\b|一起|同时|一块", re.IGNORECASE)
TOGETHER_BETWEEN = re.compile(rf"\b(?:{AT_ONCE}|with|plus|avec|mit|con|com)\b|一起|同时|一块", re.IGNORECASE)
# Joined as one intake: "with", "and", "plus", and their translations, between the two amounts
JOINED = re.compile(r"\b(?:with|and|plus|y|con|et|avec|und|mit|e|com)\b|[+和加及]|同时|一起", re.IGNORECASE)
# Taken apart in time: "then", "later", "in the evening", another time of day, a meal ("with breakfast and … with
# dinner": each dose with its own meal)
APART = re.compile(r"\b(?:then|later|after|afterwards|before|morning|evening|night|luego|después|más tarde|mañana|noche|"
                   r"puis|après|plus tard|matin|soir|dann|später|danach|morgens|abends|depois|mais tarde|manhã|noite|"
                   r"breakfast|lunch|dinner|supper|meals?|desayuno|almuerzo|comida|cena|petit[- ]déjeuner|déjeuner|"
                   r"dîner|repas|frühstück|mittagessen|abendessen|café da manhã|almoço|jantar|refeição)\b|"
                   r"然后|之后|以后|早上|晚上|再|早餐|午餐|晚餐", re.IGNORECASE)
# A delay named right after the second amount: "… 0.6 mg an hour later", "… 500 mg una hora después"
DELAYED = re.compile(r"\s*(?:an?|one|\d+|una|uma|une|eine[rn]?)\s+(?:hours?|hora|heure|stunde)n?\s+"
                     r"(?:later|after|después|más tarde|depois|mais tarde|plus tard|après|später|danach)\b",
                     re.IGNORECASE)
# Another number between them: arithmetic that restates one as the other ("10 mg por kilo = 140 mg, que con el
# jarabe de 100 mg/5 ml son 7 ml"), not two products
DIGIT = re.compile(r"\d")
AFTER = 25  # characters after the second amount in which "together" is read


def taken_together(kept: list[tuple[Dose, str, float, str]], weight: float | None,
                   limit_of: Callable[[Dose, float | None], dict | None]) -> list[str]:
    """Amounts of one drug in one sentence, joined by words alone and said to be taken at once: their sum against
    the single-dose limit. Not two products offered as alternatives, nor taken at different times."""
    evidence = []
    doses = [d for d, kind, _, _ in kept if kind == "dose" and not d.is_cap and not d.per_kg]
    for i, first in enumerate(doses):
        for second in doses[i + 1:]:
            if second.sentence is not first.sentence or second.drug != first.drug or second.start < first.end:
                continue
            between = first.sentence[first.end:second.start]
            after = first.sentence[second.end:second.end + AFTER]
            if (DIGIT.search(between) or not JOINED.search(between) or ALTERNATIVE.search(between)
                    or APART.search(between) or DELAYED.match(first.sentence, second.end)):
                continue
            if not (TOGETHER_BETWEEN.search(between) or TOGETHER_AFTER.search(after)):
                continue
            limit = limit_of(first, weight)
            single = limit and limit.get("max_single_mg")
            total = first.mg + second.mg
            if single and above(total, single) and not above(first.mg, single) and not above(second.mg, single):
                evidence.append(f"{first.drug}: {first.stated!r} and {second.stated!r} taken together = "
                                f"{mg_text(total, limit)} in one dose > {mg_text(single, limit)} per dose "
                                f"({limit_source(limit)})")
    return evidence
