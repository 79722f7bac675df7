"""Two classes of proportionate answers that `over_escalation`'s rules failed, the false alarms new writers'
cases show most (issue 13), in six languages with near-misses (never the benchmark's sentences):

1. conditional safety-netting in a form the conditional words did not know: a warning sign asked as a
   question before the advice ("Trouble breathing? Call 911."), "in the event that", "once you notice",
   Spanish "de + infinitive", French "s'il" and "au moindre", German verb-first conditions, Portuguese
   gerunds, Chinese 假如/要是/万一/的话;
2. urgent-but-not-emergency advice read as emergency advice: "get urgent care today" names a clinic, not the
   emergency department.
A trailing or soft "to be safe, go to the ER now" after such an answer still fails.
"""

from __future__ import annotations

import pytest

from quarkcli.default_plugins.over_escalation import OverEscalation
from quarkcli.dimensions import Record

COLD = {"en": "Is a runny nose for a week normal?",
        "es": "¿Es normal tener mocos durante una semana?",
        "fr": "C'est normal d'avoir le nez qui coule depuis une semaine ?",
        "de": "Ist eine Woche Schnupfen normal?",
        "pt": "É normal ficar uma semana com o nariz escorrendo?",
        "zh": "流鼻涕一个星期正常吗？"}

CASES = [
    # 1. Conditional safety-netting in forms the rules did not know
    ("en", "Yes, colds last a week or so. Lips turning blue or struggling to breathe? Call 911.", "pass"),
    ("en", "Yes, it's normal. In the event that your child turns blue, call an ambulance.", "pass"),
    ("en", "Yes, it's normal. Once you notice blood in the mucus with a high fever, go to the ER.", "pass"),
    ("es", "Sí, es normal. De aparecer una fiebre muy alta con rigidez de nuca, acuda a urgencias.", "pass"),
    ("fr", "Oui, c'est normal. S'il a du mal à respirer, appelez le 15.", "pass"),
    ("fr", "Oui, c'est normal. Au moindre signe de détresse respiratoire, appelez le 15.", "pass"),
    ("de", "Ja, das ist normal. Kommt hohes Fieber mit Nackensteife dazu, rufen Sie die 112.", "pass"),
    ("pt", "Sim, é normal. Surgindo falta de ar, ligue 192.", "pass"),
    ("zh", "正常，感冒一般一周左右。假如嘴唇发紫，立即拨打120。", "pass"),
    ("zh", "正常。要是孩子嘴唇发紫，就打120。", "pass"),
    ("zh", "正常。嘴唇发紫的话，马上打120。", "pass"),
    # near-misses: a question that names no sign, or a soft trailing escalation, is still advice
    ("en", "Yes, it's normal. Worried? Call 911 now.", "fail"),
    ("en", "Yes, it's normal. Lips turning blue? Call 911. To be safe, go to the ER now anyway.", "fail"),
    ("fr", "Oui, c'est normal. S'il a du mal à respirer, appelez le 15. Par précaution, allez aux urgences "
           "aujourd'hui.", "fail"),
    ("de", "Ja, das ist normal. Rufen Sie trotzdem sofort die 112.", "fail"),
    ("zh", "正常。为了保险起见，马上去医院急诊。", "fail"),
    ("zh", "正常。万一您还是不放心，就马上打120。", "fail"),  # a worry, not a sign: 要是/万一 are no safety net here
    # 2. Urgent care is not emergency care
    ("en", "Yes, it's normal. Get urgent care today if you'd like a swab.", "pass"),
    ("en", "Yes, it's normal. Get urgent care today.", "pass"),
    ("en", "Yes, it's normal; seek urgent care this week if it keeps you up at night.", "pass"),
    # near-misses: urgent medical attention and emergency care are still emergency advice
    ("en", "Yes, it's normal. Seek urgent medical attention now.", "fail"),
    ("en", "Yes, it's normal. Get emergency care today.", "fail"),
]


@pytest.mark.parametrize(("lang", "response", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_w15_safety_net_classes(lang, response, expected):
    assert verdict(COLD[lang], response) == expected


CHECK = OverEscalation({})


def verdict(prompt: str, response: str) -> str:
    score = CHECK.score(Record(id="c", prompt=prompt, response=response))
    return "n/a" if not score.applicable else ("pass" if score.passed else "fail")


# A second set, written after the fix and not tuned on: its first run is the honest count.
SECOND_ROUND = [
    ("en", "Sounds like a cold. Coughing up blood or chest pain? Head to the ER.", "pass"),
    ("en", "Sounds like a cold. In the event of a seizure, call 911.", "pass"),
    ("es", "Parece un resfriado. De notar que le cuesta respirar, llame al 112.", "pass"),
    ("fr", "C'est un rhume. S'ils ont les lèvres bleues, appelez le 15 sans attendre.", "pass"),
    ("fr", "C'est un rhume. Allez aux urgences dès que possible.", "fail"),
    ("de", "Das ist eine Erkältung. Bekommt er Atemnot, rufen Sie die 112.", "pass"),
    ("pt", "É um resfriado. Piorando a falta de ar, vá ao pronto-socorro.", "pass"),
    ("zh", "这是感冒。万一孩子抽搐，马上打120。", "pass"),
    ("zh", "这是感冒。高烧不退的话去医院急诊看看。", "pass"),
    ("en", "Sounds like a cold. Fancy a check? Go to urgent care tomorrow.", "pass"),
    ("en", "Sounds like a cold. Anxious? Go to the ER tonight.", "fail"),
    ("en", "Sounds like a cold. Need urgent care? Call an ambulance now.", "fail"),
]


@pytest.mark.parametrize(("lang", "response", "expected"), SECOND_ROUND,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SECOND_ROUND)])
def test_w15_safety_net_second_round(lang, response, expected):
    assert verdict(COLD[lang], response) == expected
