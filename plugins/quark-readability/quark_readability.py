"""An example third-party Quark plugin: readability of patient-facing answers.

It registers one dimension type, ``readability``, through the same hook the
built-ins use, and one command, ``quark readability TEXT``. Installed with pip, Quark finds it via the ``quark`` entry-point
group; nothing in Quark refers to it. It imports only the stable API (``quarkcli.api``), and its params
arrive with the schema's defaults filled in.
"""

import re

from quarkcli.api import Dimension, DimensionType, Score, hookimpl

WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
SENTENCE = re.compile(r"[.!?]+(?:\s|$)")
VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@hookimpl
def quark_register_dimensions(register):
    register(
        DimensionType(
            name="readability",
            implementation=Readability,
            category="fundamental",
            description="Flesch reading ease of the response, scaled to [0, 1]; passes at or above a threshold.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "min_ease": {"type": "number", "minimum": 0, "maximum": 100, "default": 50},
                    "min_words": {"type": "integer", "minimum": 1, "default": 10},
                },
            },
        )
    )


@hookimpl
def quark_register_commands(cli):
    @cli.command()
    def readability(text: str):
        """Print the Flesch reading ease of TEXT."""
        import typer

        ease = flesch_reading_ease(text)
        typer.echo("no words" if ease is None else f"{ease:.1f}")


def syllables(word: str) -> int:
    word = word.lower()
    count = len(VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def flesch_reading_ease(text: str) -> float | None:
    """Flesch (1948): 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
    words = WORD.findall(text)
    if not words:
        return None
    n_sentences = max(len(SENTENCE.findall(text)), 1)
    n_syllables = sum(syllables(w) for w in words)
    return 206.835 - 1.015 * len(words) / n_sentences - 84.6 * n_syllables / len(words)


class Readability(Dimension):
    def score(self, record):
        if len(WORD.findall(record.response)) < self.params["min_words"]:
            return Score.unscored("too few English words to rate readability")
        ease = flesch_reading_ease(record.response)
        threshold = self.params["min_ease"]
        passed = ease >= threshold
        verdict = "at or above" if passed else "below"
        return Score(
            raw=min(max(ease, 0.0), 100.0) / 100.0,
            passed=passed,
            evidence=[f"Flesch reading ease {ease:.1f}, {verdict} the threshold {threshold}"],
        )
