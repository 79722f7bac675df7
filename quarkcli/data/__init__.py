"""Lexicons and thresholds, with their sources: facts are data, reviewable without reading code.

``load_data`` is here, below every user of the files (rule plugins, feedback tag mapping),
so that none of them imports another to read a file.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader where PyYAML has it: the same objects, about 8x faster (start-up of every command and worker)."""


@cache
def load_data(name: str) -> dict:
    """A data file from quarkcli/data, parsed (cached: the files are read-only)."""
    return yaml.load(resources.files("quarkcli.data").joinpath(name).read_text("utf-8"), Loader=SafeLoader)
