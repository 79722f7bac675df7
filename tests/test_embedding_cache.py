"""train_heads.py's embedding cache: a second run encodes nothing it has seen, and a vector is keyed by the model
as well as the text."""

import sys

import numpy as np

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks" / "medical_checks"))
import embedding_cache  # noqa: E402


class Counting:
    """Vectors from the text's length, and a log of what was encoded."""

    def __init__(self):
        self.calls = []

    def embed(self, texts):
        self.calls.append(list(texts))
        return np.array([[len(t), 1.0] for t in texts])


def test_a_second_run_reuses_the_stored_vectors(tmp_path):
    first = Counting()
    vectors = embedding_cache.CachedEncoder(first, "m", tmp_path).embed(["ab", "abc", "ab"])
    assert first.calls == [["ab", "abc"]] and vectors.tolist() == [[2, 1], [3, 1], [2, 1]]
    second = Counting()
    again = embedding_cache.CachedEncoder(second, "m", tmp_path).embed(["abc", "ab", "abcd"])
    assert second.calls == [["abcd"]] and again.tolist() == [[3, 1], [2, 1], [4, 1]]


def test_another_model_does_not_reuse_them(tmp_path):
    embedding_cache.CachedEncoder(Counting(), "m", tmp_path).embed(["ab"])
    other = Counting()
    embedding_cache.CachedEncoder(other, "n", tmp_path).embed(["ab"])
    assert other.calls == [["ab"]]


def test_the_environment_variable_names_the_directory(tmp_path, monkeypatch):
    monkeypatch.setenv(embedding_cache.ENV, str(tmp_path / "here"))
    assert embedding_cache.CachedEncoder(Counting(), "m").path.parent == tmp_path / "here"


def test_without_quark_cache_dir_both_caches_live_in_the_users_cache_directory(monkeypatch, tmp_path):
    from quarkcli.backends.cache import Cache

    monkeypatch.delenv("QUARK_CACHE_DIR")
    monkeypatch.delenv(embedding_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert Cache().path == tmp_path / "xdg" / "quark" / "judge-cache.sqlite"
    assert embedding_cache.cache_dir() == tmp_path / "xdg" / "quark" / "embeddings"


def test_the_store_follows_the_env_quarks_other_caches_use(monkeypatch, tmp_path):
    monkeypatch.setenv("QUARK_CACHE_DIR", str(tmp_path / "quark"))
    monkeypatch.delenv(embedding_cache.ENV, raising=False)
    assert embedding_cache.cache_dir() == tmp_path / "quark" / "embeddings"
    monkeypatch.setenv(embedding_cache.ENV, str(tmp_path / "own"))
    assert embedding_cache.cache_dir() == tmp_path / "own"
