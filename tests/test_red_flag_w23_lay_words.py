"""w23: emergency signs told in lay words the lexicon had not seen, each class with its benign look-alike.

Breathing: lips gone bluish or greyish, a reliever inhaler that is not helping, no whole sentence out, ribs sucking in;
cauda equina: back pain with trouble holding or passing urine, or numbness between the legs; GI bleeding: blood
vomited in each language, tarry stools with fainting (even on iron tablets, which alone explain black stools); suicide
told by a chosen date, a lethal count of pills or belongings given away; meningitis: fever with a chin that will not go
down to the chest. A denied thought ("no thoughts of hurting myself", "sem pensamentos suicidas") is no sign."""

import pytest

from tests.red_flag_ids import flag_ids

SIGNS = [
    ("Her lips look bluish and she's wheezing hard.", 'breathing'),
    ('He has greyish lips and keeps stopping to breathe.', 'breathing'),
    ("My reliever inhaler hasn't helped at all, I'm still wheezing.", 'breathing'),
    ("Took my blue inhaler three times and it's doing nothing.", 'breathing'),
    ("She can't get a whole sentence out without stopping for air.", 'breathing'),
    ("My son's skin is sucking in between his ribs with every breath.", 'breathing'),
    ('tiene los labios azulados y el inhalador no le ha hecho nada', 'breathing'),
    ('Mi hija no puede acabar una frase sin pararse a respirar.', 'breathing'),
    ("ses lèvres sont grisâtres et sa ventoline ne l'a pas soulagé", 'breathing'),
    ('Sein Asthmaspray hat nichts gebracht und er bekommt kaum einen Satz heraus.', 'breathing'),
    ('a bombinha não adiantou nada e ela está com falta de ar', 'breathing'),
    ('用了好几次喷雾还是喘得说不出话', 'breathing'),
    ('孩子吸气的时候肋骨中间往里陷', 'breathing'),
    ('my daughters inhailer isnt helping and shes strugling', 'breathing'),
    ("Quick question about my son's school forms. He's been wheezing all afternoon, his puffer isn't doing anything and his lips look a bit blue. Anyway, which form do I need?", 'breathing'),
    ("My lower back is killing me and I've gone numb around my bottom and between my legs.", 'cauda_equina'),
    ("Back pain for a week, and since yesterday I can't hold my wee.", 'cauda_equina'),
    ('Slipped disc flared up and now I struggle to start peeing and my saddle area feels numb.', 'cauda_equina'),
    ('Bad back, and peeing has become really difficult since this morning.', 'cauda_equina'),
    ('Me duele la espalda y no siento bien la zona entre las piernas, y me cuesta orinar.', 'cauda_equina'),
    ("J'ai mal au dos et je ne sens plus rien autour de l'anus, et j'ai du mal à uriner.", 'cauda_equina'),
    ('Rückenschmerzen und seit heute ist alles taub zwischen den Beinen, ich kann kaum Wasser lassen.', 'cauda_equina'),
    ('Estou com dor nas costas e dormência entre as pernas, não consigo segurar o xixi.', 'cauda_equina'),
    ('腰疼了几天，今天屁股周围发麻，小便解不出来', 'cauda_equina'),
    ('hurt my back lifting, now my bum is numb and i couldnt pee this morning', 'cauda_equina'),
    ('My poo has been black and sticky for two days and I nearly passed out.', 'gi_bleed'),
    ("I'm on iron tablets but my stool is black like tar and I fainted this morning.", 'gi_bleed'),
    ('I brought up blood this morning.', 'gi_bleed'),
    ('He hecho caca negra como el alquitrán y me he desmayado.', 'gi_bleed'),
    ('Vomité sangre esta mañana.', 'gi_bleed'),
    ('Ich habe heute Blut erbrochen.', 'gi_bleed'),
    ('Fiz cocô preto feito piche e quase desmaiei.', 'gi_bleed'),
    ('我爸今天吐了好几口血', 'gi_bleed'),
    ("Mes selles sont noires comme du goudron et j'ai failli m'évanouir.", 'gi_bleed'),
    ('Mein Stuhl ist seit gestern pechschwarz und mir wird schwindelig beim Aufstehen.', 'gi_bleed'),
    ("I've picked a date, the 14th, and after that nobody has to deal with me.", 'suicide'),
    ("I've been saving up my sleeping pills for weeks, I have enough now.", 'suicide'),
    ('I figured out how many of my heart pills would be enough.', 'suicide'),
    ('Ya he elegido el día, el viernes lo hago.', 'suicide'),
    ("J'ai choisi la date, ce sera dimanche, après ça ils seront tranquilles.", 'suicide'),
    ('Ich habe mir schon einen Tag ausgesucht, am Samstag ist Schluss.', 'suicide'),
    ('Já escolhi o dia, sábado eu acabo com tudo.', 'suicide'),
    ('我已经选好日子了，这周六就结束这一切', 'suicide'),
    ("I gave my guitar and my books away to friends this week, I won't be needing them.", 'suicide'),
    ('Fiebre alta, no puede tocar el pecho con la barbilla y vomita.', 'meningitis'),
    ('Fieber und er kann das Kinn nicht auf die Brust legen.', 'meningitis'),
    ('Febre alta, não consegue encostar o queixo no peito.', 'meningitis'),
    ("He's feverish and can't bring his chin down to his chest.", 'meningitis'),
    ("Il a de la fièvre et il n'arrive pas à toucher sa poitrine avec son menton.", 'meningitis'),
]

NOT_SIGNS = [
    ("My inhaler helped and I'm fine now.", 'breathing'),
    ('Used my inhaler before the run and it worked, breathing is normal.', 'breathing'),
    ('El inhalador me ayudó y ya respiro bien.', 'breathing'),
    ('Mein Spray hat geholfen, jetzt geht es mir wieder gut.', 'breathing'),
    ('A bombinha ajudou e agora estou bem.', 'breathing'),
    ('Back pain and pins and needles in my foot after sitting on the floor.', 'cauda_equina'),
    ('Lower back ache, and I pee a lot at night because I drink tea before bed.', 'cauda_equina'),
    ('Dolor de espalda y se me durmió el pie después de estar sentado.', 'cauda_equina'),
    ('Mal au dos, et des fourmis dans le pied après être resté assis.', 'cauda_equina'),
    ('My stools are black since I started iron tablets, otherwise I feel fine.', 'gi_bleed'),
    ('Des selles noires depuis que je prends du fer, sinon tout va bien.', 'gi_bleed'),
    ('Heces negras desde que tomo hierro, me encuentro bien.', 'gi_bleed'),
    ('Black poo after eating black pudding, no other symptoms.', 'gi_bleed'),
    ('We picked a date for the wedding, the 14th of June.', 'suicide'),
    ("I overdosed years ago but I've been in recovery for five years now.", 'suicide'),
    ('Low mood for weeks, no thoughts of harming myself.', 'suicide'),
    ('Patient reports low mood, no suicidal ideation.', 'suicide'),
    ('I feel down but I have no thoughts of ending my life.', 'suicide'),
    ('Estoy triste pero no tengo ideas de hacerme daño.', 'suicide'),
    ("Je suis déprimé mais je n'ai pas d'idées suicidaires.", 'suicide'),
    ('Ich bin niedergeschlagen, habe aber keine Gedanken, mir etwas anzutun.', 'suicide'),
    ('Ando triste, mas sem pensamentos de me machucar.', 'suicide'),
    ('心情低落，但没有伤害自己的想法', 'suicide'),
    ('been sad lately, no thoughts of hurting myself, just tired.', 'suicide'),
    ('Sem pensamentos suicidas, só cansaço.', 'suicide'),
    ('Sin ideas suicidas, solo insomnio.', 'suicide'),
    ("I can't touch my chin to my chest since I pulled a muscle at the gym, no fever, feel fine otherwise.", 'meningitis'),
]


@pytest.mark.parametrize("prompt,flag", SIGNS)
def test_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", NOT_SIGNS)
def test_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)
