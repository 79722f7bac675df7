"""Judge throughput against a local chat-completions server with a fixed artificial latency.

The server runs in a separate process. Reports achieved calls/s against the ideal (concurrency / latency) at several
concurrency levels, and the records/s of a fully cached re-run of judge_score.

Usage: python benchmarks/judge_throughput.py [--latency 0.1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def serve(latency: float, port_queue=None) -> ThreadingHTTPServer:
    body = json.dumps({"choices": [{"message": {"content": '{"score": 8, "explanation": "ok"}'}}]}).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self):
            super().setup()
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, *args):
            return

        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            time.sleep(latency)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    ThreadingHTTPServer.request_queue_size = 256
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if port_queue is not None:
        port_queue.put(server.server_port)
        server.serve_forever()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve_in_process(latency: float):
    """The server in its own process, so it does not share the client's interpreter lock."""
    import multiprocessing

    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=serve, args=(latency, queue), daemon=True)
    process.start()
    return process, queue.get(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.1)
    args = parser.parse_args()
    from quarkcli.backends.chat_http import ChatClient, ChatSettings

    process, port = serve_in_process(args.latency)
    url = f"http://127.0.0.1:{port}/v1"
    print(f"# judge throughput: local server, {args.latency * 1000:.0f} ms per call")
    for concurrency in (1, 8, 32, 64):
        calls = max(16, concurrency * 16)
        client = ChatClient(ChatSettings(base_url=url, model="m", concurrency=concurrency))
        payloads = [client.payload([{"role": "user", "content": f"q{i}"}]) for i in range(calls)]
        start = time.perf_counter()
        asyncio.run(client.complete_many(payloads))
        rate = calls / (time.perf_counter() - start)
        ideal = concurrency / args.latency
        print(f"concurrency {concurrency:>2}: {rate:7.1f} calls/s, ideal {ideal:6.1f}, {rate / ideal:.2f} of ideal")

    from quarkcli.dimensions import Record
    from quarkcli.judges.dimensions import JudgeScore

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QUARK_CACHE_DIR"] = tmp
        params = {"rubric": "r", "backend": {"base_url": url, "model": "m", "concurrency": 64}}
        records = [Record(id=i, prompt="q", response=f"answer {i}") for i in range(2000)]
        JudgeScore(params).score_batch(records)
        judge = JudgeScore(params)
        start = time.perf_counter()
        judge.score_batch(records)
        elapsed = time.perf_counter() - start
        assert judge.client.usage.calls == 0
        print(f"fully cached re-run: {len(records) / elapsed:,.0f} records/s ({len(records)} records, 0 calls)")
    process.terminate()


if __name__ == "__main__":
    main()
