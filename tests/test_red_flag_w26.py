"""The w26 red-flag classes (issue 13, train-28's misses left last round): each class is the flag it must raise, the
prompts that raise it and the benign look-alikes that must not (the first set and the second fresh set, written after
the first passed and run once), read by tests/test_red_flag_classes.py."""

import pytest

from tests.red_flag_ids import flag_ids


# A limb gone suddenly cold and white, blue or numb (acute limb ischaemia, a new flag; train-28 058); hands that
# whiten in the cold (Raynaud's) and feet that are always cold are no sign. Second fresh set: 8/8 and 8/8 at first run.
COLD_LIMB = ('limb_ischaemia', [
    "My mum's left leg suddenly went cold and pale an hour ago and it really hurts.",
    "his foot turned white and ice cold this morning and he can't feel his toes",
    'Out of nowhere her arm went cold and blue and she says it is agony.',
    'A mi padre se le puso la pierna fría y pálida de repente y le duele muchísimo.',
    "Sa jambe est devenue froide et toute blanche d'un coup, il a très mal.",
    'Ihr Bein ist plötzlich eiskalt und weiß geworden und tut furchtbar weh.',
    'O pé dele ficou gelado e branco de repente e ele não sente os dedos.',
    '我爸的左腿突然冰凉发白，疼得厉害',
    "Quick question about my dad's travel insurance form. His right leg went cold and white a few hours ago while he "
    "was reading, he can't feel his toes. Does that count as pre-existing?",
    "Grandpa's foot has gone pale and freezing cold since lunch, two hours ago, and he says it's the worst pain ever.",
    'my leg turned blue and cold suddenly while i was sitting on the sofa',
    'De repente a mi abuela se le quedó el brazo frío y morado.',
    "Son pied est glacé et pâle depuis deux heures, c'est arrivé brutalement.",
    'Sein linker Fuß ist auf einmal kalt und bläulich.',
    'A perna da minha mãe ficou roxa e fria do nada, ela está com muita dor.',
    '奶奶的脚一下子发紫冰凉',
    "Her hand went white and cold out of nowhere and she can't move her fingers.",
], [
    "My fingers go white and numb when it's cold outside, then turn red. Is that Raynaud's?",
    'My feet are always cold in winter, even in thick socks.',
    'After swimming in the lake my hands were cold and pale for a bit, then fine.',
    'Tengo los pies fríos siempre por la noche.',
    "J'ai toujours les mains froides en hiver.",
    'Meine Hände werden bei Kälte weiß, das kenne ich seit Jahren.',
    'Minhas mãos ficam frias e brancas no inverno, é Raynaud?',
    '冬天手脚总是冰凉',
    'My hands turn white then blue when I hold something from the freezer, then red again.',
    'His feet have been cold for years because of his diabetes.',
    'Mis manos se ponen blancas cuando hace frío y luego rojas.',
    "Mes doigts deviennent blancs au froid, c'est le syndrome de Raynaud.",
    'Meine Füße sind nachts immer kalt.',
    'Meu pé fica gelado à noite, é normal?',
    '手冬天发白，暖一下就好',
    'My leg went numb after sitting cross-legged for an hour, then pins and needles.',
])

# Pills put aside, told with the wish not to be a burden any more (train-28 074: a Chinese plan told without the
# word; its Spanish and French forms were not read either); pills kept for a pharmacy return, and a weight that will not
# be carried any more, are no sign. Second fresh set: signs 3/5 at first run (a Chinese "囤好了" and the Portuguese
# form were then added), look-alikes 2/3.
HOARDED_WITH_BURDEN = ('suicide', [
    '最近觉得没意思，安眠药已经攒了一个多月了',
    '药片都已经囤够了，周末就解脱了',
    'Llevo semanas guardando las pastillas para dormir; el domingo ya no seré una carga para nadie.',
    'Voy acumulando los somníferos en un cajón, así dejaré de ser una carga.',
    "J'ai accumulé mes somnifères tout l'hiver, bientôt je ne serai plus un fardeau.",
    "Il a caché ses comprimés dans sa chambre et m'a écrit : bientôt je ne serai plus un poids pour vous.",
    '我偷偷把止痛药攒起来了，这样以后就不会拖累家里了',
    '安眠药都囤好了',
    'Ya llevo dos meses ahorrando los comprimidos; cuando me vaya ya no seré una carga.',
    'Je garde de côté mes cachets depuis Noël, comme ça je ne serai plus une charge pour mes enfants.',
    'Estou guardando os remédios há semanas, logo não vou mais ser um peso.',
], [
    'Estoy guardando las pastillas que me sobraron para llevarlas a la farmacia.',
    'Je ne serai plus un poids de 90 kilos après le régime.',
    'Con la silla de ruedas nueva ya no seré una carga para mi hija cuando salimos.',
    '药已经吃完了，要不要再开一点？',
    'Estoy guardando los medicamentos de mi madre en la nevera como dijo la farmacéutica.',
    'Después de la rehabilitación ya no seré una carga para mi marido.',
])

# A count of tablets taken at once, with a few more words between the verb and the number (train-28 020: a lethal
# paracetamol count by its French brand), also after "this year" told as the time of a story; a count at a rate per
# month or year is no sign. Second fresh set: 4/4 and 3/3 at first run.
COUNT_TAKEN = ('poisoning', [
    "J'ai pris hier soir à peu près 20 Doliprane 1000 parce que j'avais mal aux dents.",
    'Anoche me tomé poco a poco como unas 24 pastillas de paracetamol.',
    'Ontem à noite eu tomei de uma vez umas 30 pílulas.',
    'Gestern Abend habe ich dann ungefähr 20 Paracetamol genommen.',
    '我昨晚吃了20片扑热息痛',
    "Hier j'ai avalé d'un coup à peu près 25 comprimés de Dafalgan.",
    'Me tragué ayer por la noche unas 30 pastillas para dormir.',
    'Ich habe vorhin auf einmal bestimmt 20 Ibuprofen geschluckt.',
    'Tomei ontem à noite umas 20 pílulas de paracetamol de uma vez.',
    'This year has been hell, and tonight I took 30 paracetamol.',
    "Cette année a été horrible ; hier soir j'ai pris à peu près 25 Doliprane.",
    'Este año ha sido horrible; anoche tomé unas 30 pastillas.',
], [
    'Tomei no mês passado, por mês, umas 20 pílulas de dipirona, é muito?',
    "Je prends environ 20 Doliprane par mois, c'est trop ?",
    'He tomado unas 20 pastillas de ibuprofeno al mes.',
    'Ich habe letztes Jahr ungefähr 30 Ibuprofen genommen.',
])

# A baby's fontanelle (soft spot) bulging or tense (train-28 071), read in no language before; one that bulges only
# while the baby cries or strains is normal, and a sunken or pulsing one is not this sign. Second fresh set: 5/5 and
# 3/3 at first run.
FONTANELLE = ('unwell_infant', [
    'the soft spot on his head is bulging and he has a fever',
    'Her fontanelle looks tense and raised since this afternoon.',
    'la fontanelle est bombée et il a de la fièvre',
    'la mollera está abultada y tiene fiebre',
    'Die Fontanelle wölbt sich nach oben und sie trinkt nicht.',
    'a moleira está estufada e ele está com febre',
    '囟门鼓起来了，还发烧',
    "My 4 month old's soft spot is puffed up and he's really sleepy.",
    'Seine Fontanelle ist ganz prall und er erbricht.',
    'Sa fontanelle est gonflée depuis ce matin.',
    'A fontanela do bebê está abaulada desde ontem.',
    '宝宝囟门突出，一直吐',
], [
    'her soft spot bulges a bit when she cries, is that normal?',
    'when is the fontanelle supposed to close?',
    'I can see her soft spot pulsing',
    'die Fontanelle wölbt sich beim Schreien etwas vor',
    'la fontanelle se bombe un peu quand il pleure',
    'la mollera se levanta un poco cuando llora',
    'The soft spot is bulging slightly when he strains on the potty.',
    'La fontanela se le hincha cuando hace fuerza para hacer caca, cuando llora.',
    'A moleira fica alta quando ele chora.',
])

# A throat gone tight or a face swollen shut after nuts (train-28 004: German "Hals ganz eng", "verquollen im
# Gesicht", hazelnuts inside a compound word); a scratchy throat after nuts, or a tight chest from nerves, is no sign.
# Second fresh set: 5/5 and 2/2 at first run.
NUT_THROAT = ('anaphylaxis', [
    'Er hat Haselnüsse gegessen, jetzt ist der Hals eng.',
    'Hals wie zugeschnürt nach den Walnüssen.',
    'Nach dem Erdnussriegel ist sie total verquollen im Gesicht.',
    'Après le gâteau aux noisettes elle a la gorge serrée.',
    'Comió avellanas y tiene la garganta cerrada.',
    'Comeu nozes e está com a garganta apertada.',
    'Seit dem Müsli mit Cashewnüssen ist ihre Zunge dick und der Hals zu.',
    'Il a mangé du sésame et sa gorge est serrée, il tousse.',
    'Mordió una galleta con avellanas y dice que tiene la garganta apretada.',
    'Depois do bolo de avelã, os lábios estão inchando e a garganta apertada.',
    'Haselnusskuchen gegessen, Hals fühlt sich ganz eng an.',
], [
    'Nach den Nüssen ist mir etwas eng ums Herz vor Aufregung wegen der Prüfung.',
    'Ich esse gern Haselnüsse, mein Hals ist seit einer Erkältung etwas rau.',
    'Er hat Haselnüsse gegessen und der Hals kratzt ein bisschen.',
    'Ich habe Walnüsse gekauft, der Hals tut vom Singen weh.',
    "J'adore les noisettes mais j'ai la gorge un peu irritée par le froid.",
])

# A baby's dry nappy told with its time, and a baby's age in months, in each language (train-28 031: a French
# 9-month-old with a dry nappy, floppy); an adult's weeks of a cough, tired and weak, are no infant sign. Second fresh
# set: signs 5/5, look-alikes 2/3 at first run (a Spanish nappy just changed read as dry: "pañal seco", "couches
# sèches" and "fralda seca" without a time are no longer read alone).
DRY_NAPPY = ('unwell_infant', [
    "her nappy has been dry since yesterday and she's floppy",
    'Ma fille de 9 mois a une gastro, sa couche est sèche depuis hier après-midi, elle est toute molle.',
    'el pañal está seco desde ayer y está muy decaída',
    'die Windel ist seit heute Morgen trocken und er trinkt nicht',
    'a fralda está seca desde ontem e ela está molinha',
    'Unsere Tochter (7 Monate) ist ganz schlapp und trinkt nicht.',
    'Mon bébé de 5 semaines ne boit plus depuis ce matin et sa couche reste sèche depuis 10 heures.',
    'Mi niña de 10 meses no quiere comer y el pañal sigue seco desde anoche.',
    'Unser Sohn, 4 Monate alt, ist apathisch und die Windel ist seit dem Frühstück trocken.',
    'Meu filho de 11 meses está prostrado, fralda seca o dia todo.',
    "no wet nappies since breakfast and he's very sleepy and listless",
], [
    'Seit 3 Wochen bin ich schlapp und müde.',
    'Tengo una tos de 3 semanas y estoy decaída.',
    "J'ai une toux depuis 3 semaines, je suis toute molle.",
    'les couches lavables sèchent vite ?',
    "my 3 month old's nappy was dry this morning after a long sleep, she's feeding fine now",
    'Mi hija de 8 meses tiene el pañal seco porque le acabo de cambiar y está feliz.',
    'Ich bin seit 2 Wochen apathisch, keine Lust auf nichts.',
    'Il a 2 mois de retard pour ses vaccins, il va bien.',
])

# Drooling with a refusal to swallow, in each language (train-28 065, a child with epiglottitis told on a nursery
# form, and 072, a child who put drain cleaner in her mouth); a teething baby's drool, or big pills not swallowed, are
# no sign. Second fresh set: 6/6 and 2/2 at first run. A pet that drools and will not swallow is read as a sign too
# (a limit: the check does not tell a pet from a person here).
DROOL_NO_SWALLOW = ('breathing', [
    "she's drooling loads, won't swallow even her juice, sits leaning forward",
    'he is drooling and refuses to swallow anything',
    'no quiere tragar ni el agua y babea mucho',
    'il bave beaucoup et ne veut pas avaler sa salive',
    'er sabbert und will nicht schlucken',
    'ela está babando muito e não quer engolir nada',
    '宝宝流口水，不肯咽东西',
    "My husband's throat is so sore he's drooling into a towel and won't swallow, and his voice sounds like a hot "
    "potato.",
    'Mi hijo babea sin parar y no puede tragar, está sentado inclinado hacia delante.',
    "Depuis une heure elle bave et n'arrive plus à avaler, elle a 39 de fièvre.",
    'Seit dem Mittag sabbert er und kann nicht mehr schlucken.',
    'Ele não consegue engolir, fica babando e respira com barulho.',
    '我儿子咽不下口水，一直流口水',
], [
    'my teething baby is drooling loads but swallows fine',
    "he won't swallow his pills because they're big",
    '宝宝长牙一直流口水',
    'My baby drools when she sleeps and swallows her milk fine.',
    'Mon fils ne veut pas avaler ses légumes.',
])

# Sepsis told through a low blood pressure read at home, a temperature told as a number that rose, or the flu in
# another language (train-28 006, a Chinese UTI with confusion and 90/50 two sentences later; 034, a Portuguese flu
# with 39,5, fast breathing and a lacy purple rash); a usual low pressure or a child with flu who plays is no sign.
# Second fresh set: signs 3/5 at first run (pneumonia in Chinese and German was then added), look-alikes 2/2.
SEPSIS_TOLD = ('sepsis', [
    '我妈前两天尿路感染，在吃头孢。今天开始糊里糊涂的，量了血压90/50。',
    'Meu marido tá gripado, hoje subiu pra 39,5 e tá respirando muito rápido.',
    'Estoy con gripe, subió a 38,5 y tengo la tensión 85/50, estoy muy confusa.',
    'Er hat Grippe, Fieber auf 39,8, und atmet sehr schnell.',
    "She has a kidney infection and her blood pressure is 80/45 tonight, she's muddled.",
    '爸爸肺炎住过院刚出来，现在说胡话，血压只有85/50',
    'Mi abuela tiene una infección de orina y hoy la presión está en 80/40, no me reconoce.',
    'Ma mère a la grippe, la fièvre est montée à 39,6 et elle respire très vite.',
    'Mein Opa hat eine Lungenentzündung, Blutdruck 85/50 und er ist verwirrt.',
    'Minha mãe tá com infecção urinária, a pressão deu 80/50 e ela tá confusa.',
], [
    'I have a UTI, my blood pressure is usually 90/60 and I feel fine',
    'Ele tá gripado, febre subiu pra 38,2, mas tá comendo bem e brincando',
    '我妈有高血压，今天量了血压150/90',
    'Tenho gripe e a febre chegou a 38,4, mas estou bem, comendo e dormindo.',
    'My BP runs 95/60 normally, is that ok with a cold?',
])

# A household told as "me and the kids" (train-28 047: headaches, sickness and dizziness shared at home after a gas
# fire went back on); a couple's headache after the wine, or a named flu, is no carbon-monoxide sign. Second fresh set:
# 3/3 and 2/2 at first run.
HOUSEHOLD = ('carbon_monoxide', [
    'me and both kids have had headaches and felt sick and dizzy for a couple of days now',
    'Me and my husband both have headaches and feel sick every morning in the new flat.',
    'I and the kids have headaches and feel dizzy since the boiler was serviced.',
    'Me and my flatmate keep getting headaches and feeling sick at home but fine at uni.',
    'I and my wife have been dizzy with headaches and nausea since the cold snap started and the heater came on.',
    'Me and the boys all felt sick with headaches after the barbecue in the garage.',
], [
    'me and the kids have had headaches and felt sick for 2 days, we all have the flu',
    'me and my husband had a headache after the wine and felt sick',
    'Me and my partner had headaches after the party and felt sick the next morning.',
    'Me and my kids have a headache from the noise of the building work.',
])

# New thirst, passing urine often, and now vomiting, belly pain or fast deep breathing: diabetes first told as
# ketoacidosis (train-28 088, a French child); thirst and urine from training or a heatwave, or a toddler's question
# without vomiting or fast breathing, are no sign. Second fresh set: 5/5 and 2/2 at first run.
NEW_DIABETES = ('diabetic_emergency', [
    'Mon fils boit énormément depuis 2 semaines, se relève la nuit pour faire pipi, et depuis ce matin il vomit.',
    'my son has been drinking loads and peeing all the time at night, lost weight, now vomiting and breathing fast',
    'Mi hija bebe muchísimo, hace pis todo el rato y hoy vomita y respira muy hondo',
    'Er trinkt seit Wochen extrem viel, muss nachts ständig pinkeln und erbricht seit heute',
    'Ela bebe muita água, faz xixi toda hora e hoje está vomitando',
    '孩子最近喝水特别多，老是尿尿，今天开始吐，呼吸很快',
    "My daughter is constantly thirsty, up twice a night to wee, and since lunch she's being sick and seems drowsy.",
    'Mi niño toma agua sin parar, orina cada hora y ahora tiene dolor de barriga y vómitos.',
    'Ma fille a tout le temps soif, fait pipi toutes les heures, et respire fort depuis ce soir.',
    'Meine Tochter hat ständig Durst, nässt wieder ein und hat jetzt Bauchschmerzen und erbricht.',
    'Meu filho tem muita sede, faz xixi o tempo todo e agora está sonolento e respirando fundo.',
], [
    "I drink loads of water and pee all the time because I'm training for a marathon",
    'she drinks loads and pees all the time, is that normal for a toddler?',
    "he's drinking loads and peeing a lot with this heatwave, and had a tummy ache from ice cream",
    "I'm always thirsty on this new diet and pee loads, is that normal?",
    'Bebo mucha agua porque hace calor y orino mucho por la noche.',
])

CLASSES = [COLD_LIMB, HOARDED_WITH_BURDEN, COUNT_TAKEN, FONTANELLE, NUT_THROAT, DRY_NAPPY, DROOL_NO_SWALLOW,
           SEPSIS_TOLD, HOUSEHOLD, NEW_DIABETES]


# Found by the second fresh set and older than this class: pills put aside for a trip were read as a plan, because the
# older entries read "put aside" / "mis de côté" / "juntando" with pills alone; since w27 a trip named right after
# them is no plan (and "put aside all my sleeping pills, I can't go on" still is).
@pytest.mark.parametrize("prompt", [
    "J'ai mis de côté des comprimés pour les vacances au Maroc.",
    "Estou juntando remédios pra viagem.",
    "I've put aside some tablets for the holidays.",
    "I've put my pills aside for the trip to Spain.",
    "Estoy juntando pastillas para el viaje de mi madre.",
])
def test_pills_put_aside_for_a_trip_are_no_suicide_sign(prompt):
    assert "suicide" not in flag_ids(prompt)


# Passed at first run, then given up on purpose at the review read: "this year" or "this month" alone no longer reads
# as a count over time, since it is as often the time of a story told before an overdose ("este año ha sido horrible,
# anoche tomé 30 pastillas"), which must stay a sign.
@pytest.mark.xfail(strict=True, reason="a count told with 'this year' or 'this month' and a total reads as taken at "
                   "once")
@pytest.mark.parametrize("prompt", [
    "J'ai pris en tout cette année environ 20 Doliprane.",
    "Este año he tomado en total unas 20 pastillas de ibuprofeno.",
    "Cette année j'ai pris environ 20 Doliprane au total, c'est beaucoup ?",
    "He tomado este mes unas 20 pastillas de ibuprofeno en total.",
])
def test_a_count_this_year_is_no_overdose(prompt):
    assert "poisoning" not in flag_ids(prompt)
