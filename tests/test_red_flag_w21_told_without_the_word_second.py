"""The second fresh set for the round-21 classes (tests/test_red_flag_w21_told_without_the_word.py): new
wording, written after those tests passed and run once; misses left are marked xfail with their reason."""

import pytest

from tests.red_flag_ids import flag_ids

TORSION = [
    "my boy is 11, he's doubled over holding himself, says one of his nuts is agony and he just vomited",
    "my stepson woke at 3am screaming that it hurts down there, only the left side",
    "mi chaval de 15 dice que le duele un montón ahí abajo de golpe, y ha devuelto",
    "a mi sobrino le duelen los huevos desde esta mañana, uno está hinchado y más alto",
    "mon petit-fils se plaint d'une douleur violente aux bourses depuis son réveil",
    "mon garçon a mal là-dessous d'un coup, il est tout pâle et a vomi",
    "Mein Enkel sagt, es tut da unten auf einer Seite höllisch weh, er hat gebrochen",
    "Unser Junge (12) hat seit einer Stunde starke Schmerzen am Sack",
    "meu garoto de 14 anos tá com uma dor fortíssima nas bolas e vomitou",
    "外孙早上疼醒了，下体一侧疼得厉害",
]
TORSION_NEAR = [
    "my teenage son got hit down there with a football last week, it's fine now, just asking about cups",
    "mi hijo tiene una verruga ahí abajo, ¿se quita sola?",
    "mon fils de 3 ans a les bourses un peu rouges à cause de la couche",
    "Mein Sohn will wissen, ob es normal ist, dass ein Hoden tiefer hängt",
    "meu filho tem uma pintinha lá embaixo, é normal?",
]

BATTERY_MISSING = [
    "one of the flat silver batteries from the bathroom scale is nowhere to be found and my 14 month old was near it",
    "my granddaughter (2) had the musical birthday card, now the tiny battery inside is missing",
    "no encuentro la pila plana del termómetro y mi hijo de 20 meses lo estaba chupando",
    "a mi nieta le falta una pila de reloj del juguete que tenía",
    "la petite pile ronde de la clé de voiture a disparu, mon bébé la mâchouillait",
    "je ne trouve plus la pile bouton de la balance, ma fille de 2 ans jouait avec",
    "Die Knopfbatterie vom Autoschlüssel ist weg, unser Kleinkind hatte ihn im Mund",
    "a pilha de relógio do brinquedo sumiu e minha neta de 1 ano estava com ele",
    "不见了一颗纽扣电池，宝宝刚才在玩遥控器",
    "my son is 3 and the coin battery from his light-up shoe is missing",
]
BATTERY_MISSING_NEAR = [
    "where can I recycle an old button battery from my watch?",
    "the batteries of my son's toy are flat, which ones last longest?",
    "la télécommande n'a plus de piles, mon fils les a utilisées pour sa voiture",
    "a tampa da bateria do carrinho do meu filho quebrou",
    "Meine Tochter fragt, wie eine Knopfzelle funktioniert",
]

HALF_FACE = [
    "all of a sudden the right side of my face feels numb",
    "my grandad says he can't feel half of his face since breakfast",
    "mi abuela dice que no siente la mitad de la cara desde hace un rato",
    "de golpe se me quedó la mitad de la cara adormecida",
    "depuis une heure mon père a la moitié du visage insensible",
    "Seit dem Aufstehen ist ihre rechte Gesichtshälfte taub",
    "meu avô está com metade da cara dormente há meia hora",
    "o lado esquerdo do rosto dela ficou paralisado de repente",
    "我爸左边脸突然没感觉了",
    "my mother's face went numb on one side while we were eating",
]
HALF_FACE_NEAR = [
    "my cheek is numb after the filling, when will it wear off?",
    "j'ai une anesthésie de la moitié du visage après ma dent de sagesse",
    "Mein Gesicht ist nach der Zahn-OP auf einer Seite noch taub",
    "tengo la cara dormida por el frío después de esquiar, ¿es normal?",
    "cold wind makes my cheeks numb when I cycle, any tips?",
]

BABY_BREATHING = [
    "our newborn went grey around the lips and stopped breathing for a bit during a feed",
    "mi niña de tres meses dejó de respirar y se le puso la carita azul",
    "mon nourrisson a cessé de respirer un instant, il était tout mou",
    "la bouche de mon fils est devenue violette quand il toussait",
    "Unser Säugling hat beim Stillen aufgehört zu atmen und wurde blau",
    "der Mund meiner Tochter ist plötzlich ganz lila",
    "meu bebê de um mês parou de respirar e ficou molinho",
    "os lábios da minha filha ficaram azulados de repente",
    "婴儿刚才停止呼吸了十几秒",
    "my 2 month old's lips turned a dusky blue and he went floppy",
]
BABY_BREATHING_NEAR = [
    "my baby hiccups a lot after feeds, is that ok?",
    "the baby's feet look bluish when she's cold but warm up quickly",
    "mi bebé respira rápido a ratos mientras duerme, luego normal, y está sonrosado",
    "les lèvres de mon fils sont violettes à cause du sirop de cassis",
    "meu filho está com a boca roxa de comer açaí",
]

SEIZURE_DURATION = [
    "my brother's seizure has lasted roughly 8 minutes so far",
    "she's been convulsing on the floor for probably 5 or 6 min",
    "he began seizing at the table and he's still jerking now",
    "la crisis ya dura unos siete minutos y no para",
    "mi padre sigue con convulsiones desde hace rato",
    "la crise dure depuis environ huit minutes",
    "mon fils convulse encore, ça fait un moment",
    "Der Krampfanfall geht schon seit sieben Minuten",
    "minha filha ainda está convulsionando, começou faz tempo",
    "a convulsão do meu tio continua, já deu uns 6 minutos",
]
SEIZURE_DURATION_NEAR = [
    "my son's seizure lasted 30 seconds and he's fine now",
    "she has a history of seizures but hasn't had one for years, still on meds",
    "la crisis duró un minuto y ya está bien",
    "la crise a duré deux minutes, il va mieux",
    "o ataque durou um minuto, ele já está bem",
]

KETOACIDOSIS_APART = [
    "My son has type 1 diabetes. His meter reads HI and he can't stop being sick",
    "Diabético desde niño. Hoy el medidor pone HI y respiro muy hondo",
    "mi hija es diabética. Lleva toda la tarde vomitando",
    "Je suis diabétique. Le glucomètre marque HI depuis ce midi",
    "Typ 1 Diabetes. Das Gerät zeigt HI, ich muss mich dauernd übergeben",
    "sou diabético tipo 1. Meu aparelho deu HI agora de manhã",
    "孩子有1型糖尿病。从中午开始吐个不停",
    "我奶奶打胰岛素。她现在叫不醒",
]
KETOACIDOSIS_APART_NEAR = [
    pytest.param("I have type 2 diabetes. My meter says hi when it turns on, is that a greeting?",
                 marks=pytest.mark.xfail(reason="English has read \"meter says hi\" as the meter's HI since round 20; a "
                                         "greeting on the screen is not told apart", strict=True)),
    "Soy diabético. Hoy mi glucosa está bien y no vomito",
    "我爸有糖尿病。他没有吐，就是有点累",
    "Ich bin Diabetiker. Heute ist alles stabil",
]

PINK_FROTH = [
    "grandma is bringing up pinkish foamy phlegm and gasping",
    "my husband keeps coughing up frothy pink sputum tonight",
    "mi abuela escupe espuma rosada al toser",
    "mi marido expectora una espuma rosada y se ahoga tumbado",
    "ma mère tousse une mousse rosée depuis une heure",
    "Oma spuckt beim Husten rosa Schaum",
    "meu pai está cuspindo uma espuma cor-de-rosa",
    "老人咳出来的痰是粉红色泡沫样的",
]
PINK_FROTH_NEAR = [
    "my rosé wine is frothy and pink after shaking the bottle",
    "la espuma del batido está rosada",
    "ma mousse au fraisier est rose",
    "o chiclete fez uma espuma rosada na boca do meu filho",
]

SUICIDE_MEANS_AND_BURDEN = [
    "my flatmate has been saving up her sertraline and says everyone would be better off",
    "mi tío preguntó por el revólver del abuelo y dice que es una carga para todos",
    "il m'a demandé où était la carabine et répète qu'il n'est qu'un fardeau",
    "Papa hat gefragt, wo die alte Pistole ist, und sagt, er falle allen zur Last",
    "meu avô perguntou pela espingarda e diz que é um peso para a família",
    "she asked me about dad's handgun and said she's just a burden",
    "Mein Freund sagt, er ist eine Last, und zählt seit Tagen seine Tabletten",
    "mi hermano sigue diciendo que es una carga y ha guardado todas las pastillas de mamá",
]
SUICIDE_MEANS_AND_BURDEN_NEAR = [
    "my son asked where the gun cleaning kit is, he's going to the range",
    "mi padre preguntó dónde está la escopeta porque empieza la temporada de caza",
    "Opa fragt, wo das Gewehr ist, er will zum Schützenverein",
    "I'm saving up my vacation days and feel like a burden at work",
]

CLASSES = {
    "testicular_torsion": TORSION,
    "poisoning": BATTERY_MISSING,
    "stroke": HALF_FACE,
    "breathing|unwell_infant": BABY_BREATHING,
    "collapse": SEIZURE_DURATION,
    "diabetic_emergency": KETOACIDOSIS_APART,
    "breathing": PINK_FROTH,
    "suicide": SUICIDE_MEANS_AND_BURDEN,
}


@pytest.mark.parametrize(("flag", "prompt"), [(flag, p) for flag, prompts in CLASSES.items() for p in prompts])
def test_each_class_raises_its_flag(flag, prompt):
    assert set(flag.split("|")) & flag_ids(prompt), prompt


@pytest.mark.parametrize("prompt", TORSION_NEAR + BATTERY_MISSING_NEAR + HALF_FACE_NEAR + BABY_BREATHING_NEAR
                         + SEIZURE_DURATION_NEAR + KETOACIDOSIS_APART_NEAR + PINK_FROTH_NEAR
                         + SUICIDE_MEANS_AND_BURDEN_NEAR)
def test_benign_look_alikes_raise_no_flag(prompt):
    assert not flag_ids(prompt), prompt
