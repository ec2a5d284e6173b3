"""An embeddings server's bad answers: `postil index` and `postil search` say in one line that
the server's answer is unusable and exit 2, store nothing and print no traceback.

The server (``[index] embeddings = "openai-compatible"``) answers HTTP 200 with JSON in the
OpenAI shape but the wrong content: vectors of two dimensions in one answer, strings,
NaN, one ``index`` twice (the vectors land on the wrong chunks), 200,000 numbers per
vector, more or fewer vectors than texts. On the old code the first two were a traceback
(exit 1), the repeated index and the huge vectors were stored and reported as success, the
rest were blamed on the vector store; a body without end was read until memory ran out. A server that later answers another dimension (a new
model under the old name) made `postil search` a traceback.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # servers and the CLI in subprocesses


def _vector(i: int, width: int = 8) -> list[float]:
    return [((i + j) % 7) / 7 + 0.1 for j in range(width)]


def _rows(vectors: list) -> list[dict]:
    return [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]


ANSWERS = {
    "good": lambda n: _rows([_vector(i) for i in range(n)]),
    "two dimensions": lambda n: _rows([_vector(i, 8 if i % 2 else 5) for i in range(n)]),
    "strings": lambda n: _rows(["AAAAAAAA"] * n),
    "NaN": lambda n: _rows([[float("nan")] * 8] * n),
    "an index twice": lambda n: [{"object": "embedding", "index": 0, "embedding": _vector(i)} for i in range(n)],
    "200,000 numbers": lambda n: _rows([[0.5] * 200_000] * n),
    "more vectors": lambda n: _rows([_vector(i) for i in range(3 * n)]),
    "fewer vectors": lambda n: _rows([_vector(i) for i in range(n - 1)]),
    "another dimension": lambda n: _rows([_vector(i, 5) for i in range(n)]),
}
BODIES = {  # answers that are not even the OpenAI shape
    "JSON nested 100,000 deep": lambda: iter([b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"]),
    "a body without end": lambda: iter(lambda: b'{"data": [' + b"0.5, " * 20_000, None),
}


class EmbeddingServer:
    def __init__(self) -> None:
        self.answer = "good"
        self.asked = 0
        self.sent = 0  # bytes of bodies the client read (into its socket) before it hung up
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.asked += 1
                if server.answer in BODIES:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()  # no length: the body ends with the connection
                    self.close_connection = True
                    try:
                        for piece in BODIES[server.answer]():
                            self.wfile.write(piece)
                            server.sent += len(piece)
                    except OSError:
                        pass
                    return
                payload = json.dumps({"object": "list", "data": ANSWERS[server.answer](len(body["input"])),
                                      "model": body["model"], "usage": {"prompt_tokens": 1, "total_tokens": 1}})
                data = payload.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def server():
    found = EmbeddingServer()
    yield found
    found.httpd.shutdown()
    found.httpd.server_close()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    for i in range(5):
        (tmp_path / f"m{i}.py").write_text(f"def total_{i}(items):\n    return sum(items) + {i}\n")
    return tmp_path


def _backend(server: EmbeddingServer) -> list[str]:
    return ["--embeddings", "openai-compatible", "--model", "m", "--base-url", server.url]


def _one_line_naming_the_server(run, server: EmbeddingServer) -> str:
    assert run.code == 2, (run.code, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("postil: openai-compatible embeddings failed (" + server.url), lines[0]
    assert "answer is unusable" in lines[0]
    return lines[0]


@pytest.mark.parametrize("answer", [*(a for a in ANSWERS if a not in ("good", "another dimension")), *BODIES])
def test_a_bad_answer_fails_the_index_in_one_line_and_stores_nothing(postil, server, workspace, answer):
    server.answer = answer
    run = postil("index", "-q", *_backend(server), workspace, cwd=workspace)
    _one_line_naming_the_server(run, server)
    assert server.sent < 64 << 20  # a body without end is not read for ever (5 texts: 2.6 MB at most)
    if answer == "an index twice":  # the server mended: the next run embeds every chunk
        server.answer = "good"
        again = postil("index", "-q", "--json", *_backend(server), workspace, cwd=workspace)
        assert again.code == 0, again.stderr
        assert again.json["embedded"] == again.json["chunks"] == 5


@pytest.mark.parametrize("answer", ["another dimension", "NaN", "strings"])
def test_a_search_whose_query_vector_is_unusable_says_so_in_one_line(postil, server, workspace, answer):
    built = postil("index", "-q", *_backend(server), workspace, cwd=workspace)
    assert built.code == 0, built.stderr
    server.answer = answer
    asked = server.asked
    run = postil("search", "--root", workspace, "--no-update", *_backend(server), "total of items", cwd=workspace)
    assert server.asked == asked + 1
    if answer == "another dimension":  # the server's vector is well formed: the index cannot use it
        assert run.code == 2 and "Traceback" not in run.stderr and run.stdout == "", run.stderr
        assert run.stderr.startswith("postil: similar-code search failed")
        assert "dimension of 8, got 5" in run.stderr and "`postil index --rebuild`" in run.stderr
    else:
        _one_line_naming_the_server(run, server)
