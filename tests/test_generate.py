"""`quark generate`, automatic reference calibration, and one round of the loop."""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import EXAMPLES, MEDICAL_SPEC, ROOT

pytest.importorskip("trl", reason="training extras not installed: pip install 'quark-align[train]'")


@pytest.fixture
def prompts(tmp_path):
    path = tmp_path / "prompts.jsonl"
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()[:6]]
    path.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "response"}) + "\n" for r in rows))
    return path


def read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_generate_with_the_tiny_model(invoke, prompts, tmp_path):
    out = tmp_path / "responses.jsonl"
    result = invoke("generate", "--model", "tiny", "--data", prompts, "-o", out, "--num-samples", "2",
                    "--max-new-tokens", "8")
    assert result.exit_code == 0, result.output
    rows = read(out)
    assert len(rows) == 12
    first = rows[0]
    assert first["id"] == "ex-001" and first["tags"] == ["red_flag", "cardiac"] and first["model"] == "tiny"
    assert [r["sample_index"] for r in rows[:2]] == [0, 1]
    assert first["metadata"]["generation"]["max_new_tokens"] == 8
    scored = invoke("score", MEDICAL_SPEC, out, "-q")
    assert scored.exit_code == 0, scored.output


@pytest.mark.slow
def test_resume_after_an_interrupted_run_writes_no_duplicates(invoke, prompts, tmp_path):
    out = tmp_path / "responses.jsonl"
    assert invoke("generate", "--model", "tiny", "--data", prompts, "-o", out, "--max-new-tokens", "4").exit_code == 0
    complete = out.read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join(complete[:3]) + "\n" + complete[3][:25], encoding="utf-8")
    result = invoke("generate", "--model", "tiny", "--data", prompts, "-o", out, "--max-new-tokens", "4")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"output": str(out), "written": 3,
                                                                   "already_present": 3}
    rows = read(out)
    assert [r["id"] for r in rows] == [f"ex-00{i}" for i in range(1, 7)]


class ChatServer(BaseHTTPRequestHandler):
    """A local chat-completions server: the first request gets 429 with Retry-After, then it answers."""

    calls = 0
    seen_auth = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        ChatServer.calls += 1
        ChatServer.seen_auth.append(self.headers.get("Authorization"))
        if ChatServer.calls == 1:
            self.send_response(429)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        question = body["messages"][-1]["content"]
        payload = {"choices": [{"message": {"content": f"Please call 911 if unsure. ({question[:10]})"}}
                               for _ in range(body.get("n", 1))],
                   "usage": {"prompt_tokens": 5, "completion_tokens": 7}}
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        return


def test_generate_against_a_local_chat_completions_server(invoke, prompts, tmp_path, monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), ChatServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("QUARK_TEST_KEY", "sk-secret-123")
    out = tmp_path / "served.jsonl"
    try:
        result = invoke("generate", "--model", "served-model", "--backend", "openai", "--data", prompts, "-o", out,
                        "--base-url", f"http://127.0.0.1:{server.server_port}/v1", "--api-key-env", "QUARK_TEST_KEY",
                        "--concurrency", "2", "--num-samples", "2")
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    rows = read(out)
    assert len(rows) == 12 and rows[0]["response"].startswith("Please call 911")
    assert ChatServer.calls == 7, "one 429 retried, then one request per prompt"
    assert set(ChatServer.seen_auth) == {"Bearer sk-secret-123"}
    assert "sk-secret-123" not in out.read_text()


def test_unreachable_server_is_a_clear_error(invoke, prompts, tmp_path):
    result = invoke("generate", "--model", "m", "--backend", "openai", "--data", prompts, "-o", tmp_path / "o.jsonl",
                    "--base-url", "http://127.0.0.1:9/v1", "--max-retries", "1", "--timeout", "2")
    assert result.exit_code == 2
    assert "gave up after 1 retries" in result.stderr and "Traceback" not in result.output


def test_vllm_backend_skips_cleanly_without_vllm_or_gpu(invoke, prompts, tmp_path):
    result = invoke("generate", "--model", "tiny", "--backend", "vllm", "--data", prompts, "-o", tmp_path / "o.jsonl")
    assert result.exit_code == 2 and "vllm" in result.stderr


@pytest.mark.train
def test_automatic_calibration_matches_quark_calibrate(invoke, prompts, tmp_path):
    out = tmp_path / "run"
    result = invoke("train", MEDICAL_SPEC, "--data", prompts, "--model", "tiny", "--output-dir", out,
                    "--max-steps", "1", "--calibration-size", "6")
    assert result.exit_code == 0, result.output
    assert "reference calibrated on 6 samples of the initial policy" in result.stderr
    again = tmp_path / "again.json"
    assert invoke("calibrate", MEDICAL_SPEC, out / "calibration_samples.jsonl", "-o", again, "-q").exit_code == 0
    auto = json.loads((out / "reference.json").read_text())["dimensions"]
    manual = json.loads(again.read_text())["dimensions"]
    for dim, stats in auto.items():
        for key in ("n", "n_unscored", "mean", "std", "min", "max", "quantiles", "grid", "pass_rate"):
            assert stats[key] == manual[dim][key], (dim, key)
    engine = json.loads((out / "quark_engine.json").read_text())
    assert engine["reference"]["checksum"] == json.loads((out / "reference.json").read_text())["checksum"]


@pytest.mark.train
def test_one_round_of_the_loop(tmp_path):
    env = {**os.environ, "QUARK": f"{sys.executable} -m quarkcli", "STEPS": "2", "SAMPLES": "1",
           "PROMPTS": str(tmp_path / "prompts.jsonl")}
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()[:12]]
    (tmp_path / "prompts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "loop"
    result = subprocess.run(["bash", str(ROOT / "examples" / "loop.sh"), str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    diagnosis = json.loads((out / "diagnosis.json").read_text())
    assert diagnosis["comparison"]["n_matched"] == 12
    assert (out / "report.html").exists() and (out / "weights.yaml").exists()
