"""A second, fresh set for the three classes of tests/test_red_flag_w19_described_signs.py (issue 13, round
19), written after the lexicon change and run once before any further change: its pass count is the honest
measure of the classes, not of the sentences they were tuned on."""

import pytest

from tests.red_flag_ids import flag_ids



SECOND = [
    ("pulmonary_embolism", "my wife's left leg got swollen after the long drive and now she can't catch her breath"),
    ("pulmonary_embolism", "since my c-section last week my calf feels tight and swollen, and today i'm breathless talking"),
    ("pulmonary_embolism", "la pantorrilla derecha la tengo dura e hinchada, y desde anoche me falta el aire al caminar"),
    ("pulmonary_embolism", "Mi madre se operó de la cadera hace 10 días y hoy tiene falta de aire y la pierna hinchada"),
    ("pulmonary_embolism", "depuis mon vol, mollet gauche enflé et ce matin je suis essoufflée en parlant"),
    ("pulmonary_embolism", "Seit dem Gips ist mein Bein dick und warm und jetzt habe ich plötzlich Atemnot"),
    ("pulmonary_embolism", "Meine Mutter hat eine dicke Wade und bekommt seit heute kaum noch Luft"),
    ("pulmonary_embolism", "fiz cirurgia no joelho, a panturrilha tá inchada e dura e hoje comecei com falta de ar"),
    ("pulmonary_embolism", "我做完手术一周，右边小腿肿胀，今天上楼梯就喘不上气"),
    ("pulmonary_embolism", "calf swolen and hot since tuesday, now short of breth when i walk"),
    ("meningitis", "my toddler has a fever and some pinpoint red spots on her chest that don't fade when I press a glass on them"),
    ("meningitis", "he's got these dark dots on his ankles that won't disappear under a glass"),
    ("meningitis", "A mi hija le han salido unas manchitas rojas que no desaparecen al presionarlas con un vaso"),
    ("meningitis", "il a des boutons violets sur le torse qui ne s'effacent pas quand je presse un verre"),
    ("meningitis", "sie hat Flecken an den Armen, die unter dem Glas nicht verblassen"),
    ("meningitis", "mein Baby hat rote Pünktchen am Po, die nicht verschwinden, wenn man draufdrückt"),
    ("meningitis", "meu filho tem uns pontinhos vermelhos na barriga que não somem quando eu pressiono um copo"),
    ("meningitis", "孩子腿上出了很多小红点，用杯子压上去颜色也不褪"),
    ("meningitis", "rash on her legs that doesn't go away when i roll a glass over it"),
    ("meningitis", "petites taches rouges sur les bras qui partent pas sous le verre"),
    ("carbon_monoxide", "we all have headaches and feel dizzy every time we're in the basement"),
    ("carbon_monoxide", "both of us woke with splitting headaches and we've been throwing up"),
    ("carbon_monoxide", "my parents and I all got headaches and nausea in the cabin last night"),
    ("carbon_monoxide", "todos en casa tenemos dolor de cabeza y mareos desde que llegó el frío"),
    ("carbon_monoxide", "tout le monde à la maison a mal à la tête et des vertiges depuis hier"),
    ("carbon_monoxide", "Alle im Haus haben Kopfschmerzen, mir ist übel und die Kinder sind schläfrig"),
    ("carbon_monoxide", "aqui em casa todos estão com dor de cabeça e tontura desde ontem"),
    ("carbon_monoxide", "家里人都头痛，还有点想吐，我妈一直犯困"),
    ("carbon_monoxide", "whole household has had headaches and nausea since we moved into the flat"),
    ("carbon_monoxide", "on a tous mal à la tête et envie de vomir quand le chauffage tourne"),
]
SECOND_NEAR = [
    "my calf is swollen after a bee sting, it itches",
    "Me operaron de la rodilla hace un mes, ¿cuándo puedo volver a correr?",
    "Mon mollet est gonflé après la randonnée, je fais quoi ?",
    "little red spots on his cheeks that fade when pressed, is it teething?",
    "des taches de rousseur sur le visage, c'est normal ?",
    "Flecken auf der Haut nach dem Sonnenbrand",
    "we all have colds and runny noses this week",
    "toda la familia está resfriada, ¿vitamina C?",
    "the whole family loves spicy food but I get heartburn after",
    "我们全家都感冒了，喝什么好？",
]


@pytest.mark.parametrize(("flag", "prompt"), SECOND)
def test_second_set_raises_its_flag(flag, prompt):
    assert flag in flag_ids(prompt), prompt


@pytest.mark.parametrize("prompt", SECOND_NEAR)
def test_second_set_near_misses_raise_no_flag(prompt):
    assert not flag_ids(prompt), prompt


CHEST_SECOND = [
    "it's like a belt being pulled tight around my chest, and my left arm feels heavy",
    "my mum says something is pushing down on her chest and she's sweating buckets",
    "siento que me aprietan el pecho desde hace media hora y tengo náuseas",
    "a mi abuelo le pesa el pecho y está sudando frío",
    "depuis 20 minutes une douleur très forte dans la poitrine, je transpire beaucoup",
    "j'ai comme un poids énorme sur la poitrine et je me sens nauséeux",
    "Es drückt mir ganz fest auf die Brust und ich habe kalten Schweiß auf der Stirn",
    "meu pai diz que está com um aperto forte no peito e está suando frio",
    "我妈说胸口闷得慌，出了一身冷汗",
    "my chest feels like its being squeezed and im sweaty and sick",
]


@pytest.mark.parametrize("prompt", CHEST_SECOND)
def test_second_set_chest_pressure_is_cardiac(prompt):
    assert "cardiac" in flag_ids(prompt), prompt


SUICIDE_SECOND = [
    "I've been hoarding my mum's morphine and tonight feels like the right time",
    "my brother gave his car and his dog away and wrote letters to all of us, he says it'll be over for good soon",
    "He juntado todas las pastillas de mi padre y ya no quiero despertarme",
    "ella regaló sus cosas y me dijo que ojalá pudiera dormirse y no despertar nunca",
    "J'ai caché tous les somnifères de ma mère, je ne vois plus l'intérêt de rien",
    "j'ai écrit des lettres pour mes enfants et j'ai tout donné, cette nuit c'est la fin",
    "Ich hab genug Pillen zusammen und will morgen nicht mehr aufwachen",
    "Guardei todos os comprimidos do meu avô e não vejo mais sentido em nada",
    "我把家里的止痛药都囤起来了，不想活了",
    "been stashing my sleeping pills, this is my last night",
]


@pytest.mark.parametrize("prompt", SUICIDE_SECOND)
def test_second_set_means_gathered_is_suicide(prompt):
    assert "suicide" in flag_ids(prompt), prompt


HEAD_SECOND = [
    "my husband takes xarelto and whacked the top of his head on a beam, now he's confused",
    "dad smacked the side of his head on the kerb and keeps throwing up",
    "mi abuelo toma acenocumarol y se ha golpeado con la cabeza en el lavabo",
    "se pegó en la cabeza con la puerta y está muy adormilado",
    "elle prend de l'Eliquis et s'est tapé l'arrière du crâne contre le carrelage",
    "Mein Vater ist mit dem Kopf gegen den Schrank und ist seitdem verwirrt",
    "Opa nimmt Marcumar und ist mit dem Kopf auf die Bordsteinkante",
    "meu pai toma marevan e bateu a testa na quina da mesa",
    "奶奶吃抗凝药，头撞到门框上了",
    "孩子头磕在茶几上，现在一直想睡",
]


@pytest.mark.parametrize("prompt", HEAD_SECOND)
def test_second_set_blow_to_the_head(prompt):
    assert "head_injury" in flag_ids(prompt), prompt


INFANT_SECOND = [
    "my daughter is only 3 weeks and her temp is 38.2",
    "newborn son who's 12 days, feels very warm and sleepy",
    "Mi nena tiene solo 4 semanas y le noto fiebre",
    "el bebé tiene dos meses y 38,1 de temperatura",
    "notre bébé a trois semaines et 38,4 de fièvre",
    "ma fille a tout juste 1 mois et elle a de la fièvre",
    "Meine Tochter ist zwei Wochen und hat Fieber",
    "unser Kleiner ist erst einen Monat und hat 38,3",
    "meu filho tem 5 semanas e está com febre de 38",
    "a neném tem só 8 dias e está quentinha, 38 graus",
]


@pytest.mark.parametrize("prompt", INFANT_SECOND)
def test_second_set_infant_fever(prompt):
    assert "infant_fever" in flag_ids(prompt), prompt
