"""Reading whole JSONL files of objects, with every problem named by file and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .errors import QuarkError


class JsonlError(QuarkError):
    """An unreadable file or line; the message starts with FILE or FILE:LINE."""


def json_objects(path: str | Path) -> list[tuple[int, dict]]:
    """(line number, object) for every non-blank line."""
    return list(iter_json_objects(path))


def iter_json_objects(path: str | Path) -> Iterator[tuple[int, dict]]:
    """The same, one line at a time, so a reader of a large file holds one line, not the file."""
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise JsonlError(f"{path}:{number}: malformed JSON ({exc.msg})") from None
                if not isinstance(value, dict):
                    raise JsonlError(f"{path}:{number}: expected a JSON object")
                yield number, value
    except FileNotFoundError:
        raise JsonlError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise JsonlError(f"{path}: cannot read ({exc})") from None


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
