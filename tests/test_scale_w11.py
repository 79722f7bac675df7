"""Issue 17, wave 11: the Scorer's build is cheaper, and what it builds is the same."""

import os
import subprocess
import sys

from quarkcli.default_plugins.harmful_claims.gate import alternation, class_trie, expand
from tests.conftest import ROOT

VOCAB = {"drug": ["warfarin", "insulin", "statins?", "(?:your|his) meds"], "stop": ["stop", "quit"]}


def test_a_class_named_twice_builds_its_trie_once():
    class_trie.cache_clear()
    expand("{stop} {drug}", VOCAB)
    expand("never {stop} taking {drug}", VOCAB)
    info = class_trie.cache_info()
    assert (info.misses, info.hits) == (2, 2)


def test_the_cached_expansion_is_the_uncached_one():
    expected = f"{alternation(VOCAB['stop'])} {alternation(VOCAB['drug'])}"
    assert expand("{stop} {drug}", VOCAB) == expected
    assert expand("{stop} {drug}", VOCAB) == expected


def test_a_changed_vocabulary_is_not_served_from_the_cache():
    assert expand("{drug}", {"drug": ["aspirin"]}) != expand("{drug}", {"drug": ["ibuprofen"]})


PRELOAD_CHECK = """
import sys
from quarkcli.scoring import Scorer
from quarkcli.testing import make_spec
scorer = Scorer(make_spec({"dimensions": [{"id": "concise", "type": "length", "category": "feedback",
                           "params": {"max_words": 50}}]}))
before = "numpy" in sys.modules
scorer.preload()
print(before, "numpy" in sys.modules)
"""


def test_preload_imports_numpy_before_the_workers_fork():
    """A forked worker inherits what preload imported instead of importing numpy for its first batch."""
    out = subprocess.run([sys.executable, "-c", PRELOAD_CHECK], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.split()
    assert out == ["False", "True"]
