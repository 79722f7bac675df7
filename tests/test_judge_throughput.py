"""Judges at full speed: adaptive concurrency on 429s, and cache writes batched off the request path."""

import asyncio
import os
import signal
import sqlite3
import threading
import time

import pytest

from quarkcli.backends.cache import Cache
from quarkcli.backends.chat_http import ChatClient, ChatError, ChatSettings
from quarkcli.backends.limiter import AdaptiveLimit
from quarkcli.commands.in_flight_column import InFlightColumn
from quarkcli.dimensions import Record
from quarkcli.judges.dimensions import JudgeScore
from quarkcli.parallel import score_chunks
from quarkcli.scoring import Scorer
from quarkcli.spec import load_spec
from tests.judge_server import JudgeServer


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QUARK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("QUARK_NO_CACHE", raising=False)


def test_limit_halves_once_per_burst_of_429s_grows_back_and_stays_in_bounds():
    async def scenario():
        limit = AdaptiveLimit(8)
        epochs = [await limit.acquire() for _ in range(8)]
        blocked = asyncio.ensure_future(limit.acquire())
        await asyncio.sleep(0)
        assert not blocked.done(), "a ninth call waits for a slot"
        for epoch in epochs:
            limit.release(epoch, 429)
        assert limit.limit == 4, "one burst of 429s from calls sent together cuts the cap once"
        await blocked
        limit.release(await limit.acquire(), 429)
        limit.release(blocked.result(), 429)
        assert limit.limit == 2
        for _ in range(5):
            limit.release(await limit.acquire(), 429)
        assert limit.limit == 1, "never below 1"
        for _ in range(1 + 2 + 3):
            limit.release(await limit.acquire(), 200)
        assert limit.limit == 4, "a run of `cap` successes raises the cap by one"
        limit.release(await limit.acquire(), 503)
        assert limit.limit == 4, "server errors are not a signal to slow down"
        for _ in range(1000):
            limit.release(await limit.acquire(), 200)
        assert limit.limit == 8 and limit.in_flight == 0, "never above the configured maximum"

    asyncio.run(scenario())


def test_a_throttling_server_gets_fewer_calls_in_flight_then_full_concurrency_again():
    with JudgeServer(throttle=12) as server:
        client = ChatClient(ChatSettings(base_url=server.url, model="judge", api_key_env=None, concurrency=8,
                                         max_retries=20, backoff=0.001))
        caps = []
        bodies = [client.payload([{"role": "user", "content": f"[slow] Answer to grade: GOOD {i}"}]) for i in range(90)]
        answers = asyncio.run(client.complete_many(bodies, on_result=lambda i, a: caps.append(client.limit.limit)))
    assert not any(isinstance(a, ChatError) for a in answers)
    assert min(caps) <= 4, "429s cut the cap"
    right_after, later = max(server.arrivals[12:20]), max(server.arrivals[20:])
    assert right_after <= 4, "so the server gets fewer calls at once right after them"
    assert caps[-1] == 8 and later > right_after, "then the cap grows back to the configured maximum"


def test_the_progress_line_shows_calls_in_flight_against_the_cap():
    limit = AdaptiveLimit(32)
    assert str(InFlightColumn([limit]).render(None)) == "judges 0/32 in flight"
    limit.in_flight, limit.limit = 3, 4
    assert str(InFlightColumn([limit]).render(None)) == "judges 3/4 in flight (max 32)"
    assert str(InFlightColumn([]).render(None)) == ""


def judge(url, **backend):
    return JudgeScore({"rubric": "r", "backend": {"base_url": url, "model": "judge", "api_key_env": "NONE", **backend}})


def test_a_scoring_batch_is_cached_in_one_transaction_that_other_readers_see_whole():
    records = [Record(id=i, prompt="q", response=f"GOOD {i}") for i in range(20)]
    with JudgeServer() as server:
        dimension = judge(server.url)
        dimension.cache.wait_set_up()
        statements = []
        dimension.cache._db.set_trace_callback(statements.append)
        scores = dimension.score_batch(records)
        assert sum(s.strip().upper() == "COMMIT" for s in statements) == 1
        reader = Cache()
        assert reader._db.execute("SELECT count(*) FROM answers").fetchone() == (20,)
        assert reader._db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        again = judge(server.url).score_batch(records)
        assert server.calls == 20, "the second run is answered from the cache"
    assert [s.raw for s in again] == [s.raw for s in scores] == [pytest.approx(8 / 9)] * 20


@pytest.fixture
def held_set_up(monkeypatch):
    """Cache set-ups wait until the test sets the event; the names of the threads that ran them are listed."""
    release, threads = threading.Event(), []
    set_up = Cache._set_up

    def held(self):
        threads.append(threading.current_thread().name)
        assert release.wait(10)
        set_up(self)

    monkeypatch.setattr(Cache, "_set_up", held)
    return release, threads


def test_a_new_cache_file_is_set_up_in_a_thread_and_reads_as_empty_meanwhile(tmp_path, held_set_up):
    """Setting up a new cache file syncs the disk several times: Cache() leaves it to a thread, so that a judge
    run's first calls do not wait for it; lookups meanwhile find nothing (the file is new) and the first write
    waits for the set-up. An existing file is set up at once."""
    release, threads = held_set_up
    cache = Cache(tmp_path / "new")
    assert cache.get("key") is None
    writer = threading.Thread(target=cache.put_many, args=([("key", {"score": 1})],))
    writer.start()
    writer.join(0.3)
    assert writer.is_alive(), "the first write waits for the set-up"
    release.set()
    writer.join(10)
    assert cache.get("key") == {"score": 1}
    assert Cache(tmp_path / "new").get("key") == {"score": 1}
    assert threads == ["quark-cache-set-up", threading.current_thread().name]


def test_two_judges_set_up_the_same_new_cache_file_each_in_a_thread(tmp_path, held_set_up):
    """A spec with two judges opens the new file twice; the second finds it empty (the first is still setting
    it up) and does not wait for that on the way to the first calls either."""
    release, threads = held_set_up
    first, second = Cache(tmp_path / "new"), Cache(tmp_path / "new")
    assert first.get("key") is None and second.get("key") is None
    release.set()
    first.put_many([("key", {"score": 1})])
    second.wait_set_up()
    assert second.get("key") == {"score": 1}
    assert threads == ["quark-cache-set-up", "quark-cache-set-up"]


def test_a_failed_set_up_of_a_new_cache_is_raised_where_the_cache_is_next_used(tmp_path, monkeypatch):
    def fails(self):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Cache, "_set_up", fails)
    cache = Cache(tmp_path / "new")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        cache.put_many([("key", {"score": 1})])


def test_answers_received_before_an_interruption_are_kept():
    """The interrupt goes out once the client has taken both quick answers (an event, not a pause), while the
    hung call is still out: only the hung call's answer may be missing from the cache."""
    records = [Record(id=i, prompt="q", response=text) for i, text in enumerate(["GOOD a", "GOOD b", "GOOD [hang]"])]
    with JudgeServer() as server:
        dimension = judge(server.url, timeout=10)
        both_taken = threading.Event()
        collect = dimension.client.collect

        def counting_collect(tasks, on_result=None):
            taken = []

            def take(index, result):
                on_result(index, result)
                taken.append(index)
                if len(taken) == 2:
                    both_taken.set()

            return collect(tasks, take)

        dimension.client.collect = counting_collect

        def interrupt_once_both_are_taken():
            if both_taken.wait(timeout=60):
                while server.calls < 3:  # the hung call reached the server: it is out when the interrupt comes
                    time.sleep(0.005)
                os.kill(os.getpid(), signal.SIGINT)

        threading.Thread(target=interrupt_once_both_are_taken, daemon=True).start()
        with pytest.raises(KeyboardInterrupt):
            dimension.score_batch(records)
    stored = sqlite3.connect(Cache().path).execute("SELECT count(*) FROM answers").fetchone()
    assert stored == (2,)


def test_the_scorer_hands_the_progress_line_the_caps_of_configured_judges_only(write, monkeypatch):
    monkeypatch.delenv("QUARK_JUDGE_BASE_URL", raising=False)
    spec = write("j.yaml", "name: j\nversion: 1\ndimensions:\n"
                           "  - {id: judged, category: expert, type: judge_score, params: {rubric: r, backend: "
                           "{base_url: 'http://127.0.0.1:9/v1', model: m, concurrency: 5}}}\n"
                           "  - {id: unconfigured, category: expert, type: judge_score, params: {rubric: r}}\n"
                           "  - {id: words, category: fundamental, type: mock_words}\n")
    limits = Scorer(load_spec(spec)).call_limits()
    assert [limit.maximum for limit in limits] == [5]


def test_the_next_batch_s_calls_fill_the_slots_the_current_batch_frees(write):
    """A sliding window across scoring batches: with batches of 4 and a cap of 8, calls of two batches are in
    flight at once; every conversation is still asked exactly once."""
    records = [Record(id=i, prompt="q", response=f"GOOD [slow] {i}") for i in range(24)]
    with JudgeServer(gather=8) as server:
        spec = write("j.yaml", "name: j\nversion: 1\ndimensions:\n"
                               "  - {id: judged, category: expert, type: judge_score, params: {rubric: r, backend: "
                               f"{{base_url: '{server.url}', model: m, api_key_env: NONE, concurrency: 8}}}}}}\n")
        scorer = Scorer(load_spec(spec))
        batches = [batch for _, batch in score_chunks(scorer, records, 4, workers=1)]
        assert server.peak == 8
        assert server.calls == 24
    assert [raw for batch in batches for raw in batch.raw[:, 0]] == [pytest.approx(8 / 9)] * 24
    assert scorer.usage()["judged"]["calls"] == 24


def test_calls_started_ahead_are_answered_from_the_cache_when_it_has_them(write):
    records = [Record(id=i, prompt="q", response=f"GOOD {i}") for i in range(12)]
    with JudgeServer() as server:
        spec = write("j.yaml", "name: j\nversion: 1\ndimensions:\n"
                               "  - {id: judged, category: expert, type: judge_score, params: {rubric: r, backend: "
                               f"{{base_url: '{server.url}', model: m, api_key_env: NONE, concurrency: 8}}}}}}\n")
        for _ in range(2):
            scorer = Scorer(load_spec(spec))
            list(score_chunks(scorer, records, 4, workers=1))
        assert server.calls == 12
    assert scorer.usage()["judged"]["cache_hits"] == 12
