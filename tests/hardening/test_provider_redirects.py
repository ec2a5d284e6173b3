"""A model or embeddings server that answers with a redirect to another host: the SDKs follow it
and send the request again there (httpx drops only the API key), so `postil review` sent the code
under review, and `postil index` the workspace's chunks, to a host the user never configured or
saw in `postil trust` / `doctor`, and reported the review as done. Nothing follows a redirect now:
the unit is not answered, with the redirect's target named, and the index fails in one line."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the CLI in subprocesses, HTTP servers

CODE = "import os\n\n\ndef run(command):\n    MARKER_FROM_THE_WORKSPACE = 1\n    return os.system(command)\n"
MARKER = b"MARKER_FROM_THE_WORKSPACE"


class _Server:
    """A loopback HTTP server; ``answer(handler)`` answers every request, ``bodies`` keeps what came."""

    def __init__(self, answer) -> None:
        server = self
        self.bodies: list[bytes] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                server.bodies.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                answer(self)

            do_GET = do_POST

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _ok(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "2")
    handler.end_headers()
    handler.wfile.write(b"{}")


@pytest.fixture
def servers():
    """(the configured server, which redirects every request; the other host it redirects to)."""
    elsewhere = _Server(_ok)

    def redirect(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(307)  # (307 and 308 keep the method and the body)
        handler.send_header("Location", f"http://localhost:{elsewhere.port}/collect{handler.path}")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    configured = _Server(redirect)
    yield configured, elsewhere
    configured.stop()
    elsewhere.stop()


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch) -> Path:
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))
    root = tmp_path / "ws"
    root.mkdir()
    (root / "app.py").write_text(CODE)
    return root


def test_a_review_sends_nothing_where_the_provider_redirects(postil, servers, workspace, monkeypatch):
    configured, elsewhere = servers
    monkeypatch.setenv("POSTIL_LLM_PROVIDER", "openai-compatible")
    monkeypatch.setenv("POSTIL_LLM_MODEL", "m")
    monkeypatch.setenv("POSTIL_LLM_BASE_URL", f"http://127.0.0.1:{configured.port}/v1")
    monkeypatch.setenv("POSTIL_LLM_API_KEY", "sk-test")
    done = postil("review", "app.py", cwd=workspace)
    assert any(MARKER in body for body in configured.bodies)  # the model was asked
    assert not any(MARKER in body for body in elsewhere.bodies)
    assert "app.py:6:" in done.stdout  # the rules' finding
    assert f"redirect (HTTP 307 to http://localhost:{elsewhere.port}/collect/v1/chat/completions)" in done.stdout
    assert "not answered app.py" in done.stdout and done.code == 1


def test_an_index_sends_nothing_where_the_embeddings_server_redirects(postil, servers, workspace):
    configured, elsewhere = servers
    done = postil("index", "-q", "--embeddings", "openai-compatible", "--model", "m",
                  "--base-url", f"http://127.0.0.1:{configured.port}/v1", workspace, cwd=workspace)
    assert any(MARKER in body for body in configured.bodies)
    assert not any(MARKER in body for body in elsewhere.bodies)
    assert done.code == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
