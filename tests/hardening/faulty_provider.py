"""A provider on 127.0.0.1 that misbehaves the way real ones do, at the socket level:
connection resets, truncated and non-JSON bodies, slow trickles, huge answers, 429
storms and 500s. Normal answers are rendered by tests/analyzers/llm/fake_provider.py."""

from __future__ import annotations

import json
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))

from fake_provider import FakeProvider, Received, Reply

FAULTS = ("reset", "truncated", "non-json", "html-500", "slow", "huge", "429", "500", "empty-200")
ENDLESS = ("endless-stream", "endless-body")  # answers that never end, sent as fast as they are read


class FaultyProvider:
    def __init__(self) -> None:
        self.faults: list[str] = []  # consumed one per request; "ok" answers normally
        self.default = "ok"
        self.answer: dict = {"findings": []}
        self.received: list[Received] = []
        self.sent = 0  # bytes of endless answers the client read (into its socket) before it hung up
        self.release = threading.Event()
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with fake._lock:
                    fake.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                    fault = fake.faults.pop(0) if fake.faults else fake.default
                fake.serve(self, fault, body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True, name="faulty-provider")

    @property
    def openai_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def ok_bytes(self, path: str, body: dict) -> bytes:
        return json.dumps(FakeProvider.render(None, path, body, Reply(payload=self.answer))).encode()

    def serve(self, h: BaseHTTPRequestHandler, fault: str, body: dict) -> None:
        def send(status: int, data: bytes, content_type: str = "application/json", length: int | None = None,
                 extra: dict | None = None) -> None:
            h.send_response(status)
            h.send_header("content-type", content_type)
            h.send_header("content-length", str(len(data) if length is None else length))
            for k, v in (extra or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(data)
            h.wfile.flush()

        if fault == "ok":
            send(200, self.ok_bytes(h.path, body))
        elif fault == "reset":  # RST instead of an answer
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.connection.close()
            h.close_connection = True
        elif fault == "truncated":  # promises more than it sends, then hangs up
            data = self.ok_bytes(h.path, body)
            send(200, data[: len(data) // 2], length=len(data))
            h.close_connection = True
            h.connection.shutdown(socket.SHUT_RDWR)
        elif fault == "non-json":
            send(200, b"<html><body>502 Bad Gateway (nginx)</body></html>", "text/html")
        elif fault == "empty-200":
            send(200, b"")
        elif fault == "html-500":
            send(500, b"<html>Internal Server Error</html>", "text/html")
        elif fault == "429":
            send(429, b'{"error": {"type": "rate_limit_error", "message": "slow down"}}', extra={"retry-after": "0"})
        elif fault == "500":
            send(500, b'{"error": {"type": "server_error", "message": "boom"}}')
        elif fault == "slow":  # headers at once, then a byte now and then, forever (until released)
            data = self.ok_bytes(h.path, body)
            h.send_response(200)
            h.send_header("content-type", "application/json")
            h.send_header("content-length", str(len(data)))
            h.end_headers()
            try:
                for i in range(len(data)):
                    h.wfile.write(data[i:i + 1])
                    h.wfile.flush()
                    if self.release.wait(0.4):
                        return
            except OSError:
                return
        elif fault == "huge":  # 40 MB of findings quoting nothing real
            item = {"existing_code": "x" * 200, "improved_code": "", "message": "m" * 200, "severity": "info",
                    "category": "style", "confidence": 0.9}
            text = json.dumps({"findings": [item] * 80_000})
            payload = FakeProvider.render(None, h.path, body, Reply(text=text))
            send(200, json.dumps(payload).encode())
        elif fault in ENDLESS:
            self.endless(h, fault)
        else:  # pragma: no cover - a typo in a test
            raise AssertionError(fault)

    def endless(self, h: BaseHTTPRequestHandler, fault: str) -> None:
        """A streamed answer of 64 KB pieces that never ends (Chat Completions chunks, or Anthropic
        text deltas on /messages), or a JSON body that never ends, written until the client hangs up."""
        anthropic = h.path.endswith("/messages")
        h.send_response(200)
        h.send_header("content-type", "text/event-stream" if fault == "endless-stream" else "application/json")
        h.end_headers()  # no length: the body ends when the connection does
        h.close_connection = True
        if fault == "endless-body":
            head, piece = b'{"choices": [{"message": {"content": "', b"y" * 65536
        elif anthropic:
            start = {"type": "message_start", "message": {"id": "m", "type": "message", "role": "assistant",
                                                           "model": "m", "content": [], "usage": {"input_tokens": 1,
                                                                                                  "output_tokens": 1}}}
            block = {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
            head = "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in (start, block)).encode()
            delta = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "y" * 65536}}
            piece = f"event: content_block_delta\ndata: {json.dumps(delta)}\n\n".encode()
        else:
            head = b""
            chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
                     "choices": [{"index": 0, "delta": {"content": "y" * 65536}}]}
            piece = f"data: {json.dumps(chunk)}\n\n".encode()
        try:
            h.wfile.write(head)
            while not self.release.is_set():
                h.wfile.write(piece)
                with self._lock:
                    self.sent += len(piece)
        except OSError:
            return

    @property
    def anthropic_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultyProvider:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def wait_until(predicate, timeout: float = 10.0) -> bool:
    """Poll a condition that has no event to wait on (thread exit), with a deadline."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        threading.Event().wait(0.02)
    return predicate()
