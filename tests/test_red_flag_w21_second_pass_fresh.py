"""The second fresh set for round 21's second pass (issue 13): new wording per class, written after the lexicon
was changed and run once (103 of 120 signs and 16 of 16 look-alikes at first run; the lexicon was then widened for
the misses, by class); a miss left is marked xfail with what stops it."""

import pytest

from tests.red_flag_ids import flag_ids

FRESH = {
    "heart_failure": ("breathing", [
        "my gran has heart failure and has gained 4 lbs in two days, she woke up gasping last night",
        "husband with heart failure can't sleep flat anymore, and the scales say he's 2.5 kg heavier since Friday",
        "mi abuelo tiene insuficiencia cardiaca, ha subido 2 kilos en dos días y duerme sentado en el sillón",
        "ma mère, insuffisance cardiaque, a pris 2 kg en trois jours et s'étouffe dès qu'elle est allongée",
        "Oma hat Herzschwäche, 2 Kilo zugenommen seit Montag und schläft nur noch im Sitzen",
        "meu avô tem insuficiência cardíaca e engordou 2 quilos em dois dias, dorme sentado",
        "我奶奶心力衰竭，这两天晚上平躺就憋醒",
        "dad's heart failure: weight up 3kg, ankles like balloons, can't lie down without choking",
    ]),
    "peritonitis": ("acute_abdomen", [
        "my tummy is rigid and the pain is unbearable, I can't stand up straight",
        "her abdomen went rock hard and she's screaming in pain",
        "el vientre está rígido y tengo un dolor horrible",
        "son ventre est dur comme du bois et il a une douleur atroce",
        "Der Bauch meiner Mutter ist steinhart, sie hat Fieber",
        "a barriga do meu pai está rígida e a dor é horrível",
        "腹部僵硬，疼得打滚",
        "Bauch ist total hart, kann kaum stehen vor Schmerzen",
    ]),
    "cauda_equina": ("cauda_equina", [
        "sciatica flare but now my inner thighs are numb and I can't start peeing",
        "back ache for weeks and today I pooped without realising",
        "tengo ciática y no siento nada en la entrepierna, no puedo orinar",
        "sciatique depuis un mois et j'ai fait pipi sans m'en rendre compte",
        "Bandscheibe macht Probleme, jetzt ist mein Gesäß taub",
        "dor nas costas e agora a virilha está dormente",
        "腰疼一周了，今天大腿内侧发麻",
        "lower back pain and I can't really feel my bottom when I sit on the toilet",
    ]),
    "diabetic_foot": ("sepsis", [
        "diabetic grandad has a sore on his heel that's oozing pus and he's shivering with fever",
        "type 2 diabetic, my big toe is going black and I feel feverish",
        "soy diabético y tengo una herida en el pie con pus y fiebre",
        "diabétique, plaie au talon qui sent mauvais, fièvre à 39",
        "Diabetiker, Wunde am Fuß eitert, dazu Schüttelfrost",
        "diabética, ferida no pé com pus e febre alta",
        "我妈糖尿病，脚上的伤口流脓，还发高烧",
        "my diabetic uncle's foot is red hot and swollen and he has chills",
    ]),
    "retinal_detachment": ("eye_emergency", [
        "a grey shadow is creeping across the vision in my right eye",
        "loads of new floaters and flashes in my left eye since this afternoon",
        "una sombra oscura me tapa la visión del ojo izquierdo",
        "un voile noir sur la vision de mon œil droit",
        "plötzlich ein Schatten im Gesichtsfeld, links",
        "uma cortina escura descendo na visão do olho direito",
        "眼前突然出现很多黑影和闪光，像帘子",
        "it's like a veil coming down over my eye",
    ]),
    "pregnancy": ("pregnancy", [
        "29 weeks pregnant, soaked a pad with bright red blood in 15 minutes",
        "38 weeks pregnant, headache won't go, vision blurry and my hands are puffy",
        "estoy embarazada y sangro mucho, tengo coágulos grandes",
        "enceinte de 8 semaines, douleur d'un côté et mal au bout de l'épaule",
        "Schwanger in der 12. Woche, ich behalte nichts bei mir, auch kein Wasser, und mir ist schwindelig",
        "grávida de 33 semanas, dor de cabeça forte e vendo pontinhos brilhantes",
        "怀孕28周，突然流了好多血",
        "7 weeks pregnant and I can't keep water down, haven't peed since yesterday",
    ]),
    "alcohol_withdrawal": ("collapse", [
        "my dad quit drinking three days ago and now he's confused and seeing spiders",
        "alcohol withdrawal day 2, I'm hallucinating and shaking",
        "mi marido dejó el alcohol hace dos días y está desorientado",
        "sevrage d'alcool depuis deux jours, il a des hallucinations",
        "Alkoholentzug seit gestern, er ist verwirrt und zittert",
        "meu irmão parou de beber e agora está tendo alucinações",
        "我爸戒酒第三天，开始说胡话，还有幻觉",
        "stopped drinking on Monday, had a fit this morning",
    ]),
    "hypoglycaemia": ("diabetic_emergency", [
        "my diabetic wife on insulin is sweating and confused and won't eat",
        "type 1 diabetic friend is shaky, pale and talking nonsense",
        "mi hijo es diabético tipo 1, está sudando y no responde bien",
        "mon fils diabétique de type 1 est en sueur, confus",
        "Mein Vater hat Diabetes, ist schweißnass und verwirrt",
        "meu filho tem diabetes tipo 1 e está suando e confuso",
        "我爷爷打胰岛素，现在满头冷汗，反应很慢",
        "on insulin, had no lunch, now sweaty, shaking, can't think straight",
    ]),
    "thunderclap_zh": ("stroke", [
        "头突然炸裂一样痛，这辈子最痛的一次",
        "我爸后脑突然像被棍子打了一下，从来没这么疼过",
        "刚才头突然剧痛，像被雷劈了一样",
        "突然剧烈头痛，是这辈子最厉害的头痛",
        "洗澡时头突然疼得要命，从来没这么痛过",
        "我老公头突然像被锤子砸了一下，脖子发硬",
        "头痛突然爆发，一秒钟就到顶了，前所未有",
    ]),
    "altitude": ("breathing", [
        "climbing in Bolivia, my friend is breathless at rest and coughing pink froth",
        "at 5000 m base camp my buddy is confused and staggering",
        "en los Andes a 4500 metros mi padre está desorientado",
        "à 4500 mètres, mon mari est confus et essoufflé au repos",
        "Auf 5000 Metern torkelt mein Bruder und ist verwirrt",
        "a 4000 metros de altitude meu amigo está confuso",
        "在珠峰大本营，同伴走路不稳，说话糊涂",
        "high altitude trek, my wife can't walk a straight line",
    ]),
    "deep_burn": ("severe_burn", [
        "boiling water scalded his thigh, the skin is white and waxy and numb",
        "the burn on my arm looks charred and I can't feel it",
        "mi hijo se quemó y la piel parece de cuero",
        "brûlure à la main, la peau est cartonnée et ne fait pas mal",
        "Verbrühung am Bein, die Haut ist weiß und ledrig",
        "queimadura na perna, a pele parece couro",
        "烧伤后皮肤焦黑，摸着不疼",
        "scalded by the kettle, the skin is leathery and doesn't hurt",
    ]),
    "green_vomit": ("unwell_infant", [
        "my newborn is vomiting green bile",
        "our 2 month old threw up green twice this morning",
        "mi niña está vomitando verde",
        "mon nourrisson vomit vert depuis ce matin",
        "unser Säugling spuckt grün",
        "minha filha está vomitando verde",
        "婴儿吐了绿色的胆汁",
        "toddler is being sick green",
    ]),
    "suicide_preparation": ("suicide", [
        "I've counted out my pills and written a note",
        "I'm on the roof of my building, nobody would notice if I jumped",
        "estoy en el puente, nadie me echaría de menos",
        "j'ai écrit des lettres d'adieu à mes enfants",
        "Ich stehe auf der Brücke, niemand würde mich vermissen",
        "estou na ponte, ninguém ia sentir minha falta",
        "我已经在天台了，活着没意思",
        "gave away my dog and my guitar, I won't need them after this weekend",
    ]),
    "paracetamol_overdose": ("poisoning", [
        "took 30 paracetamol this morning, feel ok",
        "my teenager swallowed 25 tablets of tylenol, she seems fine",
        "tragué 30 pastillas de paracetamol, estoy bien",
        "mon fils a avalé 20 comprimés de Doliprane",
        "Meine Tochter hat 25 Tabletten Paracetamol geschluckt",
        "engoli 30 comprimidos de paracetamol e estou bem",
        "吃了三十片对乙酰氨基酚",
        "I've been taking about 10 grams of tylenol a day for the pain",
    ]),
    "anaphylaxis_other_lang": ("anaphylaxis", [
        "comí gambas y se me están hinchando los labios, me cuesta respirar",
        "après des crevettes, ma langue gonfle et j'ai du mal à avaler",
        "Nach der Biene schwillt mir die Zunge, ich krieg kaum Luft",
        "depois de comer camarão meus lábios estão inchando e difícil respirar",
        "被蜜蜂蜇了，嘴唇肿了，喘不过气",
        "a mi hijo le picó una avispa y le cuesta respirar",
        "il a mangé des noix de cajou, son visage gonfle",
        "meu filho comeu amendoim e a garganta está fechando",
    ]),
}

FRESH_NEAR = [
    "heart failure patient here, how much salt per day is ok?",
    "I gained 3 kg and I'm a bit breathless climbing stairs, I've been lazy",
    "mi vientre está duro porque hice abdominales",
    "back pain after moving house, no numbness anywhere",
    "diabetic, a small blister on my toe, no fever",
    "I see a few floaters when I look at the blue sky",
    "enceinte de 7 semaines, nausées le matin mais je bois bien",
    "Ich trinke seit einem Monat keinen Alkohol und schlafe besser",
    "I'm diabetic on insulin, what's a good bedtime snack?",
    "头有点胀痛，可能是感冒了",
    "heading to 3500 m next month, should I take acetazolamide?",
    "burned my finger on the pan, it's red and stings",
    "my baby's poop is green, is that ok?",
    "we had a picnic on the bridge, lovely evening",
    "I took 2 paracetamol at 8am, can I take more at noon?",
    "ate peanuts and feel fine, but I'm worried about allergies",
]


@pytest.mark.parametrize(("cls", "prompt"), [(c, p) for c, (_, ps) in FRESH.items() for p in ps])
def test_fresh_class_raises_its_flag(cls, prompt):
    assert FRESH[cls][0] in flag_ids(prompt)


@pytest.mark.xfail(reason="以前 ('before') reads as a time long past (PAST), so the headache is taken for history",
                   strict=True)
def test_fresh_thunderclap_told_against_before():
    assert "stroke" in flag_ids("突然头疼欲裂，以前从来没有过这种疼")


@pytest.mark.parametrize("prompt", FRESH_NEAR)
def test_fresh_look_alikes_raise_no_flag(prompt):
    assert flag_ids(prompt) == set()
