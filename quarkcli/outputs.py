"""The one place that decides how Quark writes files, so that no run ever destroys something.

- Regular files (and paths that do not exist yet) are written to a temporary file beside the target and
  renamed over it only on success; a new file gets the permissions the umask allows, an existing one keeps
  its mode. A symlink is followed: its target is replaced, the link stays.
- Anything else that already exists (a named pipe, a character device such as /dev/null) and ``-`` (stdout)
  is streamed to directly: renaming over a device node would replace it for every process on the machine.
- ``check_outputs`` refuses, before any work, an output that is an input or another output of the same run,
  and an output whose folder does not exist or which is itself a folder.
- SIGTERM (sent by ``timeout``, Slurm, Kubernetes) and SIGINT unwind like an exception, so the partial file
  is removed and earlier outputs are left as they were.
"""

from __future__ import annotations

import json
import math
import os
import signal
import stat
import sys
import tempfile
import threading
from contextlib import contextmanager
from typing import Iterable, Iterator, TextIO

import orjson

from .errors import QuarkError

STDOUT = "-"


class OutputError(QuarkError):
    """An output path that cannot or must not be written."""


def _identity(path: str) -> tuple[str, tuple[int, int] | None]:
    """The resolved path, and the (device, inode) pair when the file exists (catches hard links too)."""
    real = os.path.realpath(path)
    try:
        info = os.stat(real)
    except OSError:
        return real, None
    return real, (info.st_dev, info.st_ino)


def _same(a: tuple[str, tuple | None], b: tuple[str, tuple | None]) -> bool:
    return a[0] == b[0] or (a[1] is not None and a[1] == b[1])


def _check_writable(path: str) -> None:
    real = os.path.realpath(path)
    if os.path.isdir(real):
        raise OutputError(f"{path}: is a folder; give a file name")
    if os.path.exists(real) and not stat.S_ISREG(os.stat(real).st_mode):
        return  # a pipe or a device: streamed to, no temporary file beside it
    folder = os.path.dirname(real) or "."
    if not os.path.isdir(folder):
        raise OutputError(f"{path}: folder {os.path.dirname(path) or folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: folder {os.path.dirname(path) or folder} is not writable")


def check_outputs(inputs: Iterable[object | None] = (), outputs: Iterable[object | None] = ()) -> None:
    """Refuse a run whose outputs would overwrite one of its inputs or each other, or cannot be written.

    Call it before any work: a refusal then costs nothing and leaves every file untouched.
    """
    chosen = [str(p) for p in outputs if p is not None]
    if chosen.count(STDOUT) > 1:
        raise OutputError("two outputs would both write to stdout ('-'); send one to a file")
    files = [p for p in chosen if p != STDOUT]
    seen: list[tuple[str, tuple[str, tuple | None]]] = []
    for path in files:
        _check_writable(path)
        ident = _identity(path)
        for earlier, other in seen:
            if _same(ident, other):
                raise OutputError(f"{path} is given twice as an output (also as {earlier})")
        seen.append((path, ident))
    for source in (str(p) for p in inputs if p is not None and str(p) != STDOUT):
        source_ident = _identity(source)
        for path, ident in seen:
            if _same(ident, source_ident):
                raise OutputError(f"output {path} is the input {source}: refusing to overwrite it")


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """While a partial file exists, SIGTERM raises SystemExit (143) so that cleanup code runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO | None]:
    """A text stream for ``path``: None for no output, stdout for '-', the pipe or device itself, or a
    temporary file that replaces the (symlink-resolved) target only when the block finishes without error."""
    if path is None:
        yield None
        return
    if path == STDOUT:
        yield sys.stdout
        return
    real = os.path.realpath(path)
    existing = os.stat(real) if os.path.exists(real) else None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with open(real, "w", encoding="utf-8") as handle:
            yield handle
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(real)}.", suffix=".partial",
                                   dir=os.path.dirname(real))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write there ({exc.strerror})") from None
    try:
        with _terminate_as_exit():
            os.fchmod(fd, stat.S_IMODE(existing.st_mode) if existing else _new_file_mode())
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                yield handle
            os.replace(tmp, real)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_output(path: str, text: str) -> None:
    """Write a whole document with the same guarantees as ``output_stream``."""
    with output_stream(path) as handle:
        handle.write(text)


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def json_line(value) -> str:
    """One compact JSON line (no newline) for a JSON-lines file, by orjson: several times faster than the
    standard encoder, UTF-8 as is, NaN and ±inf as null like ``strict_json``, which takes what orjson
    refuses (integers beyond 64 bits)."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:
        return strict_json(value, ensure_ascii=False, separators=(",", ":"))


def strict_json(value, **kwargs) -> str:
    """JSON that every parser accepts: NaN and ±inf (which json.dumps writes as bare words) become null.

    Values are rarely non-finite, so the encoder is tried first and the copy is made only when it refuses."""
    try:
        return json.dumps(value, allow_nan=False, **kwargs)
    except ValueError:
        return json.dumps(_finite(value), allow_nan=False, **kwargs)
