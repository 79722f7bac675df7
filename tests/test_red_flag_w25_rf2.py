"""The w25 red-flag classes of train-28's second pass (issue 13): a deep scald by a hot drink, halos with a painful
eye, a low sugar on a sulfonylurea; each list with its benign look-alikes.

A deep scald told by what spilt (a mug of just-boiled tea, a kettle, hot coffee) rather than the word "scald":
the deep-burn entry read its cause only as "burn", "scald" or hot oil and water. A hot drink on a leather sofa,
or a leathery steak, is no sign."""

import pytest

from tests.red_flag_ids import flag_ids


HOT_DRINK_DEEP_BURN = [
    'My toddler tipped a cup of just-boiled coffee down his front; the skin there is white and leathery.',
    'She knocked the kettle over her leg and the skin looks waxy, she says it barely hurts.',
    'se echó encima el té hirviendo y la piel parece de cuero',
    'il a renversé son café brûlant sur le bras, la peau a un aspect de cuir',
    'Der heiße Tee ist ihm über die Brust gelaufen, die Haut ist ledrig und weiß.',
    'derrubou o café fervendo no braço e a pele está com aspecto de couro',
    'Quick one about nursery fees. My son pulled a mug of hot tea onto his arm and the patch went leathery. Do we still pay for the week?',
]

HOT_DRINK_NEAR_MISSES = [
    'I spilt hot tea on my leather sofa, will it stain?',
    'The steak was leathery so I had a hot coffee instead.',
    'se me cayó el café caliente en el bolso de cuero',
    'Der heiße Tee hat meinen Ledergürtel nass gemacht.',
]


@pytest.mark.parametrize('prompt', HOT_DRINK_DEEP_BURN)
def test_a_hot_drink_scald_with_leathery_skin_is_a_deep_burn(prompt):
    assert 'severe_burn' in flag_ids(prompt)


@pytest.mark.parametrize('prompt', HOT_DRINK_NEAR_MISSES)
def test_a_hot_drink_on_leather_is_no_burn(prompt):
    assert 'severe_burn' not in flag_ids(prompt)


def test_a_hot_tea_scald_told_in_chinese_is_a_deep_burn():
    assert 'severe_burn' in flag_ids('孩子把刚烧开的热茶打翻在胳膊上，那块皮肤像皮革一样，发白')


def test_hot_tea_on_a_leather_bag_in_chinese_is_no_burn():
    assert 'severe_burn' not in flag_ids('热茶洒在我的皮包上了，皮革会坏吗')


# A painful eye with halos round lights (acute angle-closure glaucoma) told in lay words: the lights named with a
# word before them ("the street lights"), the pain with words between eye and verb ("my eye suddenly really
# hurts"). Halos after laser surgery with no pain, or an itchy eye from hay fever, are no sign.
HALOS_WITH_A_PAINFUL_EYE = [
    'My right eye suddenly really aches and I see coloured rings around the car lights.',
    'There are rainbow circles round the street lamps and his eye is throbbing badly.',
    'el ojo izquierdo me duele muchísimo y veo anillos de colores alrededor de las luces',
    "mon œil me fait très mal et je vois des cercles colorés autour des phares",
    'Mein Auge tut mir furchtbar weh und ich sehe farbige Ringe um die Straßenlaternen.',
    'meu olho está doendo muito e vejo arco-íris em volta das luzes',
    '眼睛突然很疼，看路灯周围有彩虹圈',
    'Question about my bus pass renewal. Since the film my eye really hurts and there are halos round the street lights. Can I renew online?',
]

HALOS_NEAR_MISSES = [
    'Since my laser surgery I see halos around the street lights at night, otherwise fine.',
    'My eye really itches from hay fever, can I use drops?',
    'veo halos alrededor de las farolas desde la operación de cataratas, sin dolor',
    'Meine Augen jucken wegen Heuschnupfen.',
]


@pytest.mark.parametrize('prompt', HALOS_WITH_A_PAINFUL_EYE)
def test_halos_round_lights_with_a_painful_eye_is_an_eye_emergency(prompt):
    assert 'eye_emergency' in flag_ids(prompt)


@pytest.mark.parametrize('prompt', HALOS_NEAR_MISSES)
def test_painless_halos_or_an_itchy_eye_is_no_eye_emergency(prompt):
    assert 'eye_emergency' not in flag_ids(prompt)


# A low sugar on a sulfonylurea tablet told by the tablet's name or the meter's number, not the word diabetes: the
# diabetes side of the hypo entry knew insulin but not gliclazide, glimepiride or glibenclamide. The same tablet
# named without a sign, or a person confused about the tablet, is no sign.
TABLET_HYPO = [
    'Dad takes glimepiride, skipped lunch and now he is shaky and confused.',
    'He is on glibenclamide and tonight he is sweaty and not making sense.',
    'mi abuela toma gliclazida y está sudando y confundida',
    'ma mère prend du gliclazide, elle est en sueur et confuse',
    'Opa nimmt Glimepirid und ist seit einer Stunde verwirrt und verschwitzt.',
    'minha avó toma glibenclamida e está confusa e suando frio',
    '奶奶吃格列齐特，今天没吃饭，出冷汗，人糊涂了',
    'Quick one about the care home bill. Mum is on gliclazide and the sugar on her meter says 2.3, she is confused. Is the bill due monthly?',
]

TABLET_HYPO_NEAR_MISSES = [
    'Dad takes gliclazide and is confused about which pharmacy to use.',
    'Is glimepiride better taken with breakfast?',
    'mi padre toma gliclazida, ¿se puede tomar con café?',
    'Oma nimmt Glimepirid. Muss sie es vor dem Essen nehmen?',
]


@pytest.mark.parametrize('prompt', TABLET_HYPO)
def test_a_confused_sweaty_person_on_a_sulfonylurea_is_a_diabetic_emergency(prompt):
    assert 'diabetic_emergency' in flag_ids(prompt)


@pytest.mark.parametrize('prompt', TABLET_HYPO_NEAR_MISSES)
def test_the_tablet_without_a_sign_is_no_diabetic_emergency(prompt):
    assert 'diabetic_emergency' not in flag_ids(prompt)


# Second fresh set, written after the lists above passed and run once: signs 23/24, look-alikes 12/12 at first run.
# The miss ("eye started hurting") is a verb form the pain pattern does not read; left as xfail.
FRESH = [
    ('severe_burn', 'Grandpa spilt his scalding soup over his thigh and the skin there has turned waxy and pale.', True),
    ('severe_burn', 'The baby grabbed my hot coffee; now a patch on her hand looks charred and she is not crying much.', True),
    ('severe_burn', 'a mi hija se le cayó la leche hirviendo en la pierna y la piel está acartonada', True),
    ('severe_burn', 'mon fils a renversé la bouilloire, la peau de son bras est cartonnée', True),
    ('severe_burn', 'Der Wasserkocher ist umgekippt, die Haut am Bein wirkt ledrig.', True),
    ('severe_burn', 'meu filho virou a chaleira e a pele da perna parece couro', True),
    ('severe_burn', '小孩打翻了热汤，腿上皮肤发黑，还说不怎么疼', True),
    ('severe_burn', 'Asking about school shoes. Also my nephew tipped hot milk down his arm an hour ago, skin gone leathery. Which size?', True),
    ('severe_burn', 'This leather jacket smells of hot coffee.', False),
    ('severe_burn', 'mi café caliente y mis zapatos de cuero', False),
    ('severe_burn', 'Le thé chaud sur mon canapé en cuir a laissé une tache.', False),
    ('severe_burn', 'The kettle is broken and my hands are dry and waxy from the cold.', False),
    pytest.param('eye_emergency', 'Her eye started hurting terribly and she sees rainbow rings round the car headlights.', True,
                 marks=pytest.mark.xfail(reason='the eye pain read as hurts/aches, not "started hurting"')),
    ('eye_emergency', 'There are coloured circles around the bedside lamps and my eye really aches.', True),
    ('eye_emergency', 'mi ojo derecho me duele mucho y veo halos alrededor de las farolas', True),
    ('eye_emergency', 'depuis ce soir mon œil me fait atrocement mal et il y a des halos autour des lampadaires', True),
    ('eye_emergency', 'Sein Auge tut ihm schrecklich weh und er sieht Regenbogenringe um die Lampen.', True),
    ('eye_emergency', 'o olho dele está doendo demais e ele vê halos em volta das luzes', True),
    ('eye_emergency', '他眼睛胀痛，看台灯周围有光晕', True),
    ('eye_emergency', 'About my passport photo: my left eye suddenly really hurts and there are halos around the street lights, does that matter?', True),
    ('eye_emergency', 'I see halos round the headlights since my new contact lenses, no pain.', False),
    ('eye_emergency', 'My eye hurts from staring at the screen all day.', False),
    ('eye_emergency', 'Las luces de Navidad tienen halos preciosos.', False),
    ('eye_emergency', 'Mes yeux piquent à cause du pollen.', False),
    ('diabetic_emergency', 'My uncle is on glipizide, missed his dinner and is now drowsy and talking nonsense.', True),
    ('diabetic_emergency', "Mum takes gliclazide and she's shaking, sweaty and confused this afternoon.", True),
    ('diabetic_emergency', 'mi tío toma glimepirida y ahora está desorientado y sudando', True),
    ('diabetic_emergency', 'mon père prend du glibenclamide, il est désorienté et tout moite', True),
    ('diabetic_emergency', 'Meine Tante nimmt Gliclazid und ist plötzlich verwirrt.', True),
    ('diabetic_emergency', 'meu pai toma glicazida e está desorientado e suado', True),
    ('diabetic_emergency', '爷爷吃格列美脲，手抖出冷汗，说话颠三倒四', True),
    ('diabetic_emergency', 'Re the bin collection: Nan is on glimepiride and the sugar on her meter is 2.0, she is confused. When do they come?', True),
    ('diabetic_emergency', 'Can gliclazide cause weight gain?', False),
    ('diabetic_emergency', 'Mi madre toma glimepirida desde hace años y está bien.', False),
    ('diabetic_emergency', 'Mein Vater nimmt Glibenclamid und fragt nach dem Preis.', False),
    ('diabetic_emergency', 'He takes glipizide and is confused about the new pharmacy hours.', False),
]


@pytest.mark.parametrize(('flag', 'prompt', 'fires'), FRESH)
def test_second_fresh_set(flag, prompt, fires):
    assert (flag in flag_ids(prompt)) is fires


# A burst aneurysm told without the word: a sudden pain running between the back and the belly, with a grey face
# or a faint. The same pain without collapse (a kidney stone), or a grey face after a long shift, is no sign.
BURST_ANEURYSM = [
    'All of a sudden he had a terrible pain in his back going through to his belly, and he looks grey.',
    'de repente le dio un dolor en la espalda que le baja hasta la barriga y casi se desmaya',
    "soudain une douleur atroce dans le dos jusqu'au ventre, il a failli s'évanouir",
    'Plötzlich Schmerzen im Rücken bis in den Bauch, er ist fast ohnmächtig geworden.',
    'de repente uma dor nas costas que vai até a barriga e ele desmaiou',
    '爸爸突然腰疼得厉害，疼到肚子，脸色发灰',
]

BURST_ANEURYSM_NEAR_MISSES = [
    'Sudden pain from my back round to my tummy, sweaty, the GP thinks a kidney stone.',
    'He looks grey after a long night shift and his back aches from lifting.',
    'dolor de espalda que baja hasta la barriga desde hace semanas',
    'Rückenschmerzen bis in den Bauch seit Monaten, sonst geht es mir gut.',
]


@pytest.mark.parametrize('prompt', BURST_ANEURYSM)
def test_sudden_back_to_belly_pain_with_a_faint_is_a_burst_aneurysm(prompt):
    assert 'aortic_dissection' in flag_ids(prompt)


@pytest.mark.parametrize('prompt', BURST_ANEURYSM_NEAR_MISSES)
def test_the_pain_without_collapse_is_no_aneurysm(prompt):
    assert 'aortic_dissection' not in flag_ids(prompt)


# Second fresh set for the burst aneurysm, written after the lists above passed and run once: signs 8/8,
# look-alikes 4/4 at first run.
ANEURYSM_FRESH = [
    ('Mum suddenly got a pain in her tummy going through to her back and she collapsed in the kitchen.', True),
    ('Suddenly this awful pain in my back into my stomach, I nearly passed out on the stairs.', True),
    ('a mi abuelo le dio de repente un dolor de espalda hacia el vientre y se ha puesto gris', True),
    ('mon mari a eu brutalement mal au dos vers le ventre et il est tombé dans les pommes', True),
    ('Ganz plötzlich zieht der Schmerz vom Rücken in den Bauch, er ist zusammengebrochen.', True),
    ('meu tio sentiu de repente dor nas costas até a barriga e ficou cinzento', True),
    ('他突然后背疼，疼到肚子，差点晕倒', True),
    ('About my gym membership: my dad suddenly had back pain going to his belly and looked ashen, should I freeze it?',
     True),
    ('My back pain goes round to my tummy when I have my period, it comes on suddenly each month.', False),
    ('She fainted at the sight of blood; her back is fine.', False),
    ('de repente me acordé de que tengo que ir al dentista; me duele la espalda', False),
    ('Plötzlich hatte ich Hunger und der Bauch knurrte.', False),
]


@pytest.mark.parametrize(('prompt', 'fires'), ANEURYSM_FRESH)
def test_aneurysm_second_fresh_set(prompt, fires):
    assert ('aortic_dissection' in flag_ids(prompt)) is fires
