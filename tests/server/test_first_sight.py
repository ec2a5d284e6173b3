"""First sight (issue 37): the opened file's diagnostics are published before anything they do
not need is loaded. With an LLM provider configured in the editor, the LLM reviewer (and the SDKs
and pydantic, which it imports at its first call) loads only once the first diagnostics are out.
Counted in ``sys.modules`` at the moment the server writes them, not timed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # language-server sessions

PROBE = r"""
import asyncio, gc, json, os, pathlib, sys
gc.disable()  # as `postil serve` starts
from postil.cli import build_parser
from postil.server.app import create_server

LATER = ("pydantic", "chromadb", "openai", "anthropic", "httpx", "postil.rag.indexer", "postil.rag.store",
         "postil.rag.embeddings", "postil.rag.retrieval", "postil.analyzers.llm.reviewer",
         "postil.analyzers.llm.providers")

def loaded():
    return sorted(m for m in sys.modules if any(m == p or m.startswith(p + ".") for p in LATER))

class Writer:
    first = None
    def write(self, data):
        message = json.loads(data.split(b"\r\n\r\n", 1)[1])
        if message.get("method") == "textDocument/publishDiagnostics" and self.first is None:
            self.first = {"codes": sorted({d.get("code") for d in message["params"]["diagnostics"]}),
                          "loaded": loaded()}
    def close(self):
        pass

async def main():
    root = pathlib.Path(sys.argv[1])
    build_parser("serve")
    server = create_server()
    writer = Writer()
    server.protocol.set_writer(writer)
    def send(message):
        server.protocol.handle_message(json.loads(json.dumps(message), object_hook=server.protocol.structure_message))
    options = {"llm": {"provider": "openai-compatible", "baseUrl": "http://127.0.0.1:9/v1", "model": "m"}}
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
          "params": {"processId": None, "rootUri": root.as_uri(), "capabilities": {},
                     "initializationOptions": options}})
    await asyncio.sleep(0)
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    uri = (root / "app.py").as_uri()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1,
                                      "text": (root / "app.py").read_text()}}})
    for _ in range(600):
        if writer.first is not None:
            break
        await asyncio.sleep(0.1)
    for _ in range(600):  # then the model's stack does load: the provider is configured
        if "postil.analyzers.llm.reviewer" in sys.modules:
            break
        await asyncio.sleep(0.1)
    print(json.dumps({**(writer.first or {}), "after": loaded()}))
    sys.stdout.flush()
    os._exit(0)  # the review warm-up may still run: not waited for

asyncio.run(main())
"""


def test_the_first_diagnostics_go_out_before_the_model_stack_loads(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "app.py").write_text("def run(code):\n    return eval(code)\n")
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, timeout=120,
                         check=False, env={"POSTIL_LLM_API_KEY": "placeholder", **os.environ})
    assert out.returncode == 0, out.stderr
    first = json.loads(out.stdout.strip().splitlines()[-1])
    assert "codes" in first, "no diagnostics were published"
    assert "python/security/eval-exec-non-literal" in first["codes"]
    assert first["loaded"] == []
    assert "postil.analyzers.llm.reviewer" in first["after"]  # the reviewer loads once they are out
