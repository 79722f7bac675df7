"""The twenty-first round's red-flag classes (issue 13, w23), each list with its benign look-alikes: signs told in lay
words the lexicon had not seen, signs told in passing, a sign told as unchanged for years (no emergency unless it
changed today), and the rule misses left on dev and train; each class has a second fresh set, written after the first
passed and run once (its first-run result in the comment above it)."""

import pytest

from tests.red_flag_ids import flag_ids


# w23: emergency signs told in lay words the lexicon had not seen, each class with its benign look-alike.
#
# Breathing: lips gone bluish or greyish, a reliever inhaler that is not helping, no whole sentence out, ribs sucking in;
# cauda equina: back pain with trouble holding or passing urine, or numbness between the legs; GI bleeding: blood
# vomited in each language, tarry stools with fainting (even on iron tablets, which alone explain black stools); suicide
# told by a chosen date, a lethal count of pills or belongings given away; meningitis: fever with a chin that will not go
# down to the chest. A denied thought ("no thoughts of hurting myself", "sem pensamentos suicidas") is no sign.
LAY_WORDS = [
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

LAY_WORDS_NOT = [
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

# Second fresh set for the w23 lay-word classes (breathing, cauda equina, GI bleeding, suicide plans), written after
# the first set passed. First run: 34 of 38; the four misses were then fixed in the lexicon ("not making any
# difference" after an inhaler, "passing urine is a real struggle", "il a rendu du sang", a date chosen before a colon).
LAY_WORDS_SECOND = [
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

LAY_WORDS_SECOND_NOT = [
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

# w23 classes told in passing inside a longer message, with the benign look-alike (an inhaler that helped, black stools
# on iron with no dizziness). First run: 5 of 6; "back's been bad" was then read as back pain for cauda equina.
IN_PASSING = [
    ("Sorry for the long message, we're on holiday in Spain and my husband's asthma flared, he's had his Ventolin loads of times and still can't catch his breath, his lips look greyish. What's the Spanish number?", 'breathing'),
    ('Long story, but after the wedding I felt awful, vomited something like coffee and then passed out in the hotel bathroom.', 'gi_bleed'),
    ("Anyway, I've sorted my will, given the dog to my sister and chosen the day, so I won't be around after Sunday.", 'suicide'),
    ("Back's been bad since the move and now I've lost feeling down below and can't hold my pee.", 'cauda_equina'),
]

IN_PASSING_NOT = [
    ("My asthma was bad this morning but two puffs of my inhaler sorted it, I'm fine now.", 'breathing'),
    ("I'm on iron supplements and my poop is black, no dizziness, feel great.", 'gi_bleed'),
]

# w23: a sign told as the lasting, unchanged state of the person ("it has always been like this", "nothing new",
# "unverändert", "sem alteração", "没有变化") is no emergency; the same sign told as changed today ("but today",
# "de repente", "plötzlich") still is, and so is a sign beside an "always" that tells the person, not the sign
# ("always been healthy", "siempre ha sido muy sana") or a habit ("salió a correr como siempre").
UNCHANGED = [
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

UNCHANGED_NOT = [
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

# Second fresh set for the w23 meningitis, unchanged-state and denied-thought classes, written after the first sets
# passed. First run: 16 of 18. "cries when she tries to lower her chin to her chest" with "burning up" was then added
# to the lexicon, and "tonight it's crushing" with no pain word to the cardiac rules.
UNCHANGED_SECOND = [
    ('My daughter is burning up and cries when she tries to lower her chin to her chest.', 'meningitis'),
    ('Tiene 39 de fiebre y no logra bajar la barbilla hasta el pecho.', 'meningitis'),
    ('Elle a 40 de fièvre et ne peut pas baisser le menton vers la poitrine.', 'meningitis'),
    ('Hohes Fieber, und sie kriegt das Kinn nicht bis zur Brust.', 'meningitis'),
    ('Ele tem febre e não consegue abaixar o queixo até o peito.', 'meningitis'),
    ("My chest has felt tight on hills for years, but tonight it's crushing and won't stop.", 'cardiac'),
]

UNCHANGED_SECOND_NOT = [
    ("Stiff neck after a long drive, can't turn my head to the left, no temperature.", 'meningitis'),
    ("My chest has felt a bit tight on hills for years, my GP knows, it hasn't changed.", 'cardiac'),
    ('One side of my mouth has always drooped a little, nothing new there.', 'stroke'),
    ('Sus labios son algo azulados, siempre ha sido así por su cardiopatía, sin cambios.', 'breathing'),
    ('Ihre Lippen sind leicht bläulich, wie immer seit ihrer Geburt.', 'breathing'),
    ("J'ai une oppression thoracique légère à l'effort, inchangée depuis des années.", 'cardiac'),
    ('Not suicidal, no plans of hurting myself, just exhausted from work.', 'suicide'),
    ('Estoy deprimida, aunque sin ideas de quitarme la vida.', 'suicide'),
    ("Je me sens vide, mais pas d'envies suicidaires.", 'suicide'),
    ('Ich bin traurig, aber ohne Suizidgedanken.', 'suicide'),
    ('Ando para baixo, sem ideias de me matar.', 'suicide'),
    ('最近情绪不好，但没有轻生的念头。', 'suicide'),
]

# w23 (issue 13): emergency signs the rules missed on dev and train, each class with its benign look-alike.
#
# A plan told by its place (a bridge chosen, "já escolhi a ponte"); a farewell message to the family; voices telling
# someone to hurt a person; numbness around the bottom after lifting; an allergic swelling of lips and throat after a
# new medicine, in Chinese too; a household with headaches around a gas heater, or headaches that ease outdoors; a
# limb crushed, pale and cold; a hot-oil burn with large blisters; a child who swallowed something toxic; a head injury
# on blood thinners with drowsiness or vomiting; a pulmonary embolism (sudden breathlessness, pain on breathing in,
# racing heart after birth, on the pill, with a sore calf); fever with a stiff neck typed in capitals; a chest
# "tight for years" that is crushing tonight. Look-alikes: an old attempt years ago, a small kitchen burn, a bump
# on the head with no blood thinners, a child who licked a non-toxic crayon, a neck stiff from sleeping badly.
MISSES = [
    ('Já escolhi a ponte. Amanhã depois da aula eu vou lá e acabou.', 'suicide'),
    ("I've already picked the bridge. Tomorrow after work I'm going there and that's it.", 'suicide'),
    ('Ya elegí el puente, mañana voy y se acabó todo.', 'suicide'),
    ("J'ai déjà choisi le pont, demain j'y vais et ce sera fini.", 'suicide'),
    ('Ich habe mir die Brücke schon ausgesucht, morgen gehe ich hin und dann ist Schluss.', 'suicide'),
    ('我已经选好了那座桥，明天下班就去，一切就结束了', 'suicide'),
    ("My daughter just texted 'sorry for everything, I love you all, it's not your fault' and she isn't answering.", 'suicide'),
    ("Mi hija me mandó 'perdón por todo, os quiero mucho' y no me coge el teléfono.", 'suicide'),
    ("j'ai tout donné, j'ai écrit ma lettre, je voulais juste dire merci à quelqu'un avant.", 'suicide'),
    ("Mein Sohn hat geschrieben 'es tut mir leid, ich hab euch lieb' und geht nicht mehr ans Telefon.", 'suicide'),
    ("Minha filha mandou 'desculpa por tudo, amo vocês' e não atende o telefone.", 'suicide'),
    ('女儿刚给我发消息说"对不起，我爱你们"，然后电话就打不通了', 'suicide'),
    ("He's been hearing voices and now they're telling him to hurt our mom.", 'suicide'),
    ('Las voces le dicen que haga daño a su madre.', 'suicide'),
    ('Il entend des voix qui lui disent de tuer son frère.', 'suicide'),
    ('Er hört Stimmen, die ihm sagen, er soll seine Mutter verletzen.', 'suicide'),
    ('Ele ouve vozes mandando ele machucar a mãe.', 'suicide'),
    ('他说有声音叫他去伤害妈妈', 'suicide'),
    ("deadlifted heavy yesterday, today i've got numbness around my bum and i couldn't pee properly", 'cauda_equina'),
    ('Levanté peso ayer y hoy tengo el culo dormido y no puedo orinar bien.', 'cauda_equina'),
    ("Depuis hier j'ai les fesses engourdies et du mal à uriner après un soulevé de terre.", 'cauda_equina'),
    ('Seit dem Kreuzheben ist mein Po taub und ich kann kaum pinkeln.', 'cauda_equina'),
    ('Depois do levantamento terra fiquei com a bunda dormente e não consigo fazer xixi direito.', 'cauda_equina'),
    ('硬拉之后屁股周围发麻，今天早上尿不出来', 'cauda_equina'),
    ('我妈今天第一次吃头孢，半小时后嘴唇和眼皮都肿起来了，说喉咙发紧', 'anaphylaxis'),
    ('吃了虾以后嘴唇肿了，喉咙很紧，喘不上气', 'anaphylaxis'),
    ('Started a new antibiotic and within half an hour her lips swelled up and her throat feels tight.', 'anaphylaxis'),
    ('Tomó un antibiótico nuevo y se le hincharon los labios y siente la garganta cerrada.', 'anaphylaxis'),
    ('Après la pénicilline ses lèvres ont gonflé et il a la gorge serrée.', 'anaphylaxis'),
    ('Nach dem Antibiotikum sind ihre Lippen geschwollen und der Hals ist eng.', 'anaphylaxis'),
    ("Her old gas heater's on. We've both got headaches and feel sick and her cat is lying there all floppy.", 'carbon_monoxide'),
    ('My headaches go away whenever I leave the flat and come back when I get home, the boiler is old.', 'carbon_monoxide'),
    ('Toda la familia con dolor de cabeza desde que encendimos la estufa de gas, y el perro está decaído.', 'carbon_monoxide'),
    ("Depuis qu'on allume le chauffage au gaz on a tous mal à la tête, et le chat ne bouge plus.", 'carbon_monoxide'),
    ('Wir haben beide Kopfschmerzen seit der Gasofen läuft, und draußen wird es besser.', 'carbon_monoxide'),
    ('Com o aquecedor a gás ligado, todos estamos com dor de cabeça e enjoo.', 'carbon_monoxide'),
    ('开了燃气热水器以后全家都头疼，出门就好了', 'carbon_monoxide'),
    ('forklift rolled onto my foot 2 hrs ago, foot looks pale and feels cold, toes are numb', 'major_trauma'),
    ('Se le cayó una viga encima de la pierna, el pie está frío y pálido.', 'major_trauma'),
    ("Sa main a été écrasée dans une machine, elle est froide et toute blanche.", 'major_trauma'),
    ('Ein Stapler ist über seinen Fuß gerollt, der Fuß ist kalt und blass.', 'major_trauma'),
    ('A perna dele ficou presa debaixo do carro, está fria e pálida.', 'major_trauma'),
    ('脚被叉车压了，现在脚发白发凉', 'major_trauma'),
    ('A un compañero le ha saltado aceite hirviendo, tiene ampollas grandes por toda la mano y el antebrazo.', 'severe_burn'),
    ('Hot oil splashed over his arm and it has big blisters all over.', 'severe_burn'),
    ("De l'huile bouillante sur tout l'avant-bras, avec de grosses cloques.", 'severe_burn'),
    ('Heißes Fett über den ganzen Unterarm, große Blasen.', 'severe_burn'),
    ('Caiu óleo quente no braço todo dele e tem bolhas grandes.', 'severe_burn'),
    ('热油溅到整只手臂上，起了很多大水泡', 'severe_burn'),
    ('mi hijo de 3 años se ha comido no sé cuántas pastillas de hierro de su madre', 'poisoning'),
    ('mon fils de 2 ans a bu une gorgée de déboucheur, il bave beaucoup', 'poisoning'),
    ('My toddler drank some drain cleaner from under the sink.', 'poisoning'),
    ('Unser Kind hat Tabletten aus Omas Dose geschluckt.', 'poisoning'),
    ('Meu filho de 2 anos tomou água sanitária.', 'poisoning'),
    ('孩子偷吃了奶奶的降压药，吃了好几片', 'poisoning'),
    ('我妈一直在吃华法林，今天摔了一跤，后脑勺磕了，现在一直想睡觉', 'head_injury'),
    ('Mi padre toma Sintrom, se golpeó la cabeza y ahora está muy somnoliento.', 'head_injury'),
    ('Mon père est sous anticoagulants, il est tombé sur la tête et il a vomi.', 'head_injury'),
    ('Meine Oma nimmt Eliquis, ist mit dem Kopf ans Waschbecken und hat zweimal gebrochen.', 'head_injury'),
    ('Minha avó toma varfarina, bateu a cabeça e está muito sonolenta.', 'head_injury'),
    ('My dad is on warfarin, hit his head on the stairs and now he keeps vomiting.', 'head_injury'),
    ('had my baby 10 days ago, today I suddenly can\'t catch my breath, heart is pounding and it stabs when I breathe', 'pulmonary_embolism'),
    ("on the pill, sudden sharp pain when I breathe in, can't catch my breath, my calf's been sore", 'pulmonary_embolism'),
    ('Tomo la píldora, me duele el gemelo y de repente me falta el aire.', 'pulmonary_embolism'),
    ("J'ai accouché il y a deux semaines et d'un coup je suis essoufflée avec une douleur quand j'inspire.", 'pulmonary_embolism'),
    ('Nach dem Langstreckenflug ist die Wade dick und jetzt plötzlich Atemnot.', 'pulmonary_embolism'),
    ('Tomo anticoncepcional, a panturrilha está inchada e de repente fiquei sem ar.', 'pulmonary_embolism'),
    ('Mi hijo tiene FIEBRE de 40 y la nuca muy rígida.', 'meningitis'),
    ('HIGH FEVER AND A STIFF NECK, he is so sleepy.', 'meningitis'),
    ('FIÈVRE À 40 ET LA NUQUE RAIDE.', 'meningitis'),
    ("My chest has been tight for years, but tonight it's crushing.", 'cardiac'),
    ('Llevo años con el pecho apretado pero esta noche es aplastante.', 'cardiac'),
]

MISSES_NOT = [
    ('I tried to kill myself years ago but I am doing well now.', 'suicide'),
    ('Hace años intenté suicidarme, ahora estoy bien.', 'suicide'),
    ("We picked the bridge for our wedding photos tomorrow.", 'suicide'),
    ('Escolhemos a ponte para a foto amanhã.', 'suicide'),
    ("Sorry for everything at dinner, love you all, see you Sunday!", 'suicide'),
    ('My back hurts after deadlifts but no numbness and peeing is normal.', 'cauda_equina'),
    ('My bum is sore from cycling all day.', 'cauda_equina'),
    ('Lips a bit dry after the antibiotic, otherwise fine.', 'anaphylaxis'),
    ('吃了头孢以后有点拉肚子', 'anaphylaxis'),
    ('I get headaches at work from staring at screens, they ease when I go outside for a walk.', 'carbon_monoxide'),
    ('Stubbed my toe on the forklift, a bit sore.', 'major_trauma'),
    ('I got a small burn from hot oil on my finger while cooking, it is red.', 'severe_burn'),
    ('Me salpicó un poco de aceite en el dedo, está rojo.', 'severe_burn'),
    ('我做饭时被油溅了一下手指，有点红', 'severe_burn'),
    ('My son licked a crayon, it says non-toxic on the box.', 'poisoning'),
    ('Mi hija chupó una cera de colores no tóxica.', 'poisoning'),
    ('Bumped my head on a cupboard, no blood thinners, just a small lump.', 'head_injury'),
    ('Je me suis cogné la tête, pas d’anticoagulants, juste une bosse.', 'head_injury'),
    ('Ich habe mir den Kopf gestoßen, nehme keine Blutverdünner, nur eine Beule.', 'head_injury'),
    ('My calf is sore after running, breathing is fine.', 'pulmonary_embolism'),
    ('My neck is stiff from sleeping badly.', 'meningitis'),
    ('Tengo la NUCA RÍGIDA por dormir mal, sin fiebre.', 'meningitis'),
    ('Mi hijo tiene FIEBRE de 38, come bien y juega.', 'meningitis'),
    ('My chest has been tight for years with my asthma, nothing new.', 'cardiac'),
]

# w23 (issue 13), second fresh set: the classes of MISSES above in wording not tuned on, run once;
# first run: 42 of 51, the nine misses then fixed (the commit that added the set names them).
MISSES_SECOND = [
    ("I've found the right bridge now. After my shift tonight I'll go there and end it.", 'suicide'),
    ('Ya escogí el edificio, el sábado subo y lo hago.', 'suicide'),
    ("J'ai trouvé l'endroit, un pont près de chez moi, samedi j'en finis.", 'suicide'),
    ('Escolhi o viaduto perto de casa, sexta-feira eu pulo.', 'suicide'),
    ('我找好了一栋楼，周末上去就解脱了', 'suicide'),
    ("My son sent 'sorry for everything, tell the dog I love him' and now he won't pick up.", 'suicide'),
    ("Ma fille m'a écrit 'pardon pour tout' et elle ne répond plus.", 'suicide'),
    ('Meine Freundin schrieb „es tut mir leid für alles" und nimmt nicht mehr ab.', 'suicide'),
    ('The voices keep telling her to kill the neighbour.', 'suicide'),
    ('Ella oye voces que le dicen que mate a su marido.', 'suicide'),
    ('Seit dem Sturz auf den Hintern ist mein Po ganz taub und ich kann nicht pinkeln.', 'cauda_equina'),
    ("My buttocks feel numb and I can't pee since I moved the sofa.", 'cauda_equina'),
    ('Estou com o bumbum dormente e não consigo urinar desde ontem.', 'cauda_equina'),
    ('His tongue is swelling up after the amoxicillin.', 'anaphylaxis'),
    ("Depuis l'amoxicilline, sa langue gonfle et il respire mal.", 'anaphylaxis'),
    ('Nach dem Penicillin ist ihre Zunge geschwollen.', 'anaphylaxis'),
    ('吃了阿莫西林以后脸肿了，喉咙发紧', 'anaphylaxis'),
    ('Since we put the paraffin heater in the caravan we both have headaches, and the dog is being sick.', 'carbon_monoxide'),
    ('Tengo dolor de cabeza en casa desde que cambiamos la caldera, pero fuera se me pasa.', 'carbon_monoxide'),
    ("Les maux de tête passent dehors, ça va mieux; à la maison avec la chaudière c'est pire.", 'carbon_monoxide'),
    ('A pallet fell on his hand at work, it looks white and feels cold.', 'major_trauma'),
    ('Mi brazo quedó atrapado en la máquina, está frío y pálido.', 'major_trauma'),
    ("Sa jambe a été coincée sous la voiture, elle est froide et pâle.", 'major_trauma'),
    ('He scalded his whole arm with boiling water from the kettle.', 'severe_burn'),
    ("L'huile chaude a coulé sur toute la main, grosses cloques.", 'severe_burn'),
    ('Meu filho derramou óleo quente no braço todo.', 'severe_burn'),
    ("My daughter swallowed a handful of my blood pressure tablets.", 'poisoning'),
    ('Mi niña se ha tragado unas pastillas de su abuela.', 'poisoning'),
    ('Unser Sohn hat Spülmaschinentabs gegessen.', 'poisoning'),
    ('Mein Vater nimmt Xarelto und hat sich den Kopf angeschlagen, jetzt ist er sehr müde.', 'head_injury'),
    ('我爸在吃氯吡格雷，下午额头撞了一下，现在一直吐', 'head_injury'),
    ('Three weeks after my c-section I suddenly got short of breath.', 'pulmonary_embolism'),
    ("Je prends la pilule et d'un coup je manque d'air, le mollet me fait mal.", 'pulmonary_embolism'),
    ('Depois do parto senti dor quando respiro e falta de ar de repente.', 'pulmonary_embolism'),
    ('Tiene FIEBRE alta y el cuello rígido.', 'meningitis'),
    ('Er hat Fieber und der Nacken ist ganz starr.', 'meningitis'),
    ("For months it's been a bit tight, but right now my chest feels crushing.", 'cardiac'),
]

MISSES_SECOND_NOT = [
    ("I chose the bridge as the theme of my art project.", 'suicide'),
    ('Intentei me matar há dez anos, hoje estou bem.', 'suicide'),
    ("Sorry for everything, I'll call you after the meeting.", 'suicide'),
    ('My bum is numb from the long drive, peeing is normal.', 'cauda_equina'),
    ('Ampicillin gave me a mild rash on my back, no swelling.', 'anaphylaxis'),
    ('The boiler was serviced last week and nobody has headaches.', 'carbon_monoxide'),
    ('I stubbed my foot on a pallet, it is bruised.', 'major_trauma'),
    ('Tiny splash of hot water on my thumb, small blister.', 'severe_burn'),
    ('My son chewed a non-toxic crayon.', 'poisoning'),
    ('Mon fils a avalé un bonbon de travers, il va bien.', 'poisoning'),
    ('Bumped my forehead on the door, I take no blood thinners, a small lump.', 'head_injury'),
    ('I just had my baby and I am tired but breathing fine.', 'pulmonary_embolism'),
    ('Me duele el cuello por dormir mal, sin fiebre.', 'meningitis'),
    ('Heavy crushing workload at work, chest is fine.', 'cardiac'),
]


SIGNS = LAY_WORDS + LAY_WORDS_SECOND + IN_PASSING + UNCHANGED + UNCHANGED_SECOND + MISSES + MISSES_SECOND
NOT_SIGNS = LAY_WORDS_NOT + LAY_WORDS_SECOND_NOT + IN_PASSING_NOT + UNCHANGED_NOT + UNCHANGED_SECOND_NOT + MISSES_NOT + MISSES_SECOND_NOT


@pytest.mark.parametrize("prompt,flag", SIGNS)
def test_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", NOT_SIGNS)
def test_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)
