"""A document whose check is stuck inside one ast-grep search (a rule super-linear on its
shape: here a project's own rule comparing each element of a set literal of 30,000 strings with
every earlier one, as the built-in duplicate-element rule did before it hashed them) must not
freeze the server. The search holds the interpreter until it returns (minutes for this one), so a check
abandoned in a thread of the server kept every handler waiting; the check runs where the server
can stop it, and the document gets one information line saying so."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from lsp_harness import (DEADLINE, EDITORS, change, diagnostics, latest_published, open_doc, quiet, running,
                         wait_for)
from lsprotocol import types

from postil.server.diagnostics import CHECK_BOUND

pytestmark = pytest.mark.slow  # language-server sessions

NORMAL = "def f(x):\n    if x == None:\n        return 1\n    return 2\n"
NONE_CMP = "python/correctness/none-equality-comparison"


# a rule of the project's, super-linear on a set literal's size: each element walks back over every earlier one
SLOW_RULE = """id: project/slow-set-element
language: python
severity: warning
message: This element already appears earlier in the same set literal
rule:
  any: [kind: string, kind: integer, kind: float]
  pattern: $ITEM
  inside: {kind: set}
  follows: {stopBy: end, pattern: $ITEM}
"""


def hostile_set(elements: int) -> str:
    return "S = {" + ", ".join(f"'k{i}'" for i in range(elements)) + "}\n"


def stuck_project(root: Path) -> None:
    """Give the workspace ``root`` the slow rule (its config's ``rule-dirs``): a hostile set then
    holds one ast-grep search for minutes."""
    (root / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    (root / "rules").mkdir()
    (root / "rules" / "slow-set.yml").write_text(SLOW_RULE)


async def code_actions(client, uri, diagnostic):
    return await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic]))), DEADLINE)


async def test_a_stuck_check_is_stopped_and_the_server_keeps_answering(tmp_path):
    stuck_project(tmp_path)
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        normal = open_doc(client, tmp_path / "normal.py", NORMAL)
        [finding] = await diagnostics(client, normal, lambda ds: len(ds) == 1)
        hostile = open_doc(client, tmp_path / "hostile.py", hostile_set(30_000))

        # While the hostile document is checked, the server answers (each within DEADLINE).
        loop = asyncio.get_running_loop()
        give_up = loop.time() + CHECK_BOUND + 4 * DEADLINE
        while latest_published(client, hostile) is None:
            assert loop.time() < give_up, "the hostile document's check was never stopped"
            actions = await code_actions(client, normal, finding)
            assert any(a.is_preferred for a in actions)  # the quick fix of the normal document
            await quiet(client, 1.0)
        [notice] = latest_published(client, hostile).diagnostics
        assert notice.severity == types.DiagnosticSeverity.Information
        assert notice.message.startswith("postil did not check this file: ") and "stopped" in notice.message

        # Every document goes on being checked, the hostile one too at its next change.
        change(client, normal, 2, "    return 3\n", start=(4, 0))
        await diagnostics(client, normal, lambda ds: len(ds) == 1 and ds[0].range.start.line == 1)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=hostile, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=NORMAL)]))
        [found] = await diagnostics(client, hostile, lambda ds: len(ds) == 1 and ds[0].code == NONE_CMP)
        fix = next(a for a in await code_actions(client, hostile, found) if a.is_preferred)
        assert "x is None" in fix.title
        await asyncio.wait_for(client.shutdown_session(), DEADLINE)


async def test_a_stuck_first_check_is_stopped_too(tmp_path):
    """The first document opened is checked before the server's libraries load (server.front);
    that check is bounded the same way, and the documents after it are checked as usual."""
    stuck_project(tmp_path)
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        hostile = open_doc(client, tmp_path / "hostile.py", hostile_set(30_000))
        normal = open_doc(client, tmp_path / "normal.py", NORMAL)
        for uri in (normal, hostile):  # (the normal document's check waits for the hostile one's end)
            await wait_for(client, lambda uri=uri: latest_published(client, uri), uri, CHECK_BOUND + 2 * DEADLINE)
        assert len(latest_published(client, normal).diagnostics) == 1
        [notice] = latest_published(client, hostile).diagnostics
        assert notice.message.startswith("postil did not check this file: ") and "stopped" in notice.message
        await asyncio.wait_for(client.shutdown_session(), DEADLINE)
