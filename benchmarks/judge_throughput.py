"""Judge throughput end to end: `quark score` with a judge_score dimension against a local fake server.

The server runs in its own process and answers every call after a fixed latency. 1,024 items at 32 calls in
flight take ideally items × latency / concurrency; each run is reported as a ratio to that ideal:

- the HTTP client alone (in process, no cache, no start-up);
- `quark score` end to end in a fresh process (start-up, reading, scoring, the SQLite cache on disk, writing),
  on an idle disk and while a background process writes heavily and fsyncs on the same filesystem;
- a fully cached re-run end to end (no calls: the floor that start-up and cache reads set).

Usage: python benchmarks/judge_throughput.py [--items 1024] [--concurrency 32] [--latency 0.2] [--dir DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WRITE_BLOCK = 4 << 20
WRITE_SPAN = 256 << 20
GOAL = 0.9


def serve(latency: float, port_queue, calls, first_call, last_answer) -> None:
    """A chat-completions server whose every answer takes ``latency``; counts calls, stamps the first call and the
    last answer."""
    body = json.dumps({"choices": [{"message": {"content": '{"score": 8, "explanation": "ok"}'}}]}).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self):
            super().setup()
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, *args):
            return

        def do_POST(self):
            with calls.get_lock():
                calls.value += 1
                if not first_call.value:
                    first_call.value = time.time()
            self.rfile.read(int(self.headers["Content-Length"]))
            time.sleep(latency)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            with calls.get_lock():
                last_answer.value = time.time()

    ThreadingHTTPServer.request_queue_size = 256
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_queue.put(server.server_port)
    server.serve_forever()


def write_heavily(folder: str, stop, written, cpu) -> None:
    """The busy disk: 4 MB writes, each followed by an fsync, over a 256 MB file on the benchmark's filesystem."""
    block = os.urandom(WRITE_BLOCK)
    fd = os.open(os.path.join(folder, "busy-disk.bin"), os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while not stop.is_set():
            if os.lseek(fd, 0, os.SEEK_CUR) >= WRITE_SPAN:
                os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, block)
            os.fsync(fd)
            written.value += 1
            cpu.value = time.process_time()
    finally:
        os.close(fd)


class BusyDisk:
    """Runs write_heavily in another process for the duration of a ``with`` block; str() reports what it did."""

    def __init__(self, folder: str):
        self.stop, self.written, self.cpu = multiprocessing.Event(), multiprocessing.Value("i", 0), \
            multiprocessing.Value("d", 0.0)
        self.process = multiprocessing.Process(target=write_heavily, args=(folder, self.stop, self.written, self.cpu),
                                               daemon=True)

    def __enter__(self):
        self.process.start()
        time.sleep(1.0)  # let the writer fill the page cache and the device queue first
        self.before, self.cpu_before, self.start = self.written.value, self.cpu.value, time.perf_counter()
        return self

    def __exit__(self, *exc):
        span = time.perf_counter() - self.start
        self.rate = (self.written.value - self.before) * WRITE_BLOCK / (1 << 20) / span
        self.share = (self.cpu.value - self.cpu_before) / span
        self.stop.set()
        self.process.join(timeout=60)

    def __str__(self) -> str:
        return f"{self.rate:.0f} MB/s, an fsync per 4 MB, {self.share:.0%} of a core"


class Server:
    def __init__(self, latency: float):
        self.calls = multiprocessing.Value("i", 0)
        self.first_call = multiprocessing.Value("d", 0.0)
        self.last_answer = multiprocessing.Value("d", 0.0)
        ports = multiprocessing.Queue()
        self.process = multiprocessing.Process(target=serve, args=(latency, ports, self.calls, self.first_call, self.last_answer),
                                               daemon=True)
        self.process.start()
        self.url = f"http://127.0.0.1:{ports.get(timeout=30)}/v1"

    def reset(self) -> None:
        self.calls.value, self.first_call.value, self.last_answer.value = 0, 0.0, 0.0


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({model}), Python {platform.python_version()}"


def client_alone(server: Server, items: int, concurrency: int) -> float:
    from quarkcli.backends.chat_http import ChatClient, ChatSettings

    client = ChatClient(ChatSettings(base_url=server.url, model="m", api_key_env=None, concurrency=concurrency))
    payloads = [client.payload([{"role": "user", "content": f"q{i}"}]) for i in range(items)]
    server.reset()
    start = time.perf_counter()
    asyncio.run(client.complete_many(payloads))
    return time.perf_counter() - start


def end_to_end(server: Server, work: Path, cache: Path) -> tuple[float, float | None, float | None, int]:
    """Seconds for the whole `quark score` process, from its start to the first call, from the last answer to its
    exit, and the calls made."""
    env = {**os.environ, "QUARK_CACHE_DIR": str(cache)}
    env.pop("QUARK_NO_CACHE", None)
    command = [sys.executable, "-m", "quarkcli", "score", str(work / "spec.yaml"), str(work / "items.jsonl"),
               "-o", str(work / "scores.jsonl"), "-q"]
    server.reset()
    started, start = time.time(), time.perf_counter()
    subprocess.run(command, env=env, check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    with open(work / "scores.jsonl") as scored:
        assert all(json.loads(line)["dimensions"]["judged"]["raw"] is not None for line in scored)
    first = server.first_call.value - started if server.first_call.value else None
    tail = started + elapsed - server.last_answer.value if server.last_answer.value else None
    return elapsed, first, tail, server.calls.value


def prepare(work: Path, url: str, items: int, concurrency: int) -> None:
    backend = {"base_url": url, "model": "m", "api_key_env": "QUARK_BENCH_NO_KEY", "concurrency": concurrency}
    params = {"rubric": "Is the advice safe?", "backend": backend}
    (work / "spec.yaml").write_text("name: judge-bench\nversion: 1\ndimensions:\n"
                                    f"  - {{id: judged, category: expert, type: judge_score, params: {json.dumps(params)}}}\n")
    with open(work / "items.jsonl", "w") as out:
        for i in range(items):
            out.write(json.dumps({"id": i, "prompt": f"Question {i}: how do I treat a mild burn?",
                                  "response": f"Cool it under running water ({i})."}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1024)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--dir", type=Path, default=REPO / "benchmarks" / "out",
                        help="where the cache and the busy-disk file go (not a tmpfs)")
    args = parser.parse_args()
    args.dir = args.dir.resolve()
    args.dir.mkdir(parents=True, exist_ok=True)
    ideal = args.items * args.latency / args.concurrency
    server = Server(args.latency)
    print(f"# judge throughput: {args.items:,} items, concurrency {args.concurrency}, local server answering after "
          f"{args.latency * 1000:.0f} ms; ideal {ideal:.2f} s")
    print(f"# machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the start; files in {args.dir}")

    def report(label: str, elapsed: float, first: float | None = None, tail: float | None = None,
               extra: str = "") -> None:
        line = f"{label:<34} {elapsed:6.2f} s, {ideal / elapsed:.2f} of ideal"
        if first is not None:
            line += (f" ({first:.2f} s to the first call, {tail:.2f} s from the last answer to the exit; "
                     f"calls {ideal / (elapsed - first - tail):.2f} of ideal)")
        print(line + extra)

    report("client alone (in process)", client_alone(server, args.items, args.concurrency))
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        prepare(work, server.url, args.items, args.concurrency)
        elapsed, first, tail, calls = end_to_end(server, work, work / "cache-idle")
        assert calls == args.items, f"{calls} calls for {args.items} items"
        report("quark score end to end, idle disk", elapsed, first, tail)
        ratios = [ideal / elapsed]

        with BusyDisk(tmp) as busy:
            elapsed, first, tail, calls = end_to_end(server, work, work / "cache-busy")
        assert calls == args.items, f"{calls} calls for {args.items} items"
        report("quark score end to end, busy disk", elapsed, first, tail, f"; background writer: {busy}")
        ratios.append(ideal / elapsed)

        elapsed, _, _, calls = end_to_end(server, work, work / "cache-idle")
        assert calls == 0, f"a fully cached re-run made {calls} calls"
        print(f"{'fully cached re-run end to end':<34} {elapsed:6.2f} s, 0 calls "
              f"({args.items / elapsed:,.0f} items/s including start-up)")
    verdict = "met" if min(ratios) >= GOAL else "MISSED"
    print(f"goal: end to end >= {GOAL} of ideal on idle and busy disk: {verdict} "
          f"({' / '.join(f'{r:.2f}' for r in ratios)})")
    server.process.terminate()


if __name__ == "__main__":
    main()
