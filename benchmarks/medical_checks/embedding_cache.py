"""Each text's vector kept on disk between runs of train_heads.py: encoding is most of a retrain (minutes on two
cores), and a retrain after a few new rows should only encode those rows.

Vectors are keyed by a hash of the model's name and the text, so another model or an edited text is a miss, never
a stale hit. The store is one .npz file per model under $QUARK_EMBEDDING_CACHE, else the user cache directory.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

from quarkcli.backends.cache import cache_folder

ENV = "QUARK_EMBEDDING_CACHE"


def cache_dir() -> Path:
    """$QUARK_EMBEDDING_CACHE, else ``embeddings`` in Quark's cache folder (the judge cache's)."""
    return Path(os.environ[ENV]) if os.environ.get(ENV) else cache_folder() / "embeddings"


def key(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\0{text}".encode("utf-8")).hexdigest()


class CachedEncoder:
    """An encoder's ``embed`` that encodes only the texts not stored yet, and stores them."""

    def __init__(self, encoder, model: str, directory: Path | None = None):
        self.encoder, self.model = encoder, model
        self.path = (directory or cache_dir()) / f"{model}.npz"
        self.vectors = dict(np.load(self.path)) if self.path.exists() else {}

    def embed(self, texts: list[str]) -> np.ndarray:
        keys = [key(self.model, t) for t in texts]
        new = {k: t for k, t in zip(keys, texts) if k not in self.vectors}
        if new:
            self.vectors.update(zip(new, np.asarray(self.encoder.embed(list(new.values())), dtype=np.float32)))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(f".{os.getpid()}.npz")  # concurrent runs never share a partial file
            np.savez(partial, **self.vectors)
            partial.replace(self.path)
        return np.stack([self.vectors[k] for k in keys]) if keys else np.zeros((0, 0), dtype=np.float32)
