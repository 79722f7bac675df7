"""Compiled ``re`` patterns kept on disk between processes. The built-in lexicons' patterns are compiled when a text
first reaches them past their RE2 prefilter; the large ones (the harmful-claims rules, each holding the trie of 640
drug names, about 10 KB of pattern) take Python's pure-Python parser 40 to 100 ms each, and a process scoring
varied text compiled about 190 of them: 2.3 s of CPU, paid again by every `quark score`, worker and training rank.

What is stored is what ``re``'s compiler hands to ``_sre.compile`` (the code words, the flags and the groups), under
a key made of the interpreter's version, the engine's magic number, the flags and the exact source: a hit builds the
very pattern a fresh compile builds, another Python or an edited pattern is a miss, never a stale hit. The store is
``regex`` in Quark's cache folder; a folder that cannot be written, or an entry that cannot be read, only costs the
compile."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
import zlib
from array import array
from pathlib import Path

import _sre
from re import _compiler, _parser

from .backends.cache import cache_folder

MIN_LENGTH = 500  # shorter sources compile in a fraction of a millisecond: a file would cost about as much


def store_folder() -> Path:
    return cache_folder() / "regex"


def entry_key(source: str, flags: int) -> str:
    identity = f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{int(flags)}\0"
    return hashlib.sha256((identity + source).encode("utf-8")).hexdigest()


def compile_stored(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, its compiled form read from the store when this interpreter compiled the
    same source before."""
    flags = int(flags)
    if len(source) < MIN_LENGTH:
        return re.compile(source, flags)
    path = store_folder() / f"{entry_key(source, flags)}.bin"
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, RuntimeError, zlib.error):
        return _load(path, source)
    try:
        pattern, parts, code = _compiled(source, flags)
    except (AttributeError, TypeError, ValueError):
        return re.compile(source, flags)  # a Python whose private compiler differs: no store, the plain compile
    _save(path, parts, code)
    return pattern


def _compiled(source: str, flags: int) -> tuple[re.Pattern, dict, list[int]]:
    """What ``re.compile`` does, keeping the code words it hands to ``_sre.compile`` (a private API, so any mismatch falls back)."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    parts = {"flags": flags | parsed.state.flags, "groups": parsed.state.groups - 1, "groupindex": groupindex,
             "indexgroup": indexgroup}
    return _sre.compile(source, parts["flags"], code, parts["groups"], groupindex, tuple(indexgroup)), parts, code


def _load(path: Path, source: str) -> re.Pattern:
    header, _, body = zlib.decompress(path.read_bytes()).partition(b"\n")
    parts = json.loads(header)
    code = array("I")
    code.frombytes(body)
    return _sre.compile(source, parts["flags"], code.tolist(), parts["groups"], parts["groupindex"],
                        tuple(parts["indexgroup"]))


def _save(path: Path, parts: dict, code: list[int]) -> None:
    """Written whole under another name, then renamed: a reader in another process sees no file or the whole one."""
    temporary = None
    try:
        data = zlib.compress(json.dumps(parts).encode("utf-8") + b"\n" + array("I", code).tobytes(), 1)
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", suffix=".bin", delete=False) as handle:
            temporary = handle.name
            handle.write(data)
        os.replace(temporary, path)
    except (OSError, OverflowError):
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
