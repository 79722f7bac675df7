"""A real chat-completions server on 127.0.0.1 for judge tests, steered by markers in the judged text.

Markers: [429] (first call 429 + Retry-After), [500] (first call 500), [always500],
[hang] (sleeps past the client timeout), [slow] (50 ms), [malformed] (no JSON),
[echo401] (401 echoing the Authorization header, as some gateways do).
``JudgeServer(throttle=N)`` answers the first N calls 429 (Retry-After: 0), as an
overloaded server does; ``JudgeServer(gather=N)`` holds the first N calls until all N are
in flight (or 5 s pass), so a test of how many calls a client keeps in flight does not
depend on how fast a loaded machine schedules them; ``arrivals`` holds the calls in
flight as each one arrived.
A response containing GOOD grades 9, otherwise 2; a rubric criterion containing
[met] is met.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class JudgeServer:
    def __init__(self, throttle: int = 0, gather: int = 0):
        self.throttle = throttle
        self.gather = gather
        self.arrivals = []
        self.calls = 0
        self.in_flight = 0
        self.peak = 0
        self.auth = []
        self.seen = set()
        self.lock = threading.Lock()
        self.gathered = threading.Condition(self.lock)
        handler = self._handler()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.httpd.server_port}/v1"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                return

            def _send(self, status, body=b"", headers=()):
                self.send_response(status)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                try:
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up on a [hang] call or was interrupted, as real clients do

            def do_POST(self):
                payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                text = payload["messages"][-1]["content"]
                with server.lock:
                    server.calls += 1
                    server.in_flight += 1
                    server.peak = max(server.peak, server.in_flight)
                    server.arrivals.append(server.in_flight)
                    throttled = server.calls <= server.throttle
                    server.auth.append(self.headers.get("Authorization"))
                    first = text not in server.seen
                    server.seen.add(text)
                    if server.calls <= server.gather:
                        server.gathered.notify_all()
                        server.gathered.wait_for(lambda: server.calls >= server.gather, timeout=5.0)
                try:
                    if throttled:
                        return self._send(429, b"too many requests", [("Retry-After", "0")])
                    self._answer(text, first)
                finally:
                    with server.lock:
                        server.in_flight -= 1

            def _answer(self, text, first):
                if "[hang]" in text:
                    time.sleep(3.0)
                if "[slow]" in text:
                    time.sleep(0.05)
                if "[echo401]" in text:
                    return self._send(401, f"invalid key in {self.headers.get('Authorization')}".encode())
                if "[always500]" in text or ("[500]" in text and first):
                    return self._send(500, b"upstream error")
                if "[429]" in text and first:
                    return self._send(429, b"slow down", [("Retry-After", "0")])
                if "[malformed]" in text:
                    content = "I think it is fine, no JSON here."
                elif "Criterion:" in text:
                    criterion = text.split("Criterion:", 1)[1]
                    content = json.dumps({"criteria_met": "[met]" in criterion, "explanation": "checked"})
                else:
                    answer = text.split("Answer to grade:", 1)[1]
                    grade = 9 if "GOOD" in answer else 2
                    content = "```json\n" + json.dumps({"score": grade, "explanation": "graded"}) + "\n```"
                body = json.dumps({"choices": [{"message": {"content": content}}],
                                   "usage": {"prompt_tokens": 10, "completion_tokens": 5}}).encode()
                self._send(200, body, [("Content-Type", "application/json")])

        return Handler
