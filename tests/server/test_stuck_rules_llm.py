""""Explain this" and "Fix this with AI" on a document the rules get stuck on (a project rule
super-linear on a 30,000-element set literal: test_hostile_check_stopped) must not freeze the
server. The reviewer checks the unit with the rules first (the model is told what they found)
and vets a fix with them; run in the server's own process, that search held the interpreter
for minutes and no request was answered, shutdown included. They run in the check process,
which is stopped past its bound: the user is told what was stopped and what to do, the model
is asked without the rules' findings, and a fix the rules could not vet is refused (at once:
the rules would be stuck on that text again)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from lsp_harness import DEADLINE, EDITORS, diagnostics, open_doc, quiet, running
from lsprotocol import types
from test_hostile_check_stopped import NORMAL, code_actions, hostile_set, stuck_project

from postil import trust_store
from postil.server.check_process import CHECK_BOUND

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
from fake_provider import Reply, finding

pytestmark = pytest.mark.slow  # language-server sessions

HOSTILE = "def run(data):\n    return eval(data)\n\n\n" + hostile_set(30_000)
LINE_2 = {"start": {"line": 1, "character": 4}, "end": {"line": 1, "character": 10}}


def stuck_llm_project(root: Path, fake) -> None:
    """The slow project rule, and the fake provider as the project's (trusted) model."""
    stuck_project(root)
    config = root / ".postil.toml"
    config.write_text(config.read_text() + f'\n[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\n'
                                           'model = "test-model"\n')
    trust_store.record([config])


async def answering_until(client, normal: str, found: types.Diagnostic, done) -> None:
    """Until ``done()``, the server answers code actions and hover on the normal document, each
    within DEADLINE (asyncio.wait_for raises past it)."""
    loop = asyncio.get_running_loop()
    give_up = loop.time() + CHECK_BOUND + 6 * DEADLINE
    while not done():
        assert loop.time() < give_up, "the reviewer's rule check was never stopped"
        assert any(a.is_preferred for a in await code_actions(client, normal, found))
        hover = await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=normal), position=found.range.start)), DEADLINE)
        assert hover is not None and "none-equality-comparison" in str(hover.contents)
        await quiet(client, 1.0)


def said(client, words: str) -> list[str]:
    return [m.message for m in client.messages if words in m.message]


async def test_explain_and_fix_on_a_document_the_rules_get_stuck_on(tmp_path, fake):
    stuck_llm_project(tmp_path, fake)
    path = tmp_path / "hostile.py"
    path.write_text(HOSTILE)
    async with running(tmp_path, EDITORS["vscode"](), init_options={"index": {"enable": False}}) as client:
        normal = open_doc(client, tmp_path / "normal.py", NORMAL)
        [found] = await diagnostics(client, normal, lambda ds: len(ds) == 1)
        hostile = path.as_uri()  # not open: the reviewer's rule check is the only one of it

        fake.script.append(Reply(payload={"markdown": "Runs `data` as Python code."}))
        answer = await asyncio.wait_for(client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="postil.explain", arguments=[{"uri": hostile, "range": LINE_2}])), DEADLINE)
        assert answer["working"] is True
        await answering_until(client, normal, found, lambda: client.record.shown_documents)
        [shown] = client.record.shown_documents
        assert Path(shown.uri.removeprefix("file://")).read_text() == "Runs `data` as Python code."
        assert "return eval(data)" in fake.received[0].user
        [stopped] = said(client, "hostile.py")  # what was stopped, and what to do
        assert "stopped" in stopped and "without the rules' findings" in stopped
        assert "`exclude`" in stopped and "`per-file-ignores`" in stopped

        # Fix this: the model answers a fix, which the rules cannot vet on this text: it is refused, saying why.
        fake.answer(finding("return eval(data)", "eval runs code", improved="return ast.literal_eval(data)"))
        await asyncio.wait_for(client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="postil.fixWithAI", arguments=[{"uri": hostile, "range": LINE_2}])), DEADLINE)
        await answering_until(client, normal, found, lambda: said(client, "fix was refused"))
        [refused] = said(client, "fix was refused")
        assert "hostile.py" in refused and "stopped" in refused and "`per-file-ignores`" in refused
        assert client.record.applied == [] and len(fake.received) == 2
        await asyncio.wait_for(client.shutdown_session(), DEADLINE)
