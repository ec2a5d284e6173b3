"""First sight through the front (issue 37, ``postil.server.front``): a server started again for
the same editor answers ``initialize`` and shows the opened file's diagnostics before pygls and
lsprotocol load, then hands over: the diagnostics come exactly once, and everything after
(pulls, edits, code actions, hover, status) is answered by the server as usual.

The editor's first start fills the kept answer to ``initialize``; the tests start a second
server with the same capabilities. Counted (modules loaded, checks run, publishes), not timed.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from lsp_harness import EDITORS, capabilities, change, diagnostics, open_doc, running, wait_for
from lsprotocol import types

from tests.lsp_frames import framed, messages

pytestmark = pytest.mark.slow  # starts servers


PY = "def f(x):\n    if x == None:\n        return 1\n    return eval(x)\n"
CODES = {"python/correctness/none-equality-comparison", "python/security/eval-exec-non-literal"}
PUSH = "neovim"  # Neovim 0.11: pull without refresh support, so the server pushes
PULL = lambda: capabilities("visual-studio-code@v1.65.2", pull=True, refresh=True)  # noqa: E731


# Runs the front alone on the test's input, then says which LSP libraries were loaded by then.
PROBE = r"""
import json, sys
from postil.server.front import first_sight
handover = first_sight(sys.stdin.buffer, sys.stdout.buffer)
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"pygls", "lsprotocol", "cattrs", "attr"})
print(json.dumps({"loaded": loaded, "answered": handover.answered, "kept": len(handover.bodies)}), file=sys.stderr)
"""


def _probe(root, caps: dict) -> tuple[dict, list[dict]]:
    """The front alone on an editor's first three messages: what it said about itself, and wrote."""
    uri = (root / "app.py").as_uri()
    stdin = b"".join(framed(m) for m in (
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "rootUri": root.as_uri(), "capabilities": caps}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": PY}}}))
    out = subprocess.run([sys.executable, "-P", "-c", PROBE], input=stdin, capture_output=True, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stderr.decode()
    return json.loads(out.stderr.decode().strip().splitlines()[-1]), messages(out.stdout)


async def test_the_first_diagnostics_are_published_before_pygls_loads(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = tmp_path / "project"
    (root / ".git").mkdir(parents=True)
    (root / "app.py").write_text(PY)
    async with running(root, EDITORS[PUSH]()):  # the editor's first start: the answer is kept
        pass
    probe, (answer, published) = _probe(root, pytest_lsp_json(EDITORS[PUSH]()))
    assert answer["id"] == 1 and "capabilities" in answer["result"]
    assert published["method"] == "textDocument/publishDiagnostics"
    assert published["params"]["uri"] == (root / "app.py").as_uri()
    assert {d["code"] for d in published["params"]["diagnostics"]} == CODES
    assert probe == {"loaded": [], "answered": True, "kept": 3}  # every message read goes to the server

    [kept] = (tmp_path / "cache" / "postil" / "initialize-answer").iterdir()
    kept.chmod(0o666)  # others could write what the server claims: not read
    assert _probe(root, pytest_lsp_json(EDITORS[PUSH]())) == ({"loaded": [], "answered": False, "kept": 1}, [])


def pytest_lsp_json(caps: types.ClientCapabilities) -> dict:
    """Capabilities as the client sends them on the wire."""
    from lsprotocol.converters import get_converter

    return get_converter().unstructure(caps)


async def _status(client) -> dict:
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))


async def test_push_first_publish_comes_once_and_the_server_takes_over(tmp_path):
    async with running(tmp_path, EDITORS[PUSH]()) as first:  # the editor's first start
        before = first.init_result
    async with running(tmp_path, EDITORS[PUSH]()) as client:
        assert client.init_result == before  # the front gave the server's own answer
        uri = open_doc(client, tmp_path / "a.py", PY)
        shown = await diagnostics(client, uri, lambda ds: {d.code for d in ds} == CODES)
        [eq] = [d for d in shown if d.code.endswith("none-equality-comparison")]
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=eq.range,
            context=types.CodeActionContext(diagnostics=[eq])))
        assert any(a.is_preferred for a in actions)
        hover = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=eq.range.start))
        assert hover is not None and "none-equality-comparison" in str(hover.contents)
        assert (await _status(client))["checks"] == 1  # the handed-over didOpen was not checked again
        change(client, uri, 2, "# edited\n")  # a new first line: every finding moves down one
        await diagnostics(client, uri, lambda ds: {d.range.start.line for d in ds} == {2, 4})
        assert [p.version for p in client.record.publishes if p.uri == uri] == [1, 2]  # v1 once, never again


async def test_pull_first_pull_is_answered_once_and_the_server_knows_its_result(tmp_path):
    async with running(tmp_path, PULL()) as first:  # the editor's first start
        before = first.init_result
    async with running(tmp_path, PULL()) as client:
        assert client.init_result == before and client.init_result.capabilities.diagnostic_provider is not None
        uri = open_doc(client, tmp_path / "a.py", PY)
        report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        assert {d.code for d in report.items} == CODES
        again = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=report.result_id))
        assert again.kind == "unchanged" and again.result_id == report.result_id
        assert (await _status(client))["checks"] == 1
        assert client.record.publishes == []  # pull only: never pushed as well
        change(client, uri, 2, "# edited\n")
        items = await diagnostics(client, uri, lambda ds: {d.range.start.line for d in ds} == {2, 4})
        assert {d.code for d in items} == CODES


async def test_a_request_before_the_first_check_goes_to_the_server(tmp_path):
    """Anything the front does not handle (here a status request before any document) stops it;
    the server answers it and what follows."""
    async with running(tmp_path, EDITORS[PUSH]()):
        pass
    async with running(tmp_path, EDITORS[PUSH]()) as client:
        status = await _status(client)
        assert status["checks"] == 0
        uri = open_doc(client, tmp_path / "a.py", PY)
        await diagnostics(client, uri, lambda ds: {d.code for d in ds} == CODES)


async def test_a_client_that_opens_nothing_is_served_after_a_short_wait(tmp_path):
    """After ``initialized`` the client may wait for the server (registrations, settings): the
    front hands over when no input comes instead of waiting for a document."""
    async with running(tmp_path, EDITORS["vscode"]()):
        pass
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        regs = await wait_for(client, lambda: client.record.registrations, "registerCapability")
        assert regs[0].method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
