"""The frequency of a dose given after its sentence: a next sentence that repeats it ("Take 1 g of paracetamol.
Repeat every 4 hours."), or, in a structured answer, the next step, heading or field ("2. Repeat every 4 hours",
"## How often\\nEvery 6 hours", "- **Cada:** 4 horas"), whose numbering and markup are read past."""

from __future__ import annotations

import re

from .amounts import DOSE
from .schedule import opening_frequency, schedule

# Repeats the dose, in six languages, or labels the frequency field of a structured answer
REPEAT = re.compile(r"\b(?:repeat|again|take (?:it|this|one|another|them)|do (?:this|so)|repet|repít|répét|recommenc|"
                    r"renouvel|wiederhol|erneut|nochmals|de nuevo|otra vez|novamente|de novo|"
                    r"how often|frequency|frecuencia|cada cuánto|fréquence|häufigkeit|wie oft|frequência)|再|重复|频率|"
                    r"服用次数", re.IGNORECASE)
NEXT_SENTENCE = re.compile(r"\s*[^.!?。！？\n]{1,150}")
# A step's number or a line's markup before its words: "2. ", "3) ", "Step 2: ", "Paso 2:", "- **", "## "
MARKER = re.compile(r"(?:\s|\d{1,2}[.)](?!\d)|(?:step|paso|étape|schritt|passo)\s*\d{1,2}\s*[:.)]?|第\d{1,2}步[:：]?|"
                    r"[-*•#>|_])*", re.IGNORECASE)
EMPHASIS = re.compile(r"[*_]+")
LABEL_COLON = re.compile(r"\s*[:：]\s*")
AFTER_FREQUENCY = re.compile(r"[,;:，；]")  # another action follows the frequency: "Every 2 hours, drink water"


def _line(response: str, at: int) -> tuple[str, int, bool] | None:
    """(the words of the next sentence or line, unmarked; where it ends; whether it starts on a new line)."""
    start = MARKER.match(response, at).end()
    m = NEXT_SENTENCE.match(response, start)
    if not m:
        return None
    words = LABEL_COLON.sub(" ", EMPHASIS.sub("", m.group(0))).strip()
    return words, m.end(), "\n" in response[at:start]


def repeated(response: str, sentence_end: int) -> tuple[str, float, str] | None:
    """The frequency of a dose given next, when that sentence or line repeats the dose without an amount, or (a new
    line) is only a frequency; a heading that names the frequency is read with the line after it."""
    line = _line(response, sentence_end)
    if line and REPEAT.search(line[0]) and not schedule(line[0], "")[1] and not DOSE.search(line[0]):
        after = _line(response, line[1])  # "## How often" / "**Frecuencia:**", then the value on its own line
        line = (f"{line[0]} {after[0]}", after[1], line[2]) if after and after[2] else line
    if not line or DOSE.search(line[0]):
        return None
    words, _, new_line = line
    if REPEAT.search(words):
        kind, per_day, how = schedule(words, "")
        return (kind, per_day, how) if kind == "dose" and per_day else None
    found = new_line and opening_frequency(words, len(words), "")
    if not found or AFTER_FREQUENCY.search(words, words.find(found[2]) + len(found[2])):
        return None
    return found
