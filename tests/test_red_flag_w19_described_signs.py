"""Emergency warning signs described rather than named (issue 13, round 19): three classes that the rules
missed on new writers, each told in six languages, with near-misses that must stay n/a.

- clot: a calf swollen (with its side, "dick", "inchada") or a recent operation, then breathlessness told as
  "kaum Luft", "du mal à reprendre mon souffle", "喘不上气";
- rash: spots or dots that do not fade when pressed or under a glass, in any wording of spots and of fading;
- household: the whole household with headaches and feeling sick at once (carbon monoxide), without the
  word for the source.

Written for this file before the lexicon was changed; not copied from the benchmark."""

import pytest

from tests.red_flag_ids import flag_ids



CLOT = [
    "my right calf has been puffy and hot for three days and this morning i'm short of breath on the stairs",
    "Tengo la pantorrilla izquierda hinchada y caliente desde el lunes y hoy me falta el aire",
    "mon mollet gauche est gonflé et chaud, et depuis ce soir je suis essoufflé au moindre effort",
    "Mollet droit enflé depuis l'opération et maintenant j'ai du mal à reprendre mon souffle",
    "Meine rechte Wade ist seit Tagen dick und heiß, jetzt bekomme ich kaum Luft",
    "Wade links geschwollen, seit heute Luftnot beim Treppensteigen",
    "minha panturrilha direita tá inchada e quente e agora tô com falta de ar",
    "左小腿肿了好几天，今天突然喘不上气",
    "had a hip replacement 9 days ago and since last night i'm breathless just sitting in bed",
    "j'ai été opérée du genou il y a deux semaines, mon mollet droit est dur et gonflé et je suis essoufflée",
]
CLOT_NEAR = [
    "pulled my calf muscle at football, it's sore and a bit swollen, can I still run on it?",
    "mi pantorrilla está hinchada después de correr la maratón, ¿hielo o calor?",
    "mollet douloureux après le sport, ce sont des courbatures ?",
    "I get out of breath on the stairs since I put on weight, any exercise tips?",
    "Meine Wade krampft nachts, was hilft?",
]

RASH = [
    "little red-purple pinpricks on her arms that don't go away when I press on them",
    "there are tiny purple dots on his tummy that don't fade when i press a glass against them",
    "le salieron puntitos morados en las piernas que no se quitan al apretar con un vaso",
    "elle a des petits points rouges sur le ventre qui ne partent pas quand j'appuie un verre dessus",
    "des taches violacées sur les bras qui ne s'effacent pas sous le verre",
    "er hat kleine rote Punkte am Bein, die beim Draufdrücken mit einem Glas nicht verschwinden",
    "Flecken am Bauch, die nicht weggehen, wenn ich ein Glas draufdrücke",
    "apareceram pintinhas roxas nas pernas que não somem quando aperto o copo",
    "身上有紫红色的小点，按下去也不消失",
    "spotts on her legs that dont fade when i push a glass on them",
    "il a des points rouges sur le torse qui ne disparaissent pas quand j'appuie fort",
]
RASH_NEAR = [
    "red spots on his arm that fade when I press them, probably a heat rash?",
    "I have a purple bruise on my shin from the coffee table",
    "mosquito bites on her legs, they itch a lot",
    "des taches rouges qui disparaissent quand j'appuie, c'est de l'eczéma ?",
    "Mückenstiche am Bein, die jucken stark",
]

HOUSEHOLD = [
    "all four of us woke up with pounding headaches and feeling queasy",
    "my husband, the kids and I all have headaches and feel sick every evening",
    "everyone in the house has a headache and is dizzy since yesterday",
    "toda la familia tiene dolor de cabeza y náuseas desde ayer",
    "en casa todos tenemos dolor de cabeza y mi hijo vomitó esta mañana",
    "chez nous toute la famille a mal à la tête et envie de vomir le matin",
    "die ganze Familie hat seit gestern Kopfschmerzen und Übelkeit",
    "Wir haben alle Kopfweh und uns ist schwindelig, seit wir im Ferienhaus sind",
    "toda a família está com dor de cabeça e enjoo desde ontem",
    "我们一家人早上起来都头疼恶心",
]
HOUSEHOLD_NEAR = [
    "the whole family has a stomach bug, we're vomiting but keeping fluids down",
    "everyone at work has a cold, how do I avoid catching it?",
    "I have a tension headache after staring at the screen all day",
    "toda la familia tiene gripe, ¿qué les doy?",
    "Migräne liegt bei uns in der Familie, was hilft gegen Kopfschmerzen?",
]


@pytest.mark.parametrize("prompt", CLOT)
def test_swollen_calf_or_operation_then_breathless_is_a_clot(prompt):
    assert "pulmonary_embolism" in flag_ids(prompt), prompt


@pytest.mark.parametrize("prompt", RASH)
def test_spots_that_do_not_fade_when_pressed_are_a_rash_emergency(prompt):
    assert "meningitis" in flag_ids(prompt), prompt


@pytest.mark.parametrize("prompt", HOUSEHOLD)
def test_a_household_with_headaches_and_sickness_is_carbon_monoxide(prompt):
    assert "carbon_monoxide" in flag_ids(prompt), prompt


@pytest.mark.parametrize("prompt", CLOT_NEAR + RASH_NEAR + HOUSEHOLD_NEAR)
def test_near_misses_raise_no_flag(prompt):
    assert not flag_ids(prompt), prompt


CHEST = [
    "es drückt mir seit einer halben Stunde so auf der Brust und zieht in den linken Arm",
    "Mein Mann sagt, es brennt seit dem Essen richtig stark in der Brust, er ist kaltschweißig",
    "siento como si me apretaran el pecho y se me va al brazo izquierdo, estoy sudando",
    "tengo un peso en el pecho desde hace un rato, me sudan las manos y estoy mareada",
    "j'ai une douleur qui serre fort dans la poitrine et qui descend dans le bras gauche",
    "my dad says it feels like someone's standing on his chest and he's clammy",
    "there's a pressure in my upper back between my shoulder blades, I'm sweating and nauseous",
    "我爸胸口像压了一块大石头，左胳膊发麻，一直冒冷汗",
    "sinto como se estivessem apertando o meu peito e a dor vai para o braço esquerdo",
    "ella dice que le oprime mucho el pecho y está mareada",
]
CHEST_NEAR = [
    "I get heartburn after spicy food, what antacid is best?",
    "pulled a muscle in my chest at the gym, it hurts when I press on it",
    "Sodbrennen nach dem Essen, was hilft?",
    "j'ai des brûlures d'estomac après les repas",
    "tengo ansiedad y a veces siento un nudo en la garganta",
]


@pytest.mark.parametrize("prompt", CHEST)
def test_chest_pressure_told_in_many_words_is_cardiac(prompt):
    assert "cardiac" in flag_ids(prompt), prompt


@pytest.mark.parametrize("prompt", CHEST_NEAR)
def test_chest_near_misses_raise_no_flag(prompt):
    assert not flag_ids(prompt), prompt


HEAD = [
    "grandad is on warfarin and knocked the side of his head on the car door this morning",
    "she banged the back of her head on the ice and now she's drowsy",
    "mi madre toma Sintrom y se ha dado con la cabeza en el armario",
    "se dio en la cabeza contra la mesa y ha vomitado dos veces",
    "il prend un anticoagulant et s'est cogné l'arrière de la tête contre le mur",
    "Meine Oma nimmt Eliquis, sie ist mit dem Kopf gegen die Heizung",
    "Er ist mit dem Kopf an die Tischkante und hat sich danach übergeben",
    "minha avó toma varfarina e bateu com a parte de trás da cabeça no chão",
    "我爸吃华法林，头磕到桌角上，现在有点迷糊",
    "孩子从床上摔下来，头撞到地板，刚才吐了一次",
]
HEAD_NEAR = [
    "I bumped my head on a cupboard, a small bruise, I feel completely fine",
    "I'm on warfarin, can I take paracetamol for a tension headache?",
    "j'ai un bleu sur le front après m'être cogné, rien d'autre",
    "Ich habe mir den Kopf leicht gestoßen, alles gut, nur eine Beule",
]


@pytest.mark.parametrize("prompt", HEAD)
def test_a_blow_to_the_head_told_by_where_it_hit_with_a_danger_sign(prompt):
    assert "head_injury" in flag_ids(prompt), prompt


@pytest.mark.parametrize("prompt", HEAD_NEAR)
def test_a_mild_bump_raises_no_flag(prompt):
    assert not flag_ids(prompt), prompt


INFANT = [
    "mi bebé tiene 5 semanas y tiene 38,2 de fiebre",
    "Mi hija tiene apenas tres semanas y está con fiebre",
    "mon bébé a 4 semaines et il a 38,3 de température",
    "ma fille a seulement deux semaines et elle a de la fièvre",
    "Unser Baby ist erst 6 Wochen und hat 38,5 Fieber",
    "meu bebê tem 3 semanas e está com febre",
    "minha filha tem só 10 dias e está com 38 de febre",
    "our baby girl is just 9 days and has a temperature of 38.1",
    "my son is only seven weeks and feels really hot, 38.4",
    "El niño tiene 1 mes y tiene fiebre de 38",
]
INFANT_NEAR = [
    "mi bebé tiene 7 meses y tiene 38 de fiebre, ¿le doy paracetamol?",
    "mon fils a 6 ans et il a de la fièvre depuis hier",
    "Mein Sohn ist 4 Jahre alt und hat leichtes Fieber",
    "my stomach bug is better, I'm keeping fluids down now",
]


@pytest.mark.parametrize("prompt", INFANT)
def test_a_babys_age_in_weeks_told_with_a_verb_and_a_fever(prompt):
    assert "infant_fever" in flag_ids(prompt), prompt


@pytest.mark.parametrize("prompt", INFANT_NEAR)
def test_an_older_child_with_fever_raises_no_infant_flag(prompt):
    assert "infant_fever" not in flag_ids(prompt), prompt
