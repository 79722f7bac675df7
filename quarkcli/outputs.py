"""Writing output files so that a failed or interrupted run never leaves a half-written file behind."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO | None]:
    """Write to a temporary file beside ``path`` and rename it only on success."""
    if path is None:
        yield None
        return
    if path == "-":
        yield sys.stdout
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent.resolve())
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
