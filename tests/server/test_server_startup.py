"""`postil serve` answers `initialize` before the analysis engine loads (issue 3:
initialize within 0.8 s of launch), then starts the check process, which loads it straight away.
The engine is ast-grep-py, the rule packs and the secret detectors (~0.15 s): loaded there only,
never in the server too (it was, for the notes and config stamps: twice the CPU to the first
diagnostics, and the memory)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # language-server sessions

PROBE = r"""
import asyncio, gc, json, sys
gc.disable()  # as `postil serve` starts
from postil.cli import build_parser
from postil.server.app import create_server

HEAVY = ("pydantic", "yaml", "ast_grep_py", "postil.config", "postil.analyzers.checker",
         "postil.scan", "postil.analyzers.rules.secrets", "chromadb", "openai", "anthropic")

def heavy():
    return sorted(m for m in sys.modules if m in HEAVY or m.split(".")[0] in HEAVY)

class Writer:
    at_response = None
    def write(self, data):
        if b'"capabilities"' in data and self.at_response is None:
            self.at_response = heavy()
    def close(self):
        pass

async def main():
    build_parser("serve")  # what `python -m postil serve` builds first
    server = create_server()
    writer = Writer()
    server.protocol.set_writer(writer)
    message = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
               "params": {"processId": None, "rootUri": None, "capabilities": {}}}
    server.protocol.handle_message(json.loads(json.dumps(message), object_hook=server.protocol.structure_message))
    await asyncio.sleep(0.05)  # the warm-up is handed to the worker after the response
    server.session.executor.submit(lambda: None).result(timeout=60)
    print(json.dumps({"at_response": writer.at_response, "after_warm_up": heavy(),
                      "check_process": server.session.check_process.pid, "gc": gc.isenabled()}))
    server.session.check_process.close()

asyncio.run(main())
"""


def probe() -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_initialize_is_answered_before_the_engine_loads_which_only_the_check_process_loads():
    result = probe()
    assert result["at_response"] == []
    loaded = set(result["after_warm_up"])
    assert not loaded & {"ast_grep_py", "postil.analyzers.checker", "postil.analyzers.rules.secrets", "postil.scan",
                         "chromadb", "openai", "anthropic"}
    assert result["check_process"] is not None  # started, loading the rule packs before any document is opened
    assert result["gc"]  # `initialize` is answered without garbage collection; the server runs with it


def test_exit_leaves_at_once_without_interpreter_teardown(tmp_path):
    """After ``shutdown`` + ``exit`` the process is gone at once and exits 0: it spent ~1 s
    tearing down modules on a loaded machine. Counted, not timed: an ``atexit`` hook planted
    before the server starts never runs, so no interpreter teardown happened."""
    import json
    import subprocess
    import sys

    def frame(message: dict) -> bytes:
        body = json.dumps(message).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    def read(stream) -> dict:
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = stream.read(1)
            assert byte, "the server closed its output"
            header += byte
        length = int(header.split(b"Content-Length: ")[1].split(b"\r\n")[0])
        return json.loads(stream.read(length))

    torn_down = tmp_path / "torn-down"
    plant = (f"import atexit, runpy, sys; atexit.register(lambda: open({str(torn_down)!r}, 'w').close()); "
             "sys.argv = ['postil', 'serve']; runpy.run_module('postil', run_name='__main__')")
    proc = subprocess.Popen([sys.executable, "-P", "-c", plant], cwd=tmp_path, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        def send(message: dict) -> None:
            proc.stdin.write(frame(message))
            proc.stdin.flush()

        def answer(request_id: int) -> dict:
            while (message := read(proc.stdout)).get("id") != request_id or "method" in message:
                pass
            return message

        send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
              "params": {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}})
        answer(1)
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        answer(2)
        send({"jsonrpc": "2.0", "method": "exit"})
        assert proc.wait(timeout=120) == 0  # a bound for a busy machine, not a timing assertion
        assert not torn_down.exists(), "the server tore the interpreter down on exit"
        assert b"closed file" not in proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            stream.close()
