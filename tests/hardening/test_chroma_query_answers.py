"""A team's Chroma server answering a similar-code query with ids that are not strings (objects,
lists, numbers) or with more hits than were asked: the reader passed them on, and the catalog's
lookup of them raised (an unhashable id, an SQLite binding error) or ran for every one of a
million ids. Now such an answer is a StoreError, as any other answer that is not the API's."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from postil.rag.store import ChromaReader, ChromaServer, StoreError

ANSWERS = {
    "object ids": {"ids": [[{"a": 1}, [1], 5]], "distances": [[0.1, 0.2, 0.3]]},
    "string distances": {"ids": [["a", "b"]], "distances": [["near", None]]},
    "more hits than asked": {"ids": [[f"c{i}" for i in range(50_000)]], "distances": [[0.5] * 50_000]},
}


def _server(answer: dict):
    class Answering(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Answering)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _query(answer: dict, n: int = 30):
    server = _server(answer)
    reader = ChromaReader(ChromaServer(f"http://127.0.0.1:{server.server_address[1]}"))
    reader._scope = "/tenants/t/databases/d"  # (the scope's own answers are another test's)
    try:
        return reader.query("chunks-id", [0.1, 0.2], n)
    finally:
        reader.close()
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("name", ANSWERS)
def test_a_query_answer_of_the_wrong_shape_is_a_store_error(name):
    with pytest.raises(StoreError, match="not what Chroma's API returns"):
        _query(ANSWERS[name])


def test_a_good_answer_is_returned_as_it_was():
    assert _query({"ids": [["a", "b"]], "distances": [[0.25, 1]]}) == [("a", 0.25), ("b", 1)]
