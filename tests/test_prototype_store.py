"""Prototype vectors on disk: a new process reads what an earlier one embedded, and only an exact match is read.
No model needed: a counting stand-in for the encoder, with the identity a real one has."""

import numpy as np
import pytest
import torch

from quarkcli.models import encoder as encoder_module
from quarkcli.models.encoder import folder_identity, prototype_vectors
from quarkcli.models.prototype_store import group_key, store_folder, stored_vectors


class CountingEncoder:
    def __init__(self, identity="counting v1"):
        self.identity, self.calls = identity, []

    def embed(self, texts):
        self.calls.append(list(texts))
        return torch.tensor([[len(t), 0.5 + len(self.identity)] for t in texts], dtype=torch.float32)


@pytest.fixture(autouse=True)
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("QUARK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "prototypes"


def new_process(monkeypatch):
    """What a new process starts with: no prototypes in memory."""
    monkeypatch.setattr(encoder_module, "_PROTOTYPES", {})


def test_a_new_process_reads_the_vectors_an_earlier_one_embedded(monkeypatch):
    first = CountingEncoder()
    vectors = prototype_vectors(first, ["a", "bb"], ["ccc"])
    later = CountingEncoder()
    new_process(monkeypatch)
    again = prototype_vectors(later, ["a", "bb"], ["ccc"])
    assert later.calls == []
    assert all(torch.equal(x, y) and x.dtype == y.dtype for x, y in zip(vectors, again))


@pytest.mark.parametrize("identity, groups, embedded", [
    ("counting v2", (["a", "bb"], ["ccc"]), [["a", "bb"], ["ccc"]]),
    ("counting v1", (["a", "bb"], ["cccc"]), [["cccc"]]),
    ("counting v1", (["bb", "a"], ["ccc"]), [["bb", "a"]]),
    ("counting v1", (["a", "b", "b"], ["ccc"]), [["a", "b", "b"]]),
])
def test_another_encoder_or_other_texts_are_embedded_not_read(monkeypatch, identity, groups, embedded):
    prototype_vectors(CountingEncoder(), ["a", "bb"], ["ccc"])
    new_process(monkeypatch)
    other = CountingEncoder(identity)
    prototype_vectors(other, *groups)
    assert other.calls == embedded


def test_texts_that_run_together_alike_are_different_keys():
    assert group_key("m", ["ab", "c"]) != group_key("m", ["a", "bc"])
    assert group_key("m", ["a\0b"]) != group_key("m", ["a", "b"])


def test_an_encoder_without_an_identity_never_touches_the_store(store):
    class Anonymous:
        def embed(self, texts):
            return torch.ones(len(texts), 2)

    stored_vectors(Anonymous(), ["a"])
    assert not store.exists()


def test_a_damaged_file_is_embedded_again_and_replaced(store):
    encoder = CountingEncoder()
    good = stored_vectors(encoder, ["a", "bb"])
    (path,) = store.glob("*.npy")
    path.write_bytes(b"not an array")
    assert torch.equal(stored_vectors(encoder, ["a", "bb"]), good) and len(encoder.calls) == 2
    assert np.array_equal(np.load(path), good.numpy())
    assert [p.name for p in store.iterdir()] == [path.name], "no temporary file left behind"


def test_a_store_that_cannot_be_written_only_costs_the_embedding(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("QUARK_CACHE_DIR", str(blocker))
    encoder = CountingEncoder()
    assert stored_vectors(encoder, ["a"]).tolist() == [[1.0, 11.5]]
    assert stored_vectors(encoder, ["a"]).tolist() == [[1.0, 11.5]] and len(encoder.calls) == 2
    assert store_folder() == blocker / "prototypes"


def test_a_folder_encoders_identity_changes_with_its_weights_and_batching(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"weights")
    before = folder_identity(str(folder), 32, 256)
    assert folder_identity(str(folder), 16, 256) != before != folder_identity(str(folder), 32, 128)
    (folder / "model.safetensors").write_bytes(b"other weights")
    assert folder_identity(str(folder), 32, 256) != before
    assert folder_identity(str(tmp_path / "missing"), 32, 256) is None


def test_a_folder_encoders_identity_changes_with_the_libraries_that_compute_it(tmp_path, monkeypatch):
    import transformers

    (tmp_path / "model.safetensors").write_bytes(b"weights")
    before = folder_identity(str(tmp_path), 32, 256)
    monkeypatch.setattr(torch, "__version__", "0.0-other")
    after_torch = folder_identity(str(tmp_path), 32, 256)
    monkeypatch.setattr(transformers, "__version__", "0.0-other")
    assert len({before, after_torch, folder_identity(str(tmp_path), 32, 256)}) == 3
