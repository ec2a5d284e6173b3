"""The LSP transport with raw JSON-RPC over a subprocess pipe, as an editor speaks it and
as a buggy client miscounts it: a wrong Content-Length (too large, or counted in
characters), garbage and a 2 MB header line are logged and the server resynchronises;
malformed params get -32602; exit without shutdown returns 1. A hostile rule file in
the workspace never takes the server down."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.hardening.test_rule_files import DEEP_LIST, GOOD_RULE

pytestmark = pytest.mark.slow  # language-server sessions

WAIT = 30.0  # seconds for one reply on a loaded machine


class RawClient:
    """A JSON-RPC peer that writes whatever bytes a test gives it."""

    def __init__(self, cwd: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("POSTIL_")}
        self.proc = subprocess.Popen([sys.executable, "-m", "postil", "serve"], cwd=cwd, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages: queue.Queue = queue.Queue()
        self.logged: list[str] = []  # window/logMessage texts
        threading.Thread(target=self._read, daemon=True).start()
        self.stderr: list[bytes] = []
        threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr), daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line == b"\r\n":
                    break
            message = json.loads(out.read(length))
            if message.get("method") == "window/logMessage":
                self.logged.append(message["params"]["message"])
            self.messages.put(message)

    def send_raw(self, data: bytes) -> None:
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    @staticmethod
    def frame(message: dict, length: int | None = None) -> bytes:
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        return b"Content-Length: %d\r\n\r\n" % (len(body) if length is None else length) + body

    def send(self, message: dict, length: int | None = None) -> None:
        self.send_raw(self.frame(message, length))

    def reply(self, msg_id: int) -> dict:
        """The response to request ``msg_id`` (answering the server's own requests)."""
        while True:
            message = self.messages.get(timeout=WAIT)
            if "method" in message and "id" in message:  # a request from the server
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            elif message.get("id") == msg_id:
                return message

    def notification(self, method: str, accept=lambda params: True) -> dict:
        while True:
            message = self.messages.get(timeout=WAIT)
            if "method" in message and "id" in message:
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            elif message.get("method") == method and accept(message.get("params")):
                return message["params"]

    def initialize(self, root: Path) -> None:
        self.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                   "params": {"processId": None, "rootUri": root.as_uri(), "capabilities": {}}})
        assert "result" in self.reply(1)
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def finish(self, shutdown: bool = True) -> int:
        if shutdown:
            self.send({"jsonrpc": "2.0", "id": 999, "method": "shutdown"})
            self.reply(999)
        self.send({"jsonrpc": "2.0", "method": "exit"})
        return self.proc.wait(timeout=WAIT)

    def log(self) -> str:
        """What the server logged (to the client, and on stderr)."""
        return "\n".join(self.logged) + b"".join(self.stderr).decode("utf-8", "replace")


@pytest.fixture
def client(tmp_path: Path):
    raw = RawClient(tmp_path)
    raw.initialize(tmp_path)
    yield raw
    if raw.proc.poll() is None:
        raw.proc.kill()
        raw.proc.wait()


def unknown(msg_id: int, text: str = "x") -> dict:
    """A request every server answers (with 'method not found')."""
    return {"jsonrpc": "2.0", "id": msg_id, "method": "postil/noSuchMethod", "params": {"text": text}}


def test_a_content_length_too_large_is_repaired_at_the_next_header(client):
    body = json.dumps(unknown(2)).encode()
    client.send(unknown(2), length=len(body) + 40)  # swallows the start of the next message
    client.send(unknown(3))
    assert client.reply(2)["error"]["code"] == -32601
    assert client.reply(3)["error"]["code"] == -32601
    assert client.finish() == 0
    assert "Content-Length" in client.log() and "next message starts" in client.log()


def test_a_content_length_counted_in_characters_is_repaired(client):
    message = unknown(2, "caf\u00e9 \u2014 \U0001f600 na\u00efve")
    body = json.dumps(message, ensure_ascii=False)
    client.send(message, length=len(body))  # characters, not bytes: too short
    client.send(unknown(3))
    assert client.reply(2)["error"]["code"] == -32601
    assert client.reply(3)["error"]["code"] == -32601
    assert client.finish() == 0


def test_garbage_and_a_two_megabyte_header_line_are_skipped(client):
    client.send_raw(b"this is not a header\r\n\r\n")
    client.send_raw(b"X-Junk: " + b"a" * 2_000_000 + b"\r\n")
    client.send(unknown(2))
    assert client.reply(2)["error"]["code"] == -32601
    assert client.proc.poll() is None
    assert client.finish() == 0
    assert "discarded" in client.log()


@pytest.mark.parametrize("params", [
    {"textDocument": {"uri": "file:///x.py"}, "range": {"start": {"line": -1, "character": 0},
                                                       "end": {"line": 0, "character": 0}},
     "context": {"diagnostics": []}},
    {"range": "not a range"},
    {},
])
def test_malformed_params_get_invalid_params(client, params):
    client.send({"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": params})
    error = client.reply(2)["error"]
    assert error["code"] == -32602, error
    client.send(unknown(3))  # still serving
    assert client.reply(3)["error"]["code"] == -32601
    assert client.finish() == 0


def test_exit_without_shutdown_returns_1(client):
    assert client.finish(shutdown=False) == 1


def test_input_ending_without_shutdown_returns_1(client):
    client.proc.stdin.close()
    assert client.proc.wait(timeout=WAIT) == 1


def test_a_hostile_rule_file_never_takes_the_server_down(tmp_path):
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\nselect = ["local/"]\n')
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "good.yml").write_text(GOOD_RULE)
    (tmp_path / "rules" / "deep.yml").write_text(DEEP_LIST)
    (tmp_path / "app.py").write_text("eval(data)\n")
    raw = RawClient(tmp_path)
    try:
        raw.initialize(tmp_path)
        uri = (tmp_path / "app.py").as_uri()
        raw.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "python", "version": 1, "text": "eval(data)\n"}}})
        published = raw.notification("textDocument/publishDiagnostics",
                                     accept=lambda p: p["uri"] == uri and p["diagnostics"])
        assert [d["code"] for d in published["diagnostics"]] == ["local/no-eval"]
        assert raw.finish() == 0
        assert "deep.yml: nested deeper than 64 levels" in raw.log()
    finally:
        if raw.proc.poll() is None:
            raw.proc.kill()
