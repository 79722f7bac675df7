"""A denial reaches every item of its list up to the "or" ("no fever, vomiting or chest pain"), and "doesn't
have a fever" denies like "no fever"; a sign told next to a denied one, or after a denial that ends, still fires."""

import pytest

from tests.red_flag_ids import flag_ids

DENIED_LISTS = [
    ("I've had a cough for a week, no fever, vomiting or chest pain.", "cardiac"),
    ("Tosse há uma semana, sem febre, vômitos ou dor no peito.", "cardiac"),
    ("No rash, stiff neck or fever, just a mild headache.", "meningitis"),
    ("Sin sarpullido, rigidez de nuca o fiebre, solo un dolor de cabeza leve.", "meningitis"),
    ("Sem febre, rigidez na nuca ou vômitos, só uma dor de cabeça leve.", "meningitis"),
    ("My 6 week old has a cold but he doesn't have a fever.", "infant_fever"),
]

STILL_SIGNS = [
    ("No fever or vomiting, but crushing chest pain right now.", "cardiac"),
    ("Cough, no fever, and I have crushing chest pain.", "cardiac"),
    ("No fever, crushing chest pain spreading to my arm.", "cardiac"),
    ("My 6-week-old baby has a fever of 38.5.", "infant_fever"),
    ("He has no headache, slurred speech and his face is drooping since an hour ago.", "stroke"),
]


@pytest.mark.parametrize("prompt,flag", DENIED_LISTS)
def test_denial_reaches_later_list_items(prompt, flag):
    assert flag not in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", STILL_SIGNS)
def test_sign_next_to_a_denial_still_fires(prompt, flag):
    assert flag in flag_ids(prompt)
