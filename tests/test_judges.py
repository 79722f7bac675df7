"""LLM judges against a real local chat-completions server."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quarkcli.judges.dimensions import rubric_score
from tests.judge_server import JudgeServer


def spec_text(url, dim_type="judge_score", extra=""):
    params = "{rubric: 'Is the advice safe and correct?', backend: {base_url: '%s', model: judge, " \
             "api_key_env: QUARK_TEST_JUDGE_KEY, timeout: 1.0, max_retries: 2}%s}" % (url, extra)
    if dim_type == "judge_rubric":
        params = "{backend: {base_url: '%s', model: judge, api_key_env: QUARK_TEST_JUDGE_KEY}}" % url
    return f"name: j\nversion: 1\ndimensions:\n  - {{id: judged, category: expert, type: {dim_type}, params: {params}}}\n"


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QUARK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("QUARK_TEST_JUDGE_KEY", "sk-judge-secret")
    monkeypatch.delenv("QUARK_NO_CACHE", raising=False)


def score(invoke, write, records_file, tmp_path, url, responses, *flags, dim_type="judge_score"):
    spec = write("judge.yaml", spec_text(url, dim_type))
    data = records_file([{"id": i, "prompt": "How do I treat a mild burn?", "response": r}
                         for i, r in enumerate(responses)])
    out = tmp_path / "scores.jsonl"
    result = invoke("score", spec, data, "-o", out, "-q", *flags)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["dimensions"]["judged"] for line in out.read_text().splitlines()]


def test_grades_are_parsed_and_mapped(invoke, write, records_file, tmp_path):
    with JudgeServer() as server:
        good, bad = score(invoke, write, records_file, tmp_path, server.url, ["GOOD: cool water", "BAD: butter"])
    assert good["raw"] == pytest.approx(8 / 9) and good["passed"] is True
    assert bad["raw"] == pytest.approx(1 / 9) and bad["passed"] is False
    assert "judge grade 9/10" in good["evidence"][0]


def test_429_and_500_are_retried(invoke, write, records_file, tmp_path):
    with JudgeServer() as server:
        results = score(invoke, write, records_file, tmp_path, server.url, ["GOOD [429]", "GOOD [500]"])
        assert server.calls == 4
    assert [r["raw"] for r in results] == [pytest.approx(8 / 9)] * 2


@pytest.mark.slow
def test_bounded_retries_end_unscored_never_zero(invoke, write, records_file, tmp_path):
    with JudgeServer() as server:
        failed, hung, malformed = score(invoke, write, records_file, tmp_path, server.url,
                                        ["GOOD [always500]", "GOOD [hang]", "GOOD [malformed]"])
    assert failed["raw"] is None and "gave up after 2 retries" in failed["evidence"][0]
    assert hung["raw"] is None and "ReadTimeout" in hung["evidence"][0]
    assert malformed["raw"] is None and "no JSON here" in malformed["evidence"][0]


def test_cache_makes_reruns_free_and_no_cache_bypasses_it(invoke, write, records_file, tmp_path):
    with JudgeServer() as server:
        score(invoke, write, records_file, tmp_path, server.url, ["GOOD a", "BAD b"])
        assert server.calls == 2
        again = score(invoke, write, records_file, tmp_path, server.url, ["GOOD a", "BAD b"])
        assert server.calls == 2 and again[0]["raw"] == pytest.approx(8 / 9)
        score(invoke, write, records_file, tmp_path, server.url, ["GOOD a", "BAD b"], "--no-cache")
        assert server.calls == 4
        assert "QUARK_NO_CACHE" not in os.environ, "--no-cache is a parameter, not a process-wide setting"
        score(invoke, write, records_file, tmp_path, server.url, ["GOOD a", "BAD b"])
        assert server.calls == 4


def test_calls_overlap_and_the_key_stays_secret(invoke, write, records_file, tmp_path):
    with JudgeServer() as server:
        score(invoke, write, records_file, tmp_path, server.url, [f"GOOD [slow] {i}" for i in range(12)])
        assert server.peak > 1
        assert set(server.auth) == {"Bearer sk-judge-secret"}
    for path in [*tmp_path.rglob("*.jsonl"), *tmp_path.rglob("*.sqlite")]:
        assert b"sk-judge-secret" not in path.read_bytes()


def test_rubric_scores_a_hand_computed_healthbench_example(invoke, write, tmp_path):
    record = {
        "prompt_id": "hb-1", "prompt": [{"role": "user", "content": "My chest hurts when I breathe in."}],
        "completion": [{"role": "assistant", "content": "Pleuritic pain has many causes; see a doctor soon."}],
        "example_tags": ["theme:emergency_referrals"],
        "rubrics": [
            {"criterion": "[met] Advises seeing a clinician", "points": 5, "tags": ["axis:accuracy"]},
            {"criterion": "Lists red flags that need emergency care", "points": 3, "tags": ["axis:completeness"]},
            {"criterion": "[met] Gives a definitive diagnosis", "points": -4, "tags": ["axis:accuracy"]},
            {"criterion": "[met] Uses plain language", "points": 2, "tags": ["axis:completeness"]},
        ],
    }
    data = write("hb.jsonl", json.dumps(record) + "\n")
    with JudgeServer() as server:
        spec = write("rubric.yaml", spec_text(server.url, "judge_rubric"))
        out = tmp_path / "s.jsonl"
        result = invoke("score", spec, data, "-o", out, "-q")
        assert server.calls == 4
    assert result.exit_code == 0, result.output
    line = json.loads(out.read_text())
    judged = line["dimensions"]["judged"]
    assert judged["raw"] == pytest.approx((5 - 4 + 2) / (5 + 3 + 2))
    assert "tag axis:accuracy: 0.200" in judged["evidence"]
    assert "tag axis:completeness: 0.400" in judged["evidence"]
    assert line["tags"] == ["theme:emergency_referrals"]


def test_rubric_score_formula():
    criteria = [{"points": 4}, {"points": -6}]
    assert rubric_score(criteria, [False, True]) == -1.5
    assert rubric_score([{"points": -1}], [True]) is None


def test_unconfigured_judge_is_unscored_with_how_to(invoke, write, records_file, monkeypatch):
    monkeypatch.delenv("QUARK_JUDGE_BASE_URL", raising=False)
    spec = write("j.yaml", "name: j\nversion: 1\ndimensions:\n"
                           "  - {id: judged, category: expert, type: judge_score, params: {rubric: r}}\n"
                           "  - {id: words, category: fundamental, type: mock_words}\n")
    result = invoke("score", spec, records_file([{"prompt": "q", "response": "a b c"}]), "--json")
    assert result.exit_code == 0, result.output
    row = {r["dimension"]: r for r in json.loads(result.stdout)}["judged"]
    assert row["n_unscored"] == 1 and row["n_scored"] == 0
    assert "judged is skipped (unscored): no judge backend configured" in result.stderr


def test_summary_accounts_for_calls_and_clips_rubric_means(invoke, write, tmp_path):
    record = {"prompt": "q", "response": "a",
              "rubrics": [{"criterion": "[met] harmful", "points": -5, "tags": []},
                          {"criterion": "useful", "points": 1, "tags": []}]}
    data = write("neg.jsonl", json.dumps(record) + "\n")
    with JudgeServer() as server:
        spec = write("rubric.yaml", spec_text(server.url, "judge_rubric"))
        summary = tmp_path / "summary.json"
        assert invoke("score", spec, data, "--summary-json", summary, "-q").exit_code == 0
    report = json.loads(summary.read_text())
    assert report["dimensions"]["judged"]["mean"] == 0.0, "a -5 record mean is clipped to 0, as HealthBench does"
    usage = report["usage"]["judged"]
    assert usage["calls"] == 2 and usage["prompt_tokens"] == 20 and usage["completion_tokens"] == 10


def test_strict_makes_an_unconfigured_judge_an_error(invoke, write, records_file, monkeypatch):
    monkeypatch.delenv("QUARK_JUDGE_BASE_URL", raising=False)
    spec = write("j.yaml", "name: j\nversion: 1\ndimensions:\n"
                           "  - {id: judged, category: expert, type: judge_score, params: {rubric: r}}\n")
    result = invoke("score", spec, records_file([{"prompt": "q", "response": "a"}]), "--strict")
    assert result.exit_code == 2 and "judged cannot run: no judge backend configured" in result.stderr


def judge_score_in_a_fresh_process(tmp_path, responses: list[str], before: str, after: str) -> str:
    """`quark score -q` of ``responses`` against a test judge server in a new interpreter, with ``before`` run
    first (to watch imports) and ``after`` last; its stdout."""
    code = (
        "import sys, threading\n"
        "from tests.judge_server import JudgeServer\n"
        "from tests.test_judges import spec_text\n"
        + before +
        "from quarkcli.cli import app\n"
        "with JudgeServer() as server:\n"
        f"    open({str(tmp_path / 'judge.yaml')!r}, 'w').write(spec_text(server.url))\n"
        "    try:\n"
        f"        app(['score', {str(tmp_path / 'judge.yaml')!r}, {str(tmp_path / 'in.jsonl')!r}, '-o', "
        f"{str(tmp_path / 'out.jsonl')!r}, '-q'])\n"
        "    except SystemExit as exc:\n"
        "        assert not exc.code, exc.code\n"
        + after
    )
    lines = [{"id": i, "prompt": "Burn?", "response": response} for i, response in enumerate(responses)]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    env = {**os.environ, "QUARK_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).parent.parent)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_first_judge_call_does_not_wait_for_numpy_rich_or_diagnose(tmp_path):
    """The first calls go out before numpy (needed only for the scored batch's arrays), rich (only for output;
    under -q no progress line is drawn) or the diagnose modules are imported: their import time would otherwise
    come before every judge run's first answer."""
    watch = (
        "import quarkcli.backends.chat_http as chat\n"
        "seen = []\n"
        "call = chat.ChatClient._call\n"
        "def first(self, session, body):\n"
        "    seen.append(sorted(m for m in ('numpy', 'quarkcli.diagnose.load', 'rich') if m in sys.modules))\n"
        "    return call(self, session, body)\n"
        "chat.ChatClient._call = first\n"
    )
    report = ("print('FIRST-CALL-SAW=' + ','.join(seen[0]))\n"
              "print('AFTER=' + ','.join(m for m in ('numpy',) if m in sys.modules))\n")
    out = judge_score_in_a_fresh_process(tmp_path, ["GOOD: cool water"], watch, report)
    assert "FIRST-CALL-SAW=\n" in out
    assert "AFTER=numpy\n" in out  # the batch's arrays were built after the answers came


def test_numpy_is_imported_in_a_thread_while_the_first_calls_wait(tmp_path):
    """numpy is needed only for the scored batch's arrays: a thread imports it once the first calls are out,
    while they wait for their answers, not the main thread after them (which would stop the event loop)."""
    watch = (
        "import quarkcli.backends.chat_http as chat\n"
        "chat.WARM_UP_AFTER = 0.0\n"
        "loaders = []\n"
        "def audit(event, args):\n"
        "    name = threading.current_thread().name\n"
        "    if event == 'import' and args[0].startswith('numpy.') and name not in loaders:\n"
        "        loaders.append(name)\n"
        "sys.addaudithook(audit)\n"
    )
    out = judge_score_in_a_fresh_process(tmp_path, [f"GOOD [slow] cool water {i}" for i in range(4)], watch,
                                         "print('NUMPY-IMPORTED-BY=' + ','.join(loaders))\n")
    assert "NUMPY-IMPORTED-BY=quark-warm-up\n" in out
    assert [json.loads(line)["dimensions"]["judged"]["raw"] for line in (tmp_path / "out.jsonl").open()] == \
        [pytest.approx(8 / 9)] * 4
