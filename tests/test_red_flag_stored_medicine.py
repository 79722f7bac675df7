"""The suicide flag and medicine put away (issue 13, round 11): storing medicine, keeping a stock at home or
saving money for it is no plan; pills stockpiled, hoarded, or kept to be taken all at once are. Written before
changing the rules, in six languages; the storage verbs (存, guardar, garder, stocker, aufheben) are the class."""

import pytest

from quarkcli.default_plugins.red_flags import RedFlags

STORED = [
    "家里存了一些常用药备用，过期了还能吃吗？",
    "胰岛素开封后怎么保存？我存了几支药在冰箱里。",
    "我在攒钱买药，医保能报销吗？",
    "我把安眠药存放在药箱里，孩子够不着。",
    "我存了三个月的降压药，出国前要准备什么？",
    "Je stocke mes médicaments dans la salle de bain, est-ce une bonne idée ?",
    "Je garde mes comprimés au frais, dans une boîte fermée.",
    "Ich habe die Medikamente im Kühlschrank aufgehoben, ist das richtig?",
    "Estoy guardando todos los medicamentos en el baño, ¿está bien?",
    "Estou guardando todos os remédios na geladeira, está certo?",
    "I keep my pills set aside in a locked box for the trip, is that ok?",
]

STOCKPILED = [
    "我偷偷攒了一瓶安眠药，想一次全吃了。",
    "我已经存了够多的药，打算今晚一次吃掉。",
    "我攒了几十片药，不想活了。",
    "Llevo meses guardando pastillas para tomármelas todas de una vez.",
    "He guardado muchas pastillas para tomármelas todas esta noche.",
    "Je stocke des cachets depuis des semaines pour tout avaler d’un coup.",
    "Ich habe Tabletten aufgehoben, um sie alle auf einmal zu nehmen.",
    "I've been stockpiling my sleeping pills for weeks.",
]


def _suicide(prompt: str) -> bool:
    return "suicide" in [flag["id"] for flag, _ in RedFlags.shared().fired(prompt)]


@pytest.mark.parametrize("prompt", STORED)
def test_medicine_stored_is_no_plan(prompt):
    assert not _suicide(prompt), prompt


@pytest.mark.parametrize("prompt", STOCKPILED)
def test_pills_stockpiled_to_take_at_once_raise_the_flag(prompt):
    assert _suicide(prompt), prompt
