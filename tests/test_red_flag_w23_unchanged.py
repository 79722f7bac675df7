"""w23: a sign told as the lasting, unchanged state of the person ("it has always been like this", "nothing new",
"unverändert", "sem alteração", "没有变化") is no emergency; the same sign told as changed today ("but today",
"de repente", "plötzlich") still is, and so is a sign beside an "always" that tells the person, not the sign
("always been healthy", "siempre ha sido muy sana") or a habit ("salió a correr como siempre")."""

import pytest

from tests.red_flag_ids import flag_ids

SIGNS = [
    ("I've always had some chest tightness, but today it's crushing and I'm sweating.", 'cardiac'),
    ("Her lips always go a bit blue in the cold, but now they're blue indoors and she can't breathe.", 'breathing'),
    ('Sus labios siempre han sido así de pálidos, pero hoy tiene los labios morados y se ahoga.', 'breathing'),
    ('Seine Lippen sind schon immer so blass, aber heute sind die Lippen plötzlich blau.', 'breathing'),
    ("I've always been healthy, but I have crushing chest pain and I'm sweating.", 'cardiac'),
    ('He has always had a healthy heart, now crushing chest pain spreading to his arm.', 'cardiac'),
    ('Siempre ha sido muy sana, la cara se le ha caído de un lado y no puede hablar.', 'stroke'),
    ('Er war schon immer sportlich, aber er kann nicht mehr atmen.', 'breathing'),
    ('Ela sempre foi saudável, mas está com os lábios roxos e não consegue respirar.', 'breathing'),
    ('Salió a correr como siempre y se desplomó, no responde.', 'collapse'),
    ("Il est parti courir comme d'habitude et il s'est effondré, il ne répond plus.", 'collapse'),
]

NOT_SIGNS = [
    ("My lips always look a bit bluish in winter, my doctor checked and it's my circulation, nothing new.", 'breathing'),
    ("I've had the same mild chest tightness with exercise for ten years, my cardiologist follows it, unchanged.", 'cardiac'),
    ('Mis labios siempre han sido un poco morados, sin cambios, el médico lo sabe.', 'breathing'),
    ('Mi cara está torcida desde siempre, nada nuevo.', 'stroke'),
    ("Ses lèvres sont un peu bleutées, c'est comme d'habitude chez elle, rien de nouveau.", 'breathing'),
    ('Seine Lippen sind etwas bläulich, das war schon immer so, unverändert seit Jahren.', 'breathing'),
    ('Os lábios dela são meio arroxeados, sempre foi assim, sem alteração.', 'breathing'),
    ('胸口有点闷，好多年了，一直这样，没有变化。', 'cardiac'),
    ('My face has always looked uneven, it has always been like this.', 'stroke'),
]


@pytest.mark.parametrize("prompt,flag", SIGNS)
def test_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", NOT_SIGNS)
def test_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)
