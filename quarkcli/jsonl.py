"""Reading whole JSONL files of objects, with every problem named by file and line."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import QuarkError


class JsonlError(QuarkError):
    """An unreadable file or line; the message starts with FILE or FILE:LINE."""


def json_objects(path: str | Path) -> list[tuple[int, dict]]:
    """(line number, object) for every non-blank line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise JsonlError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise JsonlError(f"{path}: cannot read ({exc})") from None
    objects = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise JsonlError(f"{path}:{number}: malformed JSON ({exc.msg})") from None
        if not isinstance(value, dict):
            raise JsonlError(f"{path}:{number}: expected a JSON object")
        objects.append((number, value))
    return objects


def prompt_records(path: str | Path) -> list[dict]:
    """Records that must have a `prompt`; `id` defaults to the line number."""
    records = []
    for number, record in json_objects(path):
        if "prompt" not in record:
            raise JsonlError(f"{path}:{number}: record has no 'prompt'")
        records.append({"id": number, **record})
    if not records:
        raise JsonlError(f"{path}: no prompts")
    return records
