"""Chinese individual advice (quarkcli/data/advice.yaml, ``zh_*``): Chinese has no spaces, so directives,
schedules, holds and self-care are small patterns on the characters, read only in responses with a
Chinese character (grammar.py)."""

from __future__ import annotations

import re

from .reading import Advice

ZH_WINDOW = 16
ZH_TOPIC = 6  # characters before a directive searched for its treatment as the topic
ZH_CLAUSE_END = re.compile(r"[，；。！？,;.!?\n]")
# Right before a directive, with "on your own" between or not ("不建议自行停药", "先别自己停药"): a caution
ZH_ADVISED_AGAINST = re.compile(r"(?:不建议|不要|不能|不可|不宜|不应|别|勿|避免)(?:自行|自己|擅自|随便|随意|突然)?$")
ZH_STATEMENT = re.compile(r"[^。！？；;!?\n]+")  # a sentence, or one of its halves around a semicolon


class ChineseAdvice:
    def __init__(self, data: dict, names: list[str]):
        self.dose, self.schedule = re.compile(data["zh_schedule_dose"]), re.compile(data["zh_schedule_words"])
        self.describing = re.compile(data["zh_schedule_blockers"])
        self.directive = re.compile("|".join(data["zh_directives"]))
        self.hold = re.compile(data["zh_hold_directives"])
        cjk = [re.escape(n) for n in names if not n.isascii() and re.search(r"[\u4e00-\u9fff]", n)]
        self.treatment = re.compile("|".join([data["zh_treatments"], *cjk]))
        self.self_care = re.compile(data["zh_self_care"])

    def advice(self, response: str, care: Advice | None, prompt_names: bool = False) -> Advice | None:
        """The first Chinese schedule, treatment directive or hold; failing any, ``care`` (the self-care
        found in the words of the response) or the first Chinese self-care directive. A 把 directive
        ("先把别嘌醇停了") names its object: when the prompt names a treatment or asks whether to take or stop
        one, that object is one."""
        for sentence in ZH_STATEMENT.findall(response):
            if self.dose.search(sentence) and self.schedule.search(sentence) and not self.describing.search(sentence):
                return Advice("treatment", sentence.strip())
        for m in self.directive.finditer(response):
            clause = ZH_CLAUSE_END.split(response[m.end():m.end() + ZH_WINDOW], 1)[0]
            # the treatment after the verb, in it, or as the topic before it ("药膏每天涂两次")
            topic = ZH_CLAUSE_END.split(response[max(0, m.start() - ZH_TOPIC):m.start()])[-1]
            if (self.treatment.search(m.group(0)) or self.treatment.search(clause) or self.treatment.search(topic)
                    or (prompt_names and m.group(0).startswith("把"))):
                if not ZH_ADVISED_AGAINST.search(response, max(0, m.start() - 5), m.start()):
                    return Advice("treatment", response[m.start():m.end() + ZH_WINDOW])
                # "先不要自己停药": a caution, advice only beside a pointer (as self-care is)
                care = care or Advice("self-care", response[max(0, m.start() - 5):m.end() + ZH_WINDOW])
        for m in self.hold.finditer(response):
            clause = ZH_CLAUSE_END.split(response[max(0, m.start() - ZH_WINDOW):m.start()])[-1]
            if self.treatment.search(clause):
                return Advice("treatment", clause + m.group(0))
        if care is None and (m := self.self_care.search(response)):
            care = Advice("self-care", m.group(0))
        return care
