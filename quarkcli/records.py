"""Read prompt/response records from JSONL, CSV, Parquet or stdin, one at a time.

Readers yield either a Record or a RecordError (with its line number), so that
the caller decides whether a bad line stops the run or is written and counted.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

import orjson

from .errors import QuarkError
from .dimensions import Record

DEFAULT_MAX_RESPONSE_CHARS = 200_000
"""Far above any real answer, and scored by every built-in check in well under a second."""
KNOWN = {"id", "prompt", "response", "completion", "reference", "constraints", "tags", "metadata"}
JSON_COLUMNS = ("prompt", "constraints", "tags", "metadata", "reference", "rubrics")
FORMATS = ("jsonl", "csv", "parquet")
BOM = b"\xef\xbb\xbf"
LONG_DIGITS = re.compile(rb"\d{19}")
"""orjson reads integers beyond 64 bits as floats; a line with such a digit run goes to the standard decoder."""


@dataclass
class RecordError:
    line: int
    message: str
    id: Any = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class InputError(QuarkError):
    """The input as a whole cannot be read (missing file, unknown format)."""


def detect_format(path: str) -> str:
    if path == "-":
        return "jsonl"
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    raise InputError(f"{path}: cannot tell the format from the extension; use --input-format {{{','.join(FORMATS)}}}")


def _response(obj: dict) -> Any:
    value = obj.get("response", obj.get("completion"))
    if isinstance(value, list) and value and isinstance(value[-1], dict):
        return value[-1].get("content")
    return value


def make_record(obj: Any, line: int, max_response_chars: int) -> Record | RecordError:
    """Check one decoded object and turn it into a Record."""
    if not isinstance(obj, dict):
        return RecordError(line, f"expected a JSON object, got {type(obj).__name__}")
    record_id = obj.get("id", obj.get("prompt_id", line))  # HealthBench files name their records prompt_id
    response = _response(obj)
    if response is None:
        return RecordError(line, "record has no 'response' (or 'completion') field", record_id)
    if not isinstance(response, str):
        return RecordError(line, f"'response' must be a string, got {type(response).__name__}", record_id)
    if len(response) > max_response_chars:
        return RecordError(
            line, f"response is {len(response):,} characters, over the limit of {max_response_chars:,} "
                  "(raise it with --max-response-chars)", record_id)
    prompt = obj.get("prompt")
    if prompt is None:
        return RecordError(line, "record has no 'prompt' field", record_id)
    if not isinstance(prompt, str) and not (
        isinstance(prompt, list) and all(isinstance(m, dict) and "content" in m for m in prompt)
    ):
        return RecordError(line, "'prompt' must be a string or a list of {role, content} messages", record_id)
    tags = obj.get("tags") or obj.get("example_tags") or []
    if isinstance(tags, str):
        tags = [tags]
    metadata = obj.get("metadata") or {}
    return Record(
        id=record_id,
        prompt=prompt,
        response=response,
        reference=obj.get("reference"),
        constraints=obj.get("constraints"),
        tags=[str(t) for t in tags],
        metadata=metadata if isinstance(metadata, dict) else {"value": metadata},
        extra={k: v for k, v in obj.items() if k not in KNOWN},
        line=line,
    )


def decode_line(raw: bytes) -> Any:
    """One JSONL line's value, or a RecordError (line 0: the caller knows the line) saying why not."""
    if not LONG_DIGITS.search(raw):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass  # the standard decoder decides, and names the problem, exactly as it always has
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return RecordError(0, f"invalid UTF-8 at byte {exc.start} of the line")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return RecordError(0, f"malformed JSON: {exc.msg} (column {exc.colno})")


def _jsonl(stream: Iterable[bytes], max_chars: int, first_line: int = 1) -> Iterator[Record | RecordError]:
    for line_no, raw in enumerate(stream, start=first_line):
        if line_no == 1 and raw.startswith(BOM):
            raw = raw[len(BOM):]
        if not raw.strip():
            continue
        obj = decode_line(raw)
        if isinstance(obj, RecordError):
            obj.line = line_no
            yield obj
        else:
            yield make_record(obj, line_no, max_chars)


def _cell(column: str, value: str) -> Any:
    if column in JSON_COLUMNS and value[:1] in ("[", "{"):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    if column == "tags":
        return [t.strip() for t in value.split(";") if t.strip()]
    return value


def _csv(stream: BinaryIO, max_chars: int, delimiter: str) -> Iterator[Record | RecordError]:
    """Strict CSV: an unterminated quote is an error naming the line where its row starts, instead of
    silently swallowing every following row into one field."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text, delimiter=delimiter, strict=True)
    start = 1
    try:
        reader.fieldnames  # reads the header, so that ``start`` is the first data line
        start = reader.line_num + 1
        for row in reader:
            obj = {k: _cell(k, v) for k, v in row.items() if k is not None and v not in (None, "")}
            yield make_record(obj, start, max_chars)
            start = reader.line_num + 1
    except UnicodeDecodeError as exc:
        yield RecordError(reader.line_num + 1, f"invalid UTF-8 ({exc.reason})")
    except csv.Error as exc:
        yield RecordError(start, f"malformed CSV in the row starting on line {start}: {exc}")


def _parquet(path: str, max_chars: int) -> Iterator[Record | RecordError]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("reading Parquet needs pyarrow: pip install 'quark-align[parquet]'") from None
    row = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        for obj in batch.to_pylist():
            row += 1
            yield make_record({k: v for k, v in obj.items() if v is not None}, row, max_chars)


class ByteCounter:
    """Wraps a binary stream and counts bytes read, for the progress bar."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.count = 0

    def __iter__(self):
        for line in self.stream:
            self.count += len(line)
            yield line


def read_records(path: str, fmt: str | None = None, max_response_chars: int = DEFAULT_MAX_RESPONSE_CHARS,
                 counter: list | None = None) -> Iterator[Record | RecordError]:
    """Yield records from ``path`` ('-' for stdin).

    For JSONL, ``counter`` (a list) receives the ByteCounter so a progress bar can
    follow the bytes read.
    """
    fmt = fmt or detect_format(path)
    if fmt == "parquet":
        if path == "-":
            raise InputError("Parquet cannot be read from stdin; pass a file")
        yield from _parquet(path, max_response_chars)
        return
    if path == "-":
        stream: BinaryIO = sys.stdin.buffer
    else:
        try:
            stream = open(path, "rb")
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror}") from None
    try:
        if fmt == "csv":
            yield from _csv(stream, max_response_chars, "\t" if path.endswith(".tsv") else ",")
        else:
            counted = ByteCounter(stream)
            if counter is not None:
                counter.append(counted)
            yield from _jsonl(counted, max_response_chars)
    finally:
        if path != "-":
            stream.close()
