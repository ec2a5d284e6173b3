"""A team's Chroma server (or a pack on it) answering JSON nested past the interpreter's limit:
json.loads raised RecursionError, not the ValueError the readers catch, and a clone's index or
search ended with a traceback instead of "the vector store failed". A few KB does it."""

from __future__ import annotations

import base64
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from postil.rag.store import ChromaReader, ChromaServer, StoreError
from postil.rag.team_wire import TeamError, pieces_of, unpack_body

DEEP = b"[" * 100_000 + b"]" * 100_000


class _Deep(BaseHTTPRequestHandler):
    def _answer(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(DEEP)))
        self.end_headers()
        self.wfile.write(DEEP)

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def deep_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Deep)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_chroma_answer_nested_too_deep_is_a_store_error(deep_server):
    reader = ChromaReader(ChromaServer(deep_server))
    try:
        with pytest.raises(StoreError, match="not JSON"):
            reader.collection("postil-chunks")
    finally:
        reader.close()


def test_a_pack_nested_too_deep_is_damaged():
    pieces = pieces_of(base64.b64encode(zlib.compress(DEEP)).decode("ascii"))
    with pytest.raises(TeamError, match="damaged"):
        unpack_body(pieces, len(DEEP) + 1)
