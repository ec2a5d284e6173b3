"""A restricted (untrusted) editor window sends nothing off the machine: the VS Code extension
passes `trusted: false` (editors/vscode/src/settings.ts), and `postil serve` then runs the rules
only — no LLM call, no index — even when the user's environment and the editor's own settings
name a provider, an endpoint and a key. The same server and settings with `trusted` left out
call the model (so the fake provider below would see a request if the guard broke)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lsprotocol import types

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "server"))
sys.path.insert(0, str(HERE.parent / "analyzers" / "llm"))
from fake_provider import FakeProvider, finding  # noqa: E402
from lsp_harness import EDITORS, diagnostics, open_doc, running, wait_for  # noqa: E402

pytestmark = pytest.mark.slow  # real editors

CODE = "def check(value):\n    if value == None:\n        return 0\n    return value\n"
RULE = "python/correctness/none-equality-comparison"


@pytest.fixture
def fake(monkeypatch):
    server = FakeProvider().start()
    # The user's side names the provider, the endpoint and the key: env of the server process.
    monkeypatch.setenv("POSTIL_LLM_PROVIDER", "openai-compatible")
    monkeypatch.setenv("POSTIL_LLM_BASE_URL", server.openai_url)
    monkeypatch.setenv("POSTIL_LLM_MODEL", "test-model")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-user-key-0123456789")
    yield server
    server.stop()


def editor_settings(fake: FakeProvider, **extra) -> dict:
    """What an editor could send: LLM on save and remote embeddings at the fake endpoint."""
    return {"llm": {"provider": "openai-compatible", "baseUrl": fake.openai_url, "review": "onSave"},
            "index": {"enable": True, "embeddings": "openai-compatible", "model": "test-embed",
                      "baseUrl": fake.openai_url},
            **extra}


def command(name, *arguments):
    return types.ExecuteCommandParams(command=name, arguments=list(arguments) or None)


async def test_untrusted_window_runs_rules_and_sends_nothing(tmp_path, fake):
    path = tmp_path / "demo.py"
    path.write_text(CODE)
    fake.answer(finding("if value == None:", "compare with is"))
    async with running(tmp_path, EDITORS["vscode"](), init_options=editor_settings(fake, trusted=False)) as client:
        uri = open_doc(client, path, CODE)
        found = await diagnostics(client, uri, lambda ds: any(d.code == RULE for d in ds), "rule diagnostics")
        assert any(d.code == RULE for d in found)
        with pytest.raises(Exception, match="untrusted window"):
            await client.workspace_execute_command_async(command("postil.reviewFile", {"uri": uri}))
        status = await client.workspace_execute_command_async(command("postil.showStatus"))
        assert status["llm"]["state"] == "off" and status["index"]["state"] == "off", status
        with pytest.raises(Exception, match="indexing is off"):
            await client.workspace_execute_command_async(command("postil.reindex"))
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=found[0].range,
            context=types.CodeActionContext(diagnostics=found)))
        assert not any("Explain" in a.title or "AI" in a.title for a in actions), [a.title for a in actions]
    assert fake.received == []
    assert not (tmp_path / ".postil").exists()  # no index was built


async def test_trusted_window_with_the_same_settings_calls_the_model(tmp_path, fake):
    path = tmp_path / "demo.py"
    path.write_text(CODE)
    fake.answer(finding("if value == None:", "compare with is"))
    settings = editor_settings(fake)
    settings["index"]["enable"] = False  # (the fake serves chat completions, not embeddings)
    async with running(tmp_path, EDITORS["vscode"](), init_options=settings) as client:
        uri = open_doc(client, path, CODE)
        await client.workspace_execute_command_async(command("postil.reviewFile", {"uri": uri}))  # reviews in the background
        await wait_for(client, lambda: fake.received, "the model called")
    assert fake.received and fake.received[0].headers["authorization"] == "Bearer sk-user-key-0123456789"
