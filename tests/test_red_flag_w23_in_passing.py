"""w23 classes told in passing inside a longer message, with the benign look-alike (an inhaler that helped, black stools
on iron with no dizziness). First run: 5 of 6; "back's been bad" was then read as back pain for cauda equina."""

import pytest

from tests.red_flag_ids import flag_ids

SIGNS = [
    ("Sorry for the long message, we're on holiday in Spain and my husband's asthma flared, he's had his Ventolin loads of times and still can't catch his breath, his lips look greyish. What's the Spanish number?", 'breathing'),
    ('Long story, but after the wedding I felt awful, vomited something like coffee and then passed out in the hotel bathroom.', 'gi_bleed'),
    ("Anyway, I've sorted my will, given the dog to my sister and chosen the day, so I won't be around after Sunday.", 'suicide'),
    ("Back's been bad since the move and now I've lost feeling down below and can't hold my pee.", 'cauda_equina'),
]

NOT_SIGNS = [
    ("My asthma was bad this morning but two puffs of my inhaler sorted it, I'm fine now.", 'breathing'),
    ("I'm on iron supplements and my poop is black, no dizziness, feel great.", 'gi_bleed'),
]


@pytest.mark.parametrize("prompt,flag", SIGNS)
def test_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", NOT_SIGNS)
def test_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)
