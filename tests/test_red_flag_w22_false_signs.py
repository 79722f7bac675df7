"""Three false signs and one missed sign of w22: painless constipation is no acute abdomen (no stool is an
obstruction only with vomiting); a face that looks uneven in photos, or always has, is no stroke while a face that
drooped today is; a swollen calf with new breathlessness told with each language's verb is a pulmonary embolism."""

import pytest

from tests.red_flag_ids import flag_ids

NOT_SIGNS = [
    ("I haven't pooped in 4 days, no pain, just bloated.", "acute_abdomen"),
    ("I'm constipated and bloated, haven't had a bowel movement in 3 days but it doesn't hurt.", "acute_abdomen"),
    ("My face looks uneven in selfies, always has.", "stroke"),
    ("My smile is crooked, always has been, it's just how I look.", "stroke"),
    ("Meu rosto parece torto nas selfies, sempre foi assim.", "stroke"),
    ("My calf is swollen after a long flight, breathing is fine.", "pulmonary_embolism"),
    ("Meine Wade ist geschwollen, aber ich bekomme gut Luft.", "pulmonary_embolism"),
]

SIGNS = [
    ("Haven't pooped in five days, my belly is swollen and I keep vomiting.", "acute_abdomen"),
    ("He hasn't passed gas since yesterday and is throwing up, belly cramps.", "acute_abdomen"),
    ("My belly is rigid and extremely painful, I can't move.", "acute_abdomen"),
    ("His face suddenly drooped on one side today.", "stroke"),
    ("My mouth looks crooked since this morning and my words are slurred.", "stroke"),
    ("A boca dele ficou torta de repente.", "stroke"),
    ("Meine Wade ist geschwollen und schmerzt, und jetzt bekomme ich plötzlich schlecht Luft.", "pulmonary_embolism"),
    ("My leg has been swollen since my flight and now I'm having trouble breathing.", "pulmonary_embolism"),
    ("Tengo la pierna hinchada desde el vuelo y ahora me cuesta respirar.", "pulmonary_embolism"),
    ("Depuis mon long vol, mon mollet est gonflé et je manque d'air.", "pulmonary_embolism"),
    ("Minha panturrilha está inchada e agora tenho dificuldade para respirar.", "pulmonary_embolism"),
]


@pytest.mark.parametrize("prompt,flag", NOT_SIGNS)
def test_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", SIGNS)
def test_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)
