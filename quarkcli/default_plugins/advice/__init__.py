"""The grammar of individual treatment advice and of pointers to a clinician (quarkcli/data/advice.yaml),
shared by the `disclaimer` and `refusal` checks: how a response is read (reading.py), advice
(grammar.py, Chinese in chinese.py) and pointers (pointers.py)."""

from .grammar import AdviceGrammar
from .reading import Advice

__all__ = ["Advice", "AdviceGrammar"]
