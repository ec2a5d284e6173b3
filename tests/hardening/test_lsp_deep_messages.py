"""An LSP message nested past the interpreter's limit (a broken or hostile client: arguments of
100,000 brackets): json.loads raised RecursionError, which nothing caught, and the server ended
with a traceback, taking every diagnostic with it. The message is dropped; the next is answered."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.lsp_frames import frame, framed, messages

pytestmark = pytest.mark.slow  # starts a server

DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("first", [False, True], ids=["after initialize", "as the first message"])
def test_a_message_nested_too_deep_is_dropped_and_the_server_goes_on(tmp_path, first):
    deep = frame(b'{"jsonrpc": "2.0", "id": 2, "method": "workspace/executeCommand", "params": '
                  b'{"command": "postil.showStatus", "arguments": [' + DEEP + b"]}}")
    start = [framed({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                       "params": {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}}),
             framed({"jsonrpc": "2.0", "method": "initialized", "params": {}})]
    rest = [framed({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}), framed({"jsonrpc": "2.0", "method": "exit"})]
    stdin = b"".join([deep, *start, *rest] if first else [*start, deep, *rest])

    done = subprocess.run([sys.executable, "-P", "-m", "postil", "serve"], input=stdin, capture_output=True,
                          cwd=tmp_path, timeout=120, check=False)

    assert "Traceback" not in done.stderr.decode(), done.stderr.decode()[-3000:]
    answers = {m.get("id"): m for m in messages(done.stdout) if "id" in m and "method" not in m}
    assert "result" in answers[1] and answers[3] == {"jsonrpc": "2.0", "id": 3, "result": None} and 2 not in answers
    assert done.returncode == 0
