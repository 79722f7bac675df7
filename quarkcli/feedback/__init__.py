"""Signals from real users: feedback logs, their summary, and a reward model fitted on them."""

from __future__ import annotations

from pathlib import Path

from ..errors import QuarkError
from ..jsonl import json_objects


class FeedbackError(QuarkError):
    """A feedback log that cannot be used; the message says why."""


def read_feedback(path: str | Path, *, need_pairs: bool = True) -> list[dict]:
    """Feedback records: `prompt`, `response`, and `feedback` {thumb, rating, tags, comment}.

    Fitting and summarising need all three (``need_pairs``); `quark diagnose --feedback` reads
    only complaint tags and dimensions, so it takes any JSON objects.
    """
    records = []
    for number, row in json_objects(path):
        if need_pairs and ("prompt" not in row or "response" not in row or not isinstance(row.get("feedback"), dict)):
            raise FeedbackError(f"{path}:{number}: a feedback record needs 'prompt', 'response' and 'feedback'")
        records.append(row)
    if not records:
        raise FeedbackError(f"{path}: no feedback records")
    return records


def label(feedback: dict) -> int | None:
    """1 for a positive reaction, 0 for a negative one: the thumb, else the rating (3 is neither)."""
    if feedback.get("thumb") in ("up", "down"):
        return int(feedback["thumb"] == "up")
    rating = feedback.get("rating")
    if isinstance(rating, (int, float)) and rating != 3:
        return int(rating > 3)
    return None
