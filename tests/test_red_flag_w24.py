"""The twenty-fourth round's red-flag classes (issue 13, w24), from the misses of the blind batch train-24, each list
with its benign look-alikes that must stay no sign; the sentences are written for these tests, not taken from the
batch. Each class has a second fresh set in tests/test_red_flag_w24_fresh.py, written after these passed."""

import pytest

from tests.red_flag_ids import flag_ids


# Suicide told without the word: the means made ready (a rope sorted, saved pills ready) with a farewell or the family
# "better off"; a death meant to look like an accident for the insurance, the family better off with the money than
# with the person; a place and a night chosen with a farewell. The look-alikes: a rope for a move, a climbing trip, a
# tutor the children are better off with, an accident the insurance asks about, a night walk to a bridge.
SUICIDE_MEANS = [
    ("I've got the rope ready and I wrote them a note, they'll be better off.", 'suicide'),
    ("Random question about my phone bill. Also the noose is tied, so goodbye I guess. Anyway how do I cancel?", 'suicide'),
    ('Ya tengo la cuerda preparada, estarán mejor sin mí.', 'suicide'),
    ("J'ai préparé une corde, ils seront mieux sans moi.", 'suicide'),
    ('Das Seil liegt schon bereit, ohne mich sind sie besser dran.', 'suicide'),
    ('A corda já está pronta, eles ficarão melhor sem mim.', 'suicide'),
    ('攒的安眠药够了，给爸妈的遗书也写好了。', 'suicide'),
    ('Does my life insurance pay if it looks like an accident? My wife would be better off with the payout than with me.', 'suicide'),
    ('¿El seguro de vida paga si parece un accidente? Mis hijos estarían mejor con el dinero que conmigo.', 'suicide'),
    ("Mon assurance-vie paie-t-elle si ça ressemble à un accident ?", 'suicide'),
    ('Zahlt die Lebensversicherung, wenn es wie ein Unfall aussieht?', 'suicide'),
    ('O seguro de vida paga se parecer um acidente? Eles ficam melhor com o dinheiro do que comigo.', 'suicide'),
    ('如果弄成车祸的样子，保险会赔吗？保险看起来像意外就行。', 'suicide'),
    ("tonight i'm going to the bridge by the station, whatever happens happens. goodbye", 'suicide'),
    ('Esta noche me voy a las vías del tren, que sea lo que tenga que ser.', 'suicide'),
    ("Ce soir je vais au pont, advienne que pourra.", 'suicide'),
    ('Heute Nacht gehe ich zur Brücke, dann ist Schluss.', 'suicide'),
    ('Hoje à noite vou até a ponte, seja o que Deus quiser.', 'suicide'),
    ('今晚我去家附近的桥上，跟大家告别了。', 'suicide'),
    ("i sortd the rope allready, theyll be better off", 'suicide'),
]

SUICIDE_MEANS_NOT = [
    ("I've got the rope ready for the move tomorrow; the van is booked.", 'suicide'),
    ("The climbing rope is ready and we're better prepared than last year.", 'suicide'),
    ('My kids are better off with a tutor than with me teaching them maths.', 'suicide'),
    ('Mis hijos están mejor con un profesor particular que conmigo para las mates.', 'suicide'),
    ('The insurance asked whether the fall was an accident at work.', 'suicide'),
    ('¿El seguro cubre un accidente de coche en el extranjero?', 'suicide'),
    ("L'assurance couvre-t-elle un accident de ski ?", 'suicide'),
    ('Die Versicherung zahlt bei einem Unfall im Urlaub?', 'suicide'),
    ('Tonight we are going to the bridge to watch the fireworks, goodbye to the old year!', 'suicide'),
    ('Esta noche voy al puente a ver los fuegos artificiales con mis amigos.', 'suicide'),
    ('Hoje à noite vou até a ponte para ver o pôr do sol.', 'suicide'),
    ('旅行要带的药已经准备好了，给家里人的明信片也写好了。', 'suicide'),
    ("Mon grand-père s'est suicidé quand j'avais 10 ans ; comment en parler à mes enfants ?", 'suicide'),
    ("Ma tante s'est suicidée quand nous avions 12 ans, je vais bien aujourd'hui.", 'suicide'),
]


# Breathlessness at rest or on the least effort (walking to the kitchen, feeding the baby, a breath that will not go in
# full, pink froth coughed up) after an operation of any named part, a birth, on the pill of any kind or with a swollen
# calf: a clot in the lung. The look-alikes: breathless after a run or stairs taken at a sprint, on the same risks.
CLOT_BREATHLESS = [
    ('Had my hip operation a week ago and now I get out of breath just going to the toilet.', 'pulmonary_embolism'),
    ("On the mini pill. Can't take a deep breath since yesterday and it scares me.", 'pulmonary_embolism'),
    ('Three weeks after my caesarean, I cannot catch my breath even lying down.', 'pulmonary_embolism'),
    ('Me operaron de la rodilla el lunes y me quedo sin aire solo con andar por el pasillo.', 'pulmonary_embolism'),
    ('Tomo anticonceptivos y desde ayer no puedo respirar hondo.', 'pulmonary_embolism'),
    ("J'ai accouché il y a dix jours et je n'arrive pas à reprendre mon souffle.", 'pulmonary_embolism'),
    ('Nach der Knieoperation bin ich schon beim Gang ins Bad außer Atem.', 'pulmonary_embolism'),
    ('Tomo pílula e desde ontem não consigo respirar fundo.', 'pulmonary_embolism'),
    ('做完手术一周，今天走两步就吸不进气。', 'pulmonary_embolism'),
    ("Question about my stitches. I had gallbladder surgery last week and I'm breathless just sitting here. When can they come out?", 'pulmonary_embolism'),
    ('my calf is puffy and i get out of breth walking to the kitchen', 'pulmonary_embolism'),
]

CLOT_BREATHLESS_NOT = [
    ("I'm on the pill and I get out of breath running up the stairs for the bus.", 'pulmonary_embolism'),
    ("I had knee surgery last month and I'm out of breath after my 10k run.", 'pulmonary_embolism'),
    ('Tomo la píldora y me quedo sin aire cuando subo cinco pisos corriendo.', 'pulmonary_embolism'),
    ('Ich nehme die Pille und bin nach dem Joggen außer Atem.', 'pulmonary_embolism'),
    ("Je prends la pilule et je suis essoufflée après le cours de spinning.", 'pulmonary_embolism'),
    ('Tomo pílula e fico cansada depois da academia.', 'pulmonary_embolism'),
    ('剖腹产两周，跑步以后有点喘。', 'pulmonary_embolism'),
    ("I had a c-section three years ago; can I take a deep breath underwater when freediving?", 'pulmonary_embolism'),
]


# Blood vomited with a count or a colour between, or a lot of blood or clots passed from the back passage, in lay
# words. The look-alikes: streaks on the paper from piles, clots in a period, red wine or beetroot brought up.
GUT_BLOOD = [
    ("I've thrown up three times, the last two with bright red blood in it.", 'gi_bleed'),
    ('Lots of clots in the toilet from my bottom this morning and I feel shaky.', 'gi_bleed'),
    ('Mi padre está perdiendo mucha sangre por el ano desde esta tarde.', 'gi_bleed'),
    ("Il a rendu trois fois du sang ce matin.", 'gi_bleed'),
    ("J'ai perdu beaucoup de sang par l'anus, avec des caillots.", 'gi_bleed'),
    ('Seit dem Mittag kommt viel Blut aus dem Po, auch Klumpen.', 'gi_bleed'),
    ('Ela vomitou duas vezes sangue vivo hoje.', 'gi_bleed'),
    ('Saiu muito sangue pelo ânus quando fui ao banheiro.', 'gi_bleed'),
    ('我爸今天拉了很多血，脸色发白。', 'gi_bleed'),
    ("Quick q about my holiday jabs. Also I passed a load of blood and clots out of my backside earlier. Do I need the typhoid one?", 'gi_bleed'),
]

GUT_BLOOD_NOT = [
    ('A few streaks of bright red blood on the toilet paper from my piles.', 'gi_bleed'),
    ('I pass some clots during my period, is that normal?', 'gi_bleed'),
    ('I threw up red wine after the party.', 'gi_bleed'),
    ('Un poco de sangre en el papel higiénico por las hemorroides.', 'gi_bleed'),
    ("Un peu de sang sur le papier toilette à cause des hémorroïdes.", 'gi_bleed'),
    ('Etwas Blut am Toilettenpapier wegen Hämorrhoiden.', 'gi_bleed'),
    ('Um pouco de sangue no papel higiênico por causa das hemorroidas.', 'gi_bleed'),
    ('痔疮，擦屁股的纸上有一点血丝。', 'gi_bleed'),
]


# A pain that spreads to the jaw or sits between the shoulder blades, with a cold sweat or breathlessness: a heart attack
# told as heartburn or flu. The look-alikes: a toothache spreading to the jaw, a sore back after rowing, a sweaty sauna.
PAIN_TO_JAW = [
    ('The heartburn is going up into my jaw and I have broken out in a cold sweat.', 'cardiac'),
    ("Mum has an ache between her shoulder blades and she's clammy and short of breath.", 'cardiac'),
    ('Tengo un dolor en el pecho que se extiende hasta la mandíbula y sudor frío.', 'cardiac'),
    ("Une brûlure qui remonte jusqu'à la mâchoire, et je suis en sueur.", 'cardiac'),
    ('Der Druck zieht bis in den Kiefer und ich habe kalten Schweiß auf der Stirn.', 'cardiac'),
    ('Uma queimação que sobe até o queixo e estou suando frio.', 'cardiac'),
    ('胃里烧得慌，一直窜到下巴，还出了一身冷汗。', 'cardiac'),
    ('Dolor entre los omóplatos, sudando frío, mi madre es diabética.', 'cardiac'),
    ("my indigestion goes up to my jaw and im all sweaty and clammy", 'cardiac'),
]

PAIN_TO_JAW_NOT = [
    ('My toothache is spreading to my jaw.', 'cardiac'),
    ('I get sweaty in the sauna and my shoulder blades ache after rowing.', 'cardiac'),
    ('Dolor entre los omóplatos después del gimnasio.', 'cardiac'),
    ("Mal aux dents qui remonte jusqu'à la mâchoire.", 'cardiac'),
    ('Die Zahnschmerzen ziehen bis in den Kiefer.', 'cardiac'),
    ('Dor de dente que vai até o queixo.', 'cardiac'),
    ('牙疼窜到下巴。', 'cardiac'),
]


# A known aneurysm of the belly with sudden pain or a faint: a rupture. The look-alike: the aneurysm under watch, well.
ANEURYSM = [
    ('He has a known aortic aneurysm and suddenly has terrible back pain.', 'aortic_dissection'),
    ('Mi padre tiene un aneurisma en la aorta y se ha desmayado en el baño.', 'aortic_dissection'),
    ("Mon père a un anévrisme de l'aorte et vient de faire un malaise.", 'aortic_dissection'),
    ('Mein Vater hat ein Aneurysma am Bauch und ist eben zusammengebrochen.', 'aortic_dissection'),
    ('Meu pai tem um aneurisma na barriga e de repente está com dor muito forte.', 'aortic_dissection'),
    ('我爸有腹主动脉瘤，刚才突然肚子疼得厉害。', 'aortic_dissection'),
]

ANEURYSM_NOT = [
    ('His aneurysm scan is next week, he feels fine.', 'aortic_dissection'),
    ('Mi padre tiene un aneurisma pequeño que vigilan cada año.', 'aortic_dissection'),
    ("L'anévrisme de mon père est surveillé, il va bien.", 'aortic_dissection'),
    ('我爸的动脉瘤每年复查，一直挺好。', 'aortic_dissection'),
]


# Stroke in lay words: a smile that lifts one side only, speech like a drunk's without a drink, a room spinning with
# double vision or a walk that veers, a sudden headache told as the head exploding. The look-alikes: a lopsided grin
# by habit, speech slurred after wine, a room spinning after wine, a head "exploding" with work, nothing sudden.
STROKE_LAY = [
    ('When she smiles only one side of her mouth goes up, since lunch.', 'stroke'),
    ('He grinned and only half his face lifted up.', 'stroke'),
    ("He sounds like he's drunk and he hasn't touched a drop all day.", 'stroke'),
    ('Al sonreír solo se le levanta un lado de la boca desde esta mañana.', 'stroke'),
    ("Il parle comme s'il était ivre mais il n'a rien bu.", 'stroke'),
    ('Beim Lächeln hebt sich nur ein Mundwinkel, seit einer Stunde.', 'stroke'),
    ('Ele está falando como bêbado e não bebeu nada.', 'stroke'),
    ('我爸笑的时候只有一边嘴角上扬。', 'stroke'),
    ('The room is spinning and I have double vision since this morning.', 'stroke'),
    ('Todo me da vueltas y veo doble.', 'stroke'),
    ('Alles dreht sich und ich sehe doppelt.', 'stroke'),
    ('Tudo está girando e não consigo andar reto.', 'stroke'),
    ('突然天旋地转，看东西有重影。', 'stroke'),
    ('Out of nowhere my head felt like it was exploding.', 'stroke'),
    ('De repente, como si me fuera a explotar la cabeza.', 'stroke'),
    ("D'un coup, comme si ma tête allait exploser.", 'stroke'),
    ('Plötzlich, als würde mir der Kopf platzen.', 'stroke'),
    ('De repente, como se a cabeça fosse explodir.', 'stroke'),
    ('她突然说头像要炸开一样疼。', 'stroke'),
]

STROKE_LAY_NOT = [
    ('He has always had a lopsided grin, only one side goes up in photos.', 'stroke'),
    ('After three glasses of wine he talks like he is drunk, because he is.', 'stroke'),
    ('After too much wine the room was spinning, went to bed.', 'stroke'),
    ('The room spins for a few seconds when I roll over in bed.', 'stroke'),
    ('Todo me da vueltas cuando me levanto rápido de la cama.', 'stroke'),
    ('Mein Kopf platzt vor lauter Arbeit, so viele Termine.', 'stroke'),
    ('Minha cabeça vai explodir com tanta matéria para a prova.', 'stroke'),
    ('生孩子是我这辈子最疼的一次。', 'stroke'),
]


# The eye: a curtain or shadow over part of the sight, halos round lights with a painful eye. The look-alikes: halos
# round lights at night with new glasses and no pain, a curtain in the bedroom, an eye sore from the screen.
EYE_LAY = [
    ("There's a dark shadow across part of my vision in the right eye since this morning.", 'eye_emergency'),
    ('En el ojo izquierdo veo una sombra sobre parte de la vista, como una cortina.', 'eye_emergency'),
    ("J'ai comme un rideau sur l'œil droit depuis ce matin.", 'eye_emergency'),
    ('Ich sehe auf dem rechten Auge einen grauen Schleier von unten.', 'eye_emergency'),
    ('A vista do olho direito ficou como uma cortina descendo.', 'eye_emergency'),
    ('眼前像有一道帘子挡着，左眼看不全。', 'eye_emergency'),
    ('I see rainbow rings around the lights and my eye really hurts.', 'eye_emergency'),
    ('Veo halos y arcoíris alrededor de las luces y me duele mucho el ojo.', 'eye_emergency'),
    ("Je vois des halos autour des lampes et j'ai très mal à l'œil.", 'eye_emergency'),
    ('Farbige Ringe um die Lampen und starke Schmerzen im linken Auge.', 'eye_emergency'),
    ('Vejo halos e arco-íris em volta das luzes e o olho dói muito.', 'eye_emergency'),
    ('灯周围有彩虹光圈，眼睛胀痛得厉害。', 'eye_emergency'),
]

EYE_LAY_NOT = [
    ('I see halos around lights at night since my new glasses, no pain.', 'eye_emergency'),
    ('We closed the curtain over the window because the light hurt my eye.', 'eye_emergency'),
    ('Mis ojos se cansan con la pantalla.', 'eye_emergency'),
    ("Le rideau de la chambre laisse passer la lumière.", 'eye_emergency'),
    ('Der Vorhang im Schlafzimmer ist zu dunkel.', 'eye_emergency'),
    ('晚上开车看灯有光晕，不疼。', 'eye_emergency'),
]


# Torsion: a known ovarian cyst with sudden pain or vomiting; the testicle in Chinese slang told with its degree. The
# look-alikes: a cyst under watch, an itch down there.
TORSION = [
    ('I have an ovarian cyst and suddenly the pain on that side is unbearable.', 'acute_abdomen'),
    ('Tengo un quiste en el ovario y de repente un dolor muy fuerte en el lado derecho.', 'acute_abdomen'),
    ("J'ai un kyste ovarien et j'ai vomi deux fois avec une douleur brutale.", 'acute_abdomen'),
    ('Ich habe eine Eierstockzyste und plötzlich starke Schmerzen rechts.', 'acute_abdomen'),
    ('Tenho um cisto no ovário e estou com uma dor muito forte de repente.', 'acute_abdomen'),
    ('有卵巢囊肿，今天突然右下腹剧痛。', 'acute_abdomen'),
    ('我儿子说蛋突然好痛，还想吐。', 'testicular_torsion'),
    ('踢球被撞了一下，蛋蛋疼得要命。', 'testicular_torsion'),
]

TORSION_NOT = [
    ('My ovarian cyst is being monitored, can I still go running?', 'acute_abdomen'),
    ('Me encontraron un quiste en el ovario, ¿puedo tomar la píldora?', 'acute_abdomen'),
    ('Ich habe eine kleine Eierstockzyste, die beobachtet wird.', 'acute_abdomen'),
    ('蛋蛋有点痒，是不是湿疹？', 'testicular_torsion'),
]


# Known signs told in a lay word the lexicon lacked: a knock in slang on blood thinners, drowsiness "sleepier than
# usual"; undiagnosed diabetes told by thirst with much urine; a scald from boiling water over chest and belly;
# single words only and skin drawn in under the ribs; the saddle told by wiping, a slipped disc as the back; a child
# found with an open medicine bottle and pills missing; a week's doses taken at once. The look-alikes: the same
# words in benign settings.
LAY_KNOWN = [
    ("She's on Eliquis and conked her head on the cupboard door.", 'head_injury'),
    ('Se golpeó la cabeza ayer y hoy está más dormido de lo normal.', 'head_injury'),
    ("Il s'est cogné la tête et il est plus somnolent que d'habitude.", 'head_injury'),
    ('Er hat sich den Kopf gestoßen und ist schläfriger als sonst.', 'head_injury'),
    ('Ele bateu a cabeça e está mais sonolento que o normal.', 'head_injury'),
    ('孩子磕到头了，今天比平时想睡。', 'head_injury'),
    ('Mi hijo tiene mucha sed todo el día y orina muchísimo, y hoy vomita sin parar.', 'diabetic_emergency'),
    ("Ma fille a très soif tout le temps, fait pipi sans arrêt et elle vomit depuis ce matin.", 'diabetic_emergency'),
    ('Er hat ständig Durst, pinkelt dauernd und atmet jetzt tief und schnell.', 'diabetic_emergency'),
    ('Ela está com muita sede o tempo todo, faz xixi toda hora e agora está vomitando sem parar.', 'diabetic_emergency'),
    ('女儿最近总是渴，尿特别多，今天一直吐。', 'diabetic_emergency'),
    ('Se le cayó el agua hirviendo encima y le ha quemado toda la espalda.', 'severe_burn'),
    ("De l'eau bouillante sur lui, tout le torse est brûlé avec de grosses cloques.", 'severe_burn'),
    ('Kochendes Wasser über den ganzen Bauch, die Haut ist weiß.', 'severe_burn'),
    ('Caiu óleo fervendo nas costas, ficou tudo branco.', 'severe_burn'),
    ('Boiling water over her whole chest, the skin looks white in places.', 'severe_burn'),
    ('She can only say one or two words and her ribs are sucking in.', 'breathing'),
    ('Solo puede decir palabras sueltas y se le hunden las costillas al respirar.', 'breathing'),
    ("Il ne peut dire que quelques mots et ses côtes se creusent.", 'breathing'),
    ('Sie bringt nur noch ein paar Wörter heraus.', 'breathing'),
    ('Ele só consegue falar palavras soltas e as costelas estão afundando.', 'breathing'),
    ("Slipped disc, and since yesterday I can't really feel it when I wipe.", 'cauda_equina'),
    ('Tengo una hernia de disco y no noto nada al limpiarme.', 'cauda_equina'),
    ("Hernie discale, et je ne sens plus rien quand je m'essuie.", 'cauda_equina'),
    ('Bandscheibenvorfall, und ich spüre nichts mehr beim Abwischen.', 'cauda_equina'),
    ('Hérnia de disco e não sinto nada quando me limpo.', 'cauda_equina'),
    ('Found my 3-year-old with an open box of my blood pressure tablets, a few are missing.', 'poisoning'),
    ('Encontré a mi hijo con el bote de pastillas de su abuela abierto y faltan algunas.', 'poisoning'),
    ("Mon fils avait la boîte de comprimés de sa grand-mère ouverte, il en manque plusieurs.", 'poisoning'),
    ('Die Kleine hatte die offene Tablettendose in der Hand, es fehlen ein paar.', 'poisoning'),
    ('Meu filho estava com o frasco de remédios da avó aberto e faltam alguns.', 'poisoning'),
    ('孩子把奶奶的药瓶打开了，药少了好几片。', 'poisoning'),
    ("Mum took a whole week's worth of her bisoprolol at breakfast.", 'poisoning'),
    ('Mi padre se tomó las pastillas de toda la semana de golpe.', 'poisoning'),
    ("Il a pris les comprimés de toute la semaine d'un coup.", 'poisoning'),
    ('Er hat die Tabletten für die ganze Woche auf einmal genommen.', 'poisoning'),
    ('Ela tomou os remédios da semana inteira de uma vez.', 'poisoning'),
    ('爷爷把一周的药一次全吃了。', 'poisoning'),
]

LAY_KNOWN_NOT = [
    ('He bonked his head on the door frame, laughed, and is playing normally.', 'head_injury'),
    ("I'm sleepier than usual since the clocks changed.", 'head_injury'),
    ('Tengo mucha sed después de correr, y bebo mucha agua.', 'diabetic_emergency'),
    ('Boiling water splashed on my finger, a small blister.', 'severe_burn'),
    ("She's learning to talk and can only say single words.", 'breathing'),
    ('Slipped disc, and my leg tingles when I sit too long.', 'cauda_equina'),
    ('My son is missing some pills from his count, the pharmacy shorted him.', 'poisoning'),
    ('My daughter came in with an open bottle of water and a few crayons are missing.', 'poisoning'),
    ("I took a week's worth of holiday and my son is fine.", 'poisoning'),
    ('Tomei 2 comprimidos de paracetamol para a dor de cabeça.', 'poisoning'),
    ('Preparo as pílulas da semana toda na caixinha organizadora.', 'poisoning'),
]


# Fever with purple or violet spots or blotches, in lay words. The look-alikes: red spots with a fever, a purple bruise
# without one.
PURPLE_SPOTS = [
    ('He has a fever and tiny purple dots on his chest.', 'meningitis'),
    ('Fiebre de 39 y le están saliendo manchitas moradas en la barriga.', 'meningitis'),
    ("Elle a de la fièvre et des petits points violets sur les bras.", 'meningitis'),
    ('Hohes Fieber und lila Pünktchen am Bauch.', 'meningitis'),
    ('Está com febre e apareceram pintinhas roxas nas pernas.', 'meningitis'),
    ('孩子高烧，身上起了紫色的小点。', 'meningitis'),
    ('quick q about calpol dosing, shes feverish and has some purplish blotches on her legs now', 'meningitis'),
]

PURPLE_SPOTS_NOT = [
    ('Fever and little red spots all over, the nursery has chickenpox.', 'meningitis'),
    ('A purple bruise on his shin from football, no fever.', 'meningitis'),
    ('Fiebre y manchas rojas en la cara.', 'meningitis'),
    ("Un bleu violet sur la cuisse après une chute.", 'meningitis'),
    ('Lila Nagellack-Flecken auf dem Teppich.', 'meningitis'),
    ('孩子发烧，脸上有红色的小点。', 'meningitis'),
]


# Barely rousable or barely responding, in lay words; after a knock to the head, vomiting told as "puked" and the same
# question asked again and again. The look-alikes: a teenager barely woken for school in the mornings, a friend who
# barely answers messages, an app barely responding, a child who asks the same question by habit, no knock at all.
BARELY_ROUSABLE = [
    ('My husband is slumped in his chair and I can hardly rouse him.', 'collapse'),
    ("Grandma's barely responding to us since lunch.", 'collapse'),
    ('Mi madre casi no reacciona y está muy pálida.', 'collapse'),
    ("Mon père réagit à peine quand on lui parle.", 'collapse'),
    ('Opa ist kaum noch ansprechbar.', 'collapse'),
    ('Meu avô quase não responde quando chamamos.', 'collapse'),
    ('奶奶几乎没反应了。', 'collapse'),
    ('Bumped his head on the trampoline and has puked twice since.', 'head_injury'),
    ('She hit her head skiing and keeps asking what day it is.', 'head_injury'),
    ('Se golpeó la cabeza y no para de preguntar qué día es.', 'head_injury'),
    ("Elle s'est cognée la tête et répète la même question en boucle.", 'head_injury'),
    ('Er ist mit dem Kopf gegen die Tür geknallt und fragt ständig dasselbe.', 'head_injury'),
    ('Bateu a cabeça no chão e repete a mesma pergunta o tempo todo.', 'head_injury'),
    ('爸爸撞到头以后反复问一样的问题。', 'head_injury'),
]

BARELY_ROUSABLE_NOT = [
    ('I can barely wake him up in the mornings for school.', 'collapse'),
    ("Il répond à peine à mes messages depuis une semaine.", 'collapse'),
    ('Ela mal responde às mensagens.', 'collapse'),
    ('The app is barely responding today.', 'collapse'),
    ('Mi hijo apenas responde a los mensajes de WhatsApp.', 'collapse'),
    ('My toddler keeps asking the same questions all day, is that normal?', 'head_injury'),
    ('Er fragt ständig dasselbe, weil er so neugierig ist.', 'head_injury'),
]


# Two false signs of the last round: a normal count of tablets taken read as an overdose, a child habitually hard to
# wake in the mornings read as unrousable; each with the real sign beside it (a large count, unrousable this morning).
FALSE_SIGNS_NOT = [
    ('Tomei 2 comprimidos de paracetamol.', 'poisoning'),
    ('Me tomé 2 pastillas de ibuprofeno para la regla.', 'poisoning'),
    ("Elle a pris deux comprimés de Doliprane ce matin.", 'poisoning'),
    ('孩子早上总是叫不醒', 'collapse'),
    ('孩子早上总是叫不醒', 'unwell_infant'),
    ('孩子每天早上都叫不醒，上学总迟到。', 'collapse'),
    ("My teenager won't wake up in the mornings for school, every day it's a fight.", 'collapse'),
    ("I can never wake him up on time for work.", 'collapse'),
]

FALSE_SIGNS_STILL = [
    ('Tomei 30 comprimidos de paracetamol.', 'poisoning'),
    ('Se tomó 20 pastillas de paracetamol.', 'poisoning'),
    ('孩子今天早上叫不醒，浑身发烫。', 'collapse'),
    ("I can't wake him up this morning, he's breathing oddly.", 'collapse'),
]


SIGNS = (FALSE_SIGNS_STILL + SUICIDE_MEANS + CLOT_BREATHLESS + GUT_BLOOD + PAIN_TO_JAW + ANEURYSM + STROKE_LAY + EYE_LAY
         + TORSION + LAY_KNOWN + PURPLE_SPOTS + BARELY_ROUSABLE)
NOT_SIGNS = (SUICIDE_MEANS_NOT + CLOT_BREATHLESS_NOT + GUT_BLOOD_NOT + PAIN_TO_JAW_NOT + ANEURYSM_NOT + STROKE_LAY_NOT
             + EYE_LAY_NOT + TORSION_NOT + LAY_KNOWN_NOT + FALSE_SIGNS_NOT + PURPLE_SPOTS_NOT
             + BARELY_ROUSABLE_NOT)


@pytest.mark.parametrize("prompt,flag", SIGNS)
def test_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", NOT_SIGNS)
def test_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)
