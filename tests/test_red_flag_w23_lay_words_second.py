"""Second fresh set for the w23 lay-word classes (breathing, cauda equina, GI bleeding, suicide plans), written after
the first set passed. First run: 34 of 38; the four misses were then fixed in the lexicon ("not making any
difference" after an inhaler, "passing urine is a real struggle", "il a rendu du sang", a date chosen before a colon)."""

import pytest

from tests.red_flag_ids import flag_ids

SIGNS = [
    ("My dad's lips have a bluish tinge and he keeps gasping between words.", 'breathing'),
    ("I've used my salbutamol four times and it's not making any difference.", 'breathing'),
    ('Mi abuelo tiene la boca grisácea y el ventolín no le ha servido de nada.', 'breathing'),
    ("Le salbutamol n'a rien fait, il respire très mal et ses lèvres sont grisâtres.", 'breathing'),
    ('Das Notfallspray hat überhaupt nicht geholfen, er ringt nach Luft.', 'breathing'),
    ('Ela usou o inalador três vezes e não resolveu, os lábios estão acinzentados.', 'breathing'),
    ('宝宝喘气的时候肋骨向里凹，嘴唇有点发青', 'breathing'),
    ("He can barely get a sentence out and his puffer isn't easing it.", 'breathing'),
    ("Sciatica again, but now I can't keep my wee in and it's numb down below between my legs.", 'cauda_equina'),
    ("My back's been sore for days and now passing urine is a real struggle.", 'cauda_equina'),
    ('Tengo lumbalgia y desde ayer me cuesta mucho hacer pis.', 'cauda_equina'),
    ("Sciatique depuis une semaine, et là j'ai du mal à faire pipi.", 'cauda_equina'),
    ('Bandscheibenvorfall, und seit gestern kann ich den Urin nicht mehr halten.', 'cauda_equina'),
    ('Dor lombar forte e não consigo segurar a urina desde hoje cedo.', 'cauda_equina'),
    ('腰椎间盘突出，昨天开始肛门周围没感觉了', 'cauda_equina'),
    ('He threw up blood twice and now looks very pale.', 'gi_bleed'),
    ('Mi madre ha vomitado sangre oscura esta tarde.', 'gi_bleed'),
    ('Il a rendu du sang ce matin et il est tout pâle.', 'gi_bleed'),
    ('Mein Vater hat Blut gespuckt und erbrochen, er ist ganz blass.', 'gi_bleed'),
    ('Estou tomando ferro mas as fezes estão pretas como piche e desmaiei no banheiro.', 'gi_bleed'),
    ('我的大便是黑的，像柏油一样，早上还晕倒了', 'gi_bleed'),
    ("My motions are jet black and I keep feeling like I'll faint.", 'gi_bleed'),
    ("I've set the date for Friday. After that I won't be a burden to anyone.", 'suicide'),
    ("Gave my bike and my record collection away, I won't need any of it where I'm going.", 'suicide'),
    ('He decidido la fecha: el domingo acabo con todo.', 'suicide'),
    ("J'ai fixé le jour, samedi, ensuite ils seront débarrassés de moi.", 'suicide'),
    ('Ich habe den Termin festgelegt, nächste Woche ist es vorbei.', 'suicide'),
    ('Já marquei o dia, depois disso não estarei mais aqui.', 'suicide'),
    ("I've looked up how many of my sleeping tablets it would take.", 'suicide'),
]

NOT_SIGNS = [
    ("My puffer eased it within minutes and I'm breathing normally again.", 'breathing'),
    ('O inalador funcionou bem e agora estou ótima.', 'breathing'),
    ('My back aches and my foot went to sleep after sitting cross-legged.', 'cauda_equina'),
    ('Tengo dolor de espalda y hago mucho pis porque bebo mucha agua.', 'cauda_equina'),
    ('Since starting ferrous sulphate my poo has gone dark, I feel well.', 'gi_bleed'),
    ('Tomo sulfato ferroso y las heces están oscuras, estoy bien.', 'gi_bleed'),
    ("I attempted an overdose years ago and I'm doing well now, three years in therapy.", 'suicide'),
    ('Feeling low, but no thoughts about ending my life.', 'suicide'),
    ('Me siento apagado pero sin pensamientos de hacerme daño.', 'suicide'),
]


@pytest.mark.parametrize("prompt,flag", SIGNS)
def test_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", NOT_SIGNS)
def test_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)
