"""LLM review in `postil serve` against the fake provider of tests/analyzers/llm, with the real
openai SDK: findings on save as llm/<category> diagnostics, Explain, Fix with AI
(codeAction/resolve and the command path), dismissals, provider none, timeouts."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from lsp_harness import EDITORS, capabilities, diagnostics, edit_and_save, open_doc, running, wait_for
from lsprotocol import types

from postil import trust_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
from fake_provider import FakeProvider, Reply, finding

pytestmark = pytest.mark.slow  # language-server sessions

CODE = "def total(items):\n    result = 0\n    for item in items:\n        result += item.price\n    return result\n"
EDITED = CODE.replace("result = 0", "result = 0.0")
NO_INDEX = {"index": {"enable": False}}


def project(root: Path, fake: FakeProvider, extra: str = "") -> Path:
    (root / ".postil.toml").write_text(f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\n'
                                       f'model = "test-model"\n{extra}')
    trust_store.record([root / ".postil.toml"])  # the user allowed this config to name an endpoint
    path = root / "shop.py"
    path.write_text(CODE)
    return path


def command(name, *arguments):
    return types.ExecuteCommandParams(command=name, arguments=list(arguments) or None)


def run_action(client, action):
    """Execute a code action's command (the client's converter may hand back a bare Command)."""
    cmd = action.command if isinstance(action, types.CodeAction) else action
    if isinstance(cmd, types.Command) and cmd.command.startswith("{"):
        # pygls's client structures a CodeAction that carries a command as a Command whose
        # `command` is the repr of the nested Command (its Command | CodeAction union hook)
        nested = ast.literal_eval(cmd.command)
        return client.workspace_execute_command_async(command(nested["command"], *nested.get("arguments") or []))
    return client.workspace_execute_command_async(command(cmd.command, *(cmd.arguments or [])))


def llm(ds):
    return [d for d in ds if str(d.code).startswith("llm/")]


def review_ends(client) -> int:
    return sum(1 for t, r in client.progress_reports.items() if str(t).startswith("postil-review") and r and r[-1].kind == "end")


@pytest.mark.parametrize("editor", EDITORS)
async def test_review_on_save_publishes_findings_then_dismiss_hides_them(tmp_path, fake, editor):
    path = project(tmp_path, fake)
    fake.answer(finding("result += item.price", "item.price may be None", category="bug"))
    async with running(tmp_path, EDITORS[editor](), init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        edit_and_save(client, path, uri, EDITED)
        ds = await diagnostics(client, uri, lambda ds: llm(ds), "LLM findings")
        [d] = llm(ds)
        assert d.code == "llm/bug" and d.source == "postil" and d.message.startswith("item.price may be None")
        assert d.range.start.line == 3
        assert d.code_description.href.endswith("#llm-review")  # LLM findings link the README's section
        assert "def total(items)" in fake.received[0].user  # the changed function was sent
        assert any(s["llm"]["state"] == "reviewing" for s in client.record.statuses)
        assert client.record.statuses[-1]["llm"]["state"] == "ready"

        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=d.range,
            context=types.CodeActionContext(diagnostics=[d])))
        [dismiss] = [a for a in actions if a.title.endswith("dismiss this finding")]
        await run_action(client, dismiss)
        assert not llm(await diagnostics(client, uri, lambda ds: not llm(ds), "the finding gone"))

        # the next review answers the same finding: it stays hidden
        fake.answer(finding("result += item.price", "item.price may be None", category="bug"))
        edit_and_save(client, path, uri, EDITED.replace("0.0", "0.00"), version=3)
        await wait_for(client, lambda: review_ends(client) == 2 and len(fake.received) == 2, "second review")
        assert not llm(await diagnostics(client, uri, lambda ds: len(ds) == 0, "no findings"))


async def test_explain_answers_at_once_and_shows_a_document_for_the_command_and_the_code_action(tmp_path, fake):
    path = project(tmp_path, fake)
    async with running(tmp_path, EDITORS["vscode"](), init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        fake.script.append(Reply(payload={"markdown": "## total\nAdds up the **prices**."}))
        args = {"uri": uri, "range": {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 5}}}
        answer = await client.workspace_execute_command_async(command("postil.explain", args))
        assert answer["working"] is True  # the explanation arrives as a document
        [shown] = await wait_for(client, lambda: client.record.shown_documents, "the explanation")
        assert Path(shown.uri.removeprefix("file://")).read_text() == "## total\nAdds up the **prices**."
        assert "result += item.price" in fake.received[0].user

        fake.script.append(Reply(payload={"markdown": "Selected lines explained."}))
        rng = types.Range(start=types.Position(1, 0), end=types.Position(3, 0))
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=rng, context=types.CodeActionContext(diagnostics=[])))
        [action] = [a for a in actions if a.title == "postil: Explain this"]
        assert any(a.title == "postil: Review this function" for a in actions)
        await run_action(client, action)
        shown = (await wait_for(client, lambda: client.record.shown_documents[1:], "the second explanation"))[0]
        shown_path = Path(shown.uri.removeprefix("file://"))
        assert shown_path.parent == tmp_path / ".postil" / "explain"
        assert shown_path.read_text() == "Selected lines explained."


async def test_a_command_naming_a_file_outside_the_workspace_sends_nothing_of_it(tmp_path, fake):
    """``file:///ws/../secret.py`` is under ``/ws`` as written, and so is a link in the workspace to
    a file outside it: neither's text goes to the model. An argument of megabytes is not echoed."""
    ws = tmp_path / "ws"
    ws.mkdir()
    path = project(ws, fake)
    (tmp_path / "secret.py").write_text("TOKEN = 'not-for-the-model'\n")
    (ws / "linked.py").symlink_to(tmp_path / "secret.py")
    async with running(ws, EDITORS["vscode"](), init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        fake.script.append(Reply(payload={"markdown": "Adds up prices."}))
        await client.workspace_execute_command_async(command("postil.explain", {"uri": uri}))
        await wait_for(client, lambda: client.record.shown_documents, "the explanation (the settings are loaded)")
        for outside in (f"{ws.as_uri()}/../secret.py", (ws / "linked.py").as_uri()):
            for name in ("postil.explain", "postil.reviewFile", "postil.fixWithAI"):
                with pytest.raises(Exception, match="is not inside the workspace folder"):
                    await client.workspace_execute_command_async(command(name, {"uri": outside}))
        with pytest.raises(Exception) as refused:
            await client.workspace_execute_command_async(command("postil.explain", {"uri": 7, "pad": "x" * 5_000_000}))
        assert len(str(refused.value)) < 2_000
    assert len(fake.received) == 1 and not any("not-for-the-model" in r.user for r in fake.received)


@pytest.mark.parametrize("resolve", [True, False])
async def test_fix_with_ai_gives_a_validated_edit(tmp_path, fake, resolve):
    text = "def run(data):\n    return eval(data)\n"
    path = project(tmp_path, fake)
    path.write_text(text)
    caps = capabilities("visual-studio-code@v1.65.2")
    if not resolve:
        caps.text_document.code_action.resolve_support = None
    fake.answer(finding("return eval(data)", "eval runs code", improved="return ast.literal_eval(data)", category="security"))
    async with running(tmp_path, caps, init_options=NO_INDEX) as client:
        uri = open_doc(client, path, text)
        [d] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=d.range,
            context=types.CodeActionContext(diagnostics=[d])))
        [action] = [a for a in actions if a.title.endswith("Fix this with AI")]
        assert getattr(action, "edit", None) is None and not fake.received  # nothing asked before the user picks it
        result = await run_action(client, action)  # with or without resolve: asked when picked, applied when answered
        assert result["working"] is True
        [applied] = await wait_for(client, lambda: client.record.applied, "the fix applied")
        edits = [e for c in applied.edit.document_changes for e in c.edits]
        from test_server_code_actions import apply

        assert apply(text, edits) == "def run(data):\n    return ast.literal_eval(data)\n"
        assert "eval runs code" not in fake.received[0].user  # the model was asked, not told the answer
        assert "return eval(data)" in fake.received[0].user


async def test_provider_none_sends_nothing(tmp_path, fake):
    path = tmp_path / "shop.py"
    path.write_text(CODE)
    options = {**NO_INDEX, "llm": {"provider": "off", "review": "onCommand"}}  # what the editors send by default
    async with running(tmp_path, EDITORS["vscode"](), init_options=options) as client:
        uri = open_doc(client, path, CODE)
        edit_and_save(client, path, uri, EDITED + "\neval(input())\n")
        await diagnostics(client, uri, lambda ds: len(ds) == 1)
        with pytest.raises(Exception, match="no LLM provider"):
            await client.workspace_execute_command_async(command("postil.reviewFile", {"uri": uri}))
        status = await client.workspace_execute_command_async(command("postil.showStatus"))
        assert status["llm"]["state"] == "off"
        assert fake.received == []


async def test_provider_timeout_keeps_rules_working_with_one_message(tmp_path, fake):
    path = project(tmp_path, fake, "timeout = 0.5\nretries = 0\n")
    fake.hang()
    async with running(tmp_path, EDITORS["neovim"](), init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        edit_and_save(client, path, uri, EDITED)
        await wait_for(client, lambda: review_ends(client) == 1, "the review ends")
        warnings = [m for m in client.messages if m.type == types.MessageType.Warning]
        assert len(warnings) == 1 and "failed" in warnings[0].message
        edit_and_save(client, path, uri, EDITED + "\nif total == None:\n    pass\n", version=3)
        ds = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        assert ds[0].code == "python/correctness/none-equality-comparison"
