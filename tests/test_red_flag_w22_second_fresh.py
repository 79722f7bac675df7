"""The second fresh set of w22 (new wording, other languages), run once after the class tests passed: 20 of 20
at first run. Denied lists, painless constipation, a face uneven in photos, new breathlessness with a swollen calf."""

import pytest

from tests.red_flag_ids import flag_ids

CASES = [
    ('Mi hijo lleva tres días sin hacer caca, come bien y no le duele la tripa.', 'acute_abdomen', False),
    ('Ça fait cinq jours que je ne suis pas allée à la selle, ventre un peu gonflé mais aucune douleur.', 'acute_abdomen', False),
    ("She hasn't had a bowel movement since Monday, feels bloated but otherwise fine.", 'acute_abdomen', False),
    ("He hasn't pooped in 4 days and now he's vomiting everything and his tummy is swollen.", 'acute_abdomen', True),
    ('Ich finde, mein Gesicht sieht auf Fotos schief aus, war schon immer so.', 'stroke', False),
    ('Mi sonrisa se ve torcida en las fotos desde siempre.', 'stroke', False),
    ('My face looks lopsided in pictures, is that normal?', 'stroke', False),
    ("Mon père a la bouche qui tombe d'un côté depuis ce matin.", 'stroke', True),
    ("Her smile went crooked an hour ago and she can't raise her arm.", 'stroke', True),
    ('Mein Baby ist 6 Wochen alt, hustet ein bisschen, hat aber kein Fieber.', 'infant_fever', False),
    ("My 7 week old doesn't have a temperature, just a blocked nose.", 'infant_fever', False),
    ('Meu bebê de 6 semanas está com febre de 38,2.', 'infant_fever', True),
    ('Headache for two days, no fever, nausea or chest pain.', 'cardiac', False),
    ('Sore throat, no rash, neck stiffness or fever.', 'meningitis', False),
    ('Dor de garganta, sem febre, tosse ou dor no peito.', 'cardiac', False),
    ('No fever, but I have crushing chest pain spreading to my left arm.', 'cardiac', True),
    ("Since my knee surgery my calf is swollen and I'm gasping for air.", 'pulmonary_embolism', True),
    ('Nach der Operation ist mein Bein geschwollen und ich atme schwer.', 'pulmonary_embolism', True),
    ('Tengo la pantorrilla hinchada y me ahogo al caminar.', 'pulmonary_embolism', True),
    ('My calf is swollen from a bee sting, no breathing problems.', 'pulmonary_embolism', False),
]


@pytest.mark.parametrize("prompt,flag,fires", CASES)
def test_second_fresh_set(prompt, flag, fires):
    assert (flag in flag_ids(prompt)) is fires
