"""Prototype vectors kept on disk between processes. Building specs/medical.yaml's semantic types embedded their
461 prototype texts in every new process (about 36 s of CPU on two cores, nearly all of a scorer's start): each
`quark score` or `calibrate`, each rank of a training run, each worker with a model dimension paid it again.

A group's vectors are stored as its encoder computed them, under a key made of the encoder's ``identity`` and the
group's exact texts: a hit gives the very values a fresh embedding gives, and another model, other weights or an
edited prototype is a miss, never a stale hit. An encoder without an ``identity`` is never stored. The store is
``prototypes`` in Quark's cache folder; a folder that cannot be written only costs the embedding."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

import numpy as np

from ..backends.cache import cache_folder


def store_folder() -> Path:
    return cache_folder() / "prototypes"


def group_key(identity: str, texts: list[str]) -> str:
    """A hash of the identity and each text, length-prefixed so that no two groups' texts run together alike."""
    digest = hashlib.sha256(identity.encode("utf-8"))
    for text in texts:
        encoded = text.encode("utf-8")
        digest.update(f"\0{len(encoded)}:".encode() + encoded)
    return digest.hexdigest()


def stored_vectors(encoder, texts: list[str]):
    """``encoder.embed(texts)``, read from the store when this encoder has embedded these texts before."""
    identity = getattr(encoder, "identity", None)
    if identity is None:
        return encoder.embed(texts)
    import torch

    path = store_folder() / f"{group_key(identity, texts)}.npy"
    with contextlib.suppress(OSError, ValueError):
        return torch.from_numpy(np.load(path, allow_pickle=False))
    vectors = encoder.embed(texts)
    save(path, vectors.numpy())
    return vectors


def save(path: Path, array: np.ndarray) -> None:
    """Written whole under another name, then renamed: a reader in another process (a second rank, a worker)
    sees the old file, no file, or the whole new one."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", suffix=".npy", delete=False) as handle:
            temporary = handle.name
            np.save(handle, array, allow_pickle=False)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
