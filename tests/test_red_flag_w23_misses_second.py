"""w23 (issue 13), second fresh set: the classes of test_red_flag_w23_misses.py in wording not tuned on, run once;
the result of the first run is in the commit that added this file."""

import pytest

from tests.red_flag_ids import flag_ids

SIGNS = [
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

NOT_SIGNS = [
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


@pytest.mark.parametrize("prompt,flag", SIGNS)
def test_sign_fires(prompt, flag):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("prompt,flag", NOT_SIGNS)
def test_look_alike_is_no_sign(prompt, flag):
    assert flag not in flag_ids(prompt)
