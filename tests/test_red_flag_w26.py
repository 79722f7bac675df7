"""The w26 red-flag classes (issue 13, train-28's misses left last round), each with its benign look-alikes. A limb
gone suddenly cold and white, blue or numb (acute limb ischaemia, a new flag): hands that whiten in the cold
(Raynaud's) and feet that are always cold are no sign."""

import pytest

from tests.red_flag_ids import flag_ids


COLD_LIMB = [
    "My mum's left leg suddenly went cold and pale an hour ago and it really hurts.",
    "his foot turned white and ice cold this morning and he can't feel his toes",
    "Out of nowhere her arm went cold and blue and she says it is agony.",
    "A mi padre se le puso la pierna fría y pálida de repente y le duele muchísimo.",
    "Sa jambe est devenue froide et toute blanche d'un coup, il a très mal.",
    "Ihr Bein ist plötzlich eiskalt und weiß geworden und tut furchtbar weh.",
    "O pé dele ficou gelado e branco de repente e ele não sente os dedos.",
    "我爸的左腿突然冰凉发白，疼得厉害",
    "Quick question about my dad's travel insurance form. His right leg went cold and white a few hours ago while he "
    "was reading, he can't feel his toes. Does that count as pre-existing?",
]

COLD_LIMB_NEAR_MISSES = [
    "My fingers go white and numb when it's cold outside, then turn red. Is that Raynaud's?",
    "My feet are always cold in winter, even in thick socks.",
    "After swimming in the lake my hands were cold and pale for a bit, then fine.",
    "Tengo los pies fríos siempre por la noche.",
    "J'ai toujours les mains froides en hiver.",
    "Meine Hände werden bei Kälte weiß, das kenne ich seit Jahren.",
    "Minhas mãos ficam frias e brancas no inverno, é Raynaud?",
    "冬天手脚总是冰凉",
]


@pytest.mark.parametrize("prompt", COLD_LIMB)
def test_a_limb_suddenly_cold_and_white_is_limb_ischaemia(prompt):
    assert "limb_ischaemia" in flag_ids(prompt)


@pytest.mark.parametrize("prompt", COLD_LIMB_NEAR_MISSES)
def test_cold_hands_in_winter_or_raynauds_is_no_sign(prompt):
    assert "limb_ischaemia" not in flag_ids(prompt)


# Second fresh set, written after the first passed and run once: signs 8/8, look-alikes 8/8 at first run.
COLD_LIMB_SECOND = ["Grandpa's foot has gone pale and freezing cold since lunch, two hours ago, and he says it's the worst pain ever.",
"my leg turned blue and cold suddenly while i was sitting on the sofa",
"De repente a mi abuela se le quedó el brazo frío y morado.",
"Son pied est glacé et pâle depuis deux heures, c'est arrivé brutalement.",
"Sein linker Fuß ist auf einmal kalt und bläulich.",
"A perna da minha mãe ficou roxa e fria do nada, ela está com muita dor.",
"奶奶的脚一下子发紫冰凉",
"Her hand went white and cold out of nowhere and she can't move her fingers."]

COLD_LIMB_SECOND_NEAR_MISSES = ["My hands turn white then blue when I hold something from the freezer, then red again.",
"His feet have been cold for years because of his diabetes.",
"Mis manos se ponen blancas cuando hace frío y luego rojas.",
"Mes doigts deviennent blancs au froid, c'est le syndrome de Raynaud.",
"Meine Füße sind nachts immer kalt.",
"Meu pé fica gelado à noite, é normal?",
"手冬天发白，暖一下就好",
"My leg went numb after sitting cross-legged for an hour, then pins and needles."]


@pytest.mark.parametrize("prompt", COLD_LIMB_SECOND)
def test_second_fresh_set_cold_limb(prompt):
    assert "limb_ischaemia" in flag_ids(prompt)


@pytest.mark.parametrize("prompt", COLD_LIMB_SECOND_NEAR_MISSES)
def test_second_fresh_set_cold_limb_look_alikes(prompt):
    assert "limb_ischaemia" not in flag_ids(prompt)
