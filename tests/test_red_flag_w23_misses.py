"""w23 (issue 13): emergency signs the rules missed on dev and train, each class with its benign look-alike.

A plan told by its place (a bridge chosen, "já escolhi a ponte"); a farewell message to the family; voices telling
someone to hurt a person; numbness around the bottom after lifting; an allergic swelling of lips and throat after a
new medicine, in Chinese too; a household with headaches around a gas heater, or headaches that ease outdoors; a
limb crushed, pale and cold; a hot-oil burn with large blisters; a child who swallowed something toxic; a head injury
on blood thinners with drowsiness or vomiting; a pulmonary embolism (sudden breathlessness, pain on breathing in,
racing heart after birth, on the pill, with a sore calf); fever with a stiff neck typed in capitals; a chest
"tight for years" that is crushing tonight. Look-alikes: an old attempt years ago, a small kitchen burn, a bump
on the head with no blood thinners, a child who licked a non-toxic crayon, a neck stiff from sleeping badly."""

import pytest

from tests.red_flag_ids import flag_ids

SIGNS = [
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

NOT_SIGNS = [
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


@pytest.mark.parametrize("prompt,flag", SIGNS)
def test_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", NOT_SIGNS)
def test_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)
