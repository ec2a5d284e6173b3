"""Asking an OpenAI-compatible server for its context window (llama.cpp's /props, vLLM's
/v1/models, Ollama's /api/show) before a review: the server is untrusted. JSON nested 200,000
deep was a RecursionError that ended `postil review` with a traceback (its rule findings lost);
an answer without end was read until memory ran out (4 GB in 63 s). Both are now "no window
reported": the review goes on."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from postil.analyzers.llm.context_window import server_window

pytestmark = pytest.mark.slow  # the hardening suite: servers, hostile inputs

ENOUGH = 64 << 20  # what the server sends of an answer without end before it gives up by itself


class Describing:
    """Answers every GET (and POST) with ``pieces()``; keeps the most bytes one answer sent."""

    def __init__(self, pieces) -> None:
        self.most = 0  # bytes of one answer the client read, or its socket held, before it hung up
        self.asked: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def answer(self):
                server.asked.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()  # no length: the body ends with the connection
                self.close_connection = True
                sent = 0
                try:
                    for piece in pieces():
                        self.wfile.write(piece)
                        sent += len(piece)
                        server.most = max(server.most, sent)
                        if sent > ENOUGH:
                            return
                except OSError:
                    pass

            do_GET = do_POST = answer

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _endless():
    yield b'{"n_ctx": 8192, "note": "'
    while True:
        yield b"z" * 65536


@pytest.mark.parametrize("pieces", [lambda: iter([b"[" * 200_000 + b"]" * 200_000]), _endless],
                         ids=["nested 200,000 deep", "without end"])
def test_a_hostile_description_reports_no_window_and_is_not_read_for_ever(pieces):
    server = Describing(pieces)
    try:
        assert server_window(server.url, "m", timeout=10.0) is None
    finally:
        server.stop()
    assert server.asked[:2] == ["/props", "/v1/models"]
    assert server.most < 16 << 20, f"{server.most:,} bytes of one answer"


def test_a_plain_description_still_gives_the_window():
    server = Describing(lambda: iter([b'{"default_generation_settings": {"n_ctx": 8192}}']))
    try:
        assert server_window(server.url, "m") == 8192
    finally:
        server.stop()
