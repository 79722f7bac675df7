"""The second fresh set of the twenty-fourth round's red-flag classes (issue 13, w24): new wording and other languages,
written after tests/test_red_flag_w24.py passed and run once; the first-run result of each class is in the comment
above it, and misses left open are xfail with their reason."""

import pytest

from tests.red_flag_ids import flag_ids


# First run: 68 of 71 signs (suicide 8/8, clot 8/8, gut blood 7/8, pain to the jaw 8/8, aneurysm 5/6, stroke 8/8, eye
# 7/8, torsion 7/7, known signs in lay words 8/8) and 10 of 12 look-alikes. Fixed after: "vomitei hoje de manhã um pouco
# de sangue" (six words between), "known AAA", "uma sombra cobrindo a vista" (the article); the two look-alikes left
# are xfail below.
FRESH_SIGNS = [
    # suicide: means made ready with a farewell, an accident staged for the insurance, a place and a night chosen
    ("The rope is sorted and I've said my goodbyes in a letter.", 'suicide'),
    ('La soga ya está lista, mis padres estarán mejor.', 'suicide'),
    ("La corde est prête, ils seront mieux sans moi de toute façon.", 'suicide'),
    ('Der Strick ist vorbereitet, es ist nicht eure Schuld.', 'suicide'),
    ('Will the insurance pay out if my death looks like an accident?', 'suicide'),
    ('A apólice paga se parecer um acidente de carro?', 'suicide'),
    ('今晚去铁轨那边，听天由命吧，跟你们告别。', 'suicide'),
    ('Heute Abend fahre ich zur Brücke, dann ist es vorbei.', 'suicide'),
    # clot: breathlessness at rest or on the least effort after an operation, a birth, on the pill, a swollen calf
    ("Had my appendix op on Monday; now I'm breathless just talking on the phone.", 'pulmonary_embolism'),
    ("Post-partum 10 days and I cannot draw a full breath.", 'pulmonary_embolism'),
    ('Me operaron de la cadera y me falta el aire sentada.', 'pulmonary_embolism'),
    ("Je prends la pilule et je suis essoufflée même assise depuis hier.", 'pulmonary_embolism'),
    ('Seit der Entbindung kriege ich nicht richtig Luft.', 'pulmonary_embolism'),
    ('Fiz cesariana há 5 dias e fico sem ar só de andar até a cozinha.', 'pulmonary_embolism'),
    ('吃避孕药，这两天坐着都喘不过气。', 'pulmonary_embolism'),
    ('My leg is swollen and I get out of breath walking to the bathroom.', 'pulmonary_embolism'),
    # gut blood
    ("He's vomited a few times, the last lot full of dark red blood.", 'gi_bleed'),
    ('Losing a lot of blood from my back passage with clots.', 'gi_bleed'),
    ('Ha vomitado otra vez sangre oscura.', 'gi_bleed'),
    ("Elle a vomi ce matin plusieurs fois du sang.", 'gi_bleed'),
    ('Blutklumpen im Klo nach dem Stuhlgang, und viel Blut aus dem After.', 'gi_bleed'),
    ('Vomitei hoje de manhã um pouco de sangue.', 'gi_bleed'),
    ('便血特别多，头晕。', 'gi_bleed'),
    ('Coágulos en el inodoro y mucha sangre por el recto.', 'gi_bleed'),
    # pain to the jaw or between the shoulder blades with a sweat or breathlessness
    ('The pressure radiates to my jaw and I feel clammy.', 'cardiac'),
    ('Pain between my shoulder blades and I am out of breath, I am 70.', 'cardiac'),
    ('El dolor me baja al brazo izquierdo y tengo sudores fríos.', 'cardiac'),
    ("J'ai une douleur qui irradie dans le bras gauche et des sueurs froides.", 'cardiac'),
    ('Es strahlt in den linken Arm aus und ich bin schweißgebadet.', 'cardiac'),
    ('A dor irradia para o braço esquerdo e estou com falta de ar.', 'cardiac'),
    ('胸口闷，往左胳膊窜，出冷汗。', 'cardiac'),
    ('Schmerzen zwischen den Schulterblättern und Atemnot.', 'cardiac'),
    # aneurysm
    ('Known AAA, he collapsed in the garden just now.', 'aortic_dissection'),
    ('Con aneurisma abdominal y de repente un dolor horrible de espalda.', 'aortic_dissection'),
    ("Il a un anévrisme et s'est évanoui au supermarché.", 'aortic_dissection'),
    ('Mit bekanntem Aneurysma plötzlich starke Schmerzen im Bauch.', 'aortic_dissection'),
    ('Tem aneurisma e desmaiou agora.', 'aortic_dissection'),
    ('有动脉瘤的老人刚才晕倒了。', 'aortic_dissection'),
    # stroke in lay words
    ('She smiled and only half of her mouth went up.', 'stroke'),
    ("My wife sounds like she is drunk but hasn't had a drink.", 'stroke'),
    ('Habla como borracho pero no ha bebido nada.', 'stroke'),
    ('Tout tourne et je vois double depuis une heure.', 'stroke'),
    ('Drehschwindel und er kann nicht geradeaus gehen.', 'stroke'),
    ('Vertigem forte e visão dupla de repente.', 'stroke'),
    ('他说话跟喝醉了一样，可是没喝酒。', 'stroke'),
    ("All of a sudden it felt like my head was going to explode.", 'stroke'),
    # the eye
    ("It's like a curtain is coming across my left eye.", 'eye_emergency'),
    ('Tengo una sombra tapando parte de la visión del ojo derecho.', 'eye_emergency'),
    ("Une ombre devant mon œil gauche, depuis ce matin.", 'eye_emergency'),
    ('Auf dem Auge sehe ich einen Schatten von der Seite.', 'eye_emergency'),
    ('Uma sombra cobrindo a vista do olho esquerdo.', 'eye_emergency'),
    ('Halos round the lamps and a pain behind my right eye.', 'eye_emergency'),
    ('Regenbogenfarbene Ringe um Lichter und das Auge tut weh.', 'eye_emergency'),
    ('眼睛胀痛，看灯周围有光晕。', 'eye_emergency'),
    # torsion
    ('My ovarian cyst side suddenly hurts like crazy and I threw up.', 'acute_abdomen'),
    ('Quiste ovárico y he vomitado dos veces con mucho dolor.', 'acute_abdomen'),
    ("Kyste à l'ovaire droit, douleur brutale depuis une heure.", 'acute_abdomen'),
    ('Zyste am linken Eierstock, ich habe mich übergeben.', 'acute_abdomen'),
    ('Cisto ovariano e vomitei de dor.', 'acute_abdomen'),
    ('我有卵巢囊肿，刚才突然疼得直不起腰。', 'acute_abdomen'),
    ('他说蛋蛋非常痛，肿了。', 'testicular_torsion'),
    # known signs in lay words
    ('On rivaroxaban and whacked his head on the car door.', 'head_injury'),
    ('Desde que se dio el golpe en la cabeza está más adormilado que de costumbre.', 'head_injury'),
    ("Mon fils a toujours soif, il fait pipi sans arrêt et respire vite et fort.", 'diabetic_emergency'),
    ('Boiling oil all over his forearm with big blisters.', 'severe_burn'),
    ('Sie kann nur ein paar Wörter sagen, die Haut zwischen den Rippen zieht sich ein.', 'breathing'),
    ('Hernia discal y no siento nada al limpiarme, y me cuesta empezar a orinar.', 'cauda_equina'),
    ('Found my toddler with an open pack of sleeping tablets, some are missing.', 'poisoning'),
    ("Grandpa took a month's worth of his amlodipine at once.", 'poisoning'),
]

FRESH_NOT_SIGNS = [
    pytest.param('I packed the rope for our climbing trip and said goodbye to the dog sitter.', 'suicide',
                 marks=pytest.mark.xfail(reason="an older entry reads a rope with 'goodbye' within sixteen words as a "
                                                "sign, whatever the rope is for")),
    ('Does life insurance cover a car accident abroad?', 'suicide'),
    ("I'm on the pill and out of breath after hockey training.", 'pulmonary_embolism'),
    ('Vomité la cena y tenía remolacha, todo rojo.', 'gi_bleed'),
    ('My jaw aches after the dentist and I sweat at the gym.', 'cardiac'),
    ('He has an aneurysm check next month; no symptoms.', 'aortic_dissection'),
    ('The room spins after too many beers.', 'stroke'),
    ('I see halos around streetlights since cataract surgery, no pain.', 'eye_emergency'),
    ('Tengo un quiste en el ovario que controlan cada seis meses.', 'acute_abdomen'),
    ('Tomei 1 comprimido de ibuprofeno para a cólica.', 'poisoning'),
    ('我女儿早上老是叫不醒，怎么办？', 'collapse'),
    pytest.param('He bumped his head on the shelf and is playing happily, sleepier than usual at bedtime as always.',
                 'head_injury', marks=pytest.mark.xfail(reason="a habit told after the drowsiness ('as always') is "
                                                            "not read")),
]


@pytest.mark.parametrize("prompt,flag", FRESH_SIGNS)
def test_fresh_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", FRESH_NOT_SIGNS)
def test_fresh_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)


# Later classes (purple spots with fever, barely rousable or responding, a knock with the same question asked again),
# written after their tests passed and run once. First run: 12 of 14 signs, 5 of 5 look-alikes. Fixed after: a
# temperature told by its number without an article; "headbutted" left xfail.
FRESH_LATER_SIGNS = [
    ('Temperature of 39.8 and a dark red rash of pinpricks on his arms.', 'meningitis'),
    ('Tiene fiebre y unos puntitos morados en el cuello.', 'meningitis'),
    ("Fièvre et des taches violacées sur le ventre depuis une heure.", 'meningitis'),
    ('Sie hat Fieber und violette Flecken an den Beinen.', 'meningitis'),
    ('Febre alta e manchas arroxeadas no corpo.', 'meningitis'),
    ('发高烧，胳膊上有紫红色的出血点。', 'meningitis'),
    ("My brother is hardly responsive after the party, he's on the bathroom floor.", 'collapse'),
    ('No consigo despertarlo bien, apenas se despierta cuando le hablo.', 'collapse'),
    ("On arrive à peine à la réveiller depuis la sieste.", 'collapse'),
    ('Mein Mann ist kaum noch ansprechbar und sehr blass.', 'collapse'),
    ('Minha mãe mal acorda quando chamo e está gelada.', 'collapse'),
    ('爷爷叫他没什么反应，脸色很差。', 'collapse'),
    pytest.param('He headbutted the wall in a fall and has been puking since.', 'head_injury',
                 marks=pytest.mark.xfail(reason="'headbutted' is no knock to the head the lexicon knows")),
    ('Después del golpe en la cabeza repite la misma pregunta todo el rato.', 'head_injury'),
]

FRESH_LATER_NOT_SIGNS = [
    ('Fever and a red blotchy rash after amoxicillin.', 'meningitis'),
    ('Fieber und rote Flecken im Gesicht, Ringelröteln im Kindergarten.', 'meningitis'),
    ('My son hardly wakes up on time for school.', 'collapse'),
    ('Elle répond à peine au téléphone ces jours-ci.', 'collapse'),
    ('Mi abuela pregunta lo mismo una y otra vez, tiene demencia desde hace años.', 'head_injury'),
]


@pytest.mark.parametrize("prompt,flag", FRESH_LATER_SIGNS)
def test_fresh_later_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", FRESH_LATER_NOT_SIGNS)
def test_fresh_later_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)
