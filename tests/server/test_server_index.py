"""The workspace index in `postil serve`: built only when LLM review is on (or on
postil.reindex), in the background after start-up with $/progress and postil/status,
diagnostics that never wait for it, saved files re-indexed, and index.enable = false."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from lsp_harness import EDITORS, INDEX_DEADLINE, diagnostics, open_doc, running, wait_for
from lsprotocol import types

from postil import trust_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
from fake_provider import FakeProvider

pytestmark = pytest.mark.slow  # language-server sessions

FILES = 150


def llm_review_on(root: Path, fake: FakeProvider) -> None:
    """A trusted project config naming the fake provider: LLM review is on, so the index is wanted."""
    (root / ".postil.toml").write_text(f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\n'
                                       'model = "test-model"\n')
    trust_store.record([root / ".postil.toml"])


def workspace(root):
    for i in range(FILES):
        (root / f"mod{i}.py").write_text(f"def helper_{i}(value):\n    return value * {i}\n\n\n"
                                         f"def caller_{i}(items):\n    return [helper_{i}(x) for x in items]\n")


def statuses(client):
    return client.record.statuses


def index_tokens(client):
    return [t for t in client.progress_reports if str(t).startswith("postil-index")]


def ended(client, token) -> bool:
    reports = client.progress_reports.get(token, [])
    return bool(reports) and reports[-1].kind == "end"


def indexed_files(root) -> set[str]:
    with sqlite3.connect(root / ".postil" / "index" / "catalog.sqlite3") as conn:
        return {row[0] for row in conn.execute("SELECT path FROM files")}


@pytest.mark.parametrize("editor", EDITORS)
async def test_index_runs_in_the_background_with_progress_and_reindex(tmp_path, fake, editor):
    workspace(tmp_path)
    llm_review_on(tmp_path, fake)
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / "a.py", "if x == None:\n    pass\n")
        # the rules answer first: indexing starts only after the first diagnostics
        assert await diagnostics(client, uri, lambda ds: len(ds) == 1)
        [token] = await wait_for(client, lambda: index_tokens(client), "index progress")
        await wait_for(client, lambda: ended(client, token), "index progress end", timeout=INDEX_DEADLINE)
        reports = client.progress_reports[token]
        assert reports[0].kind == "begin" and reports[0].title == "postil: indexing"
        # the modules and the project config
        assert any(r.kind == "report" and f"/{FILES + 1}" in (r.message or "") for r in reports), reports
        assert f"{FILES + 1} files" in reports[-1].message
        await wait_for(client, lambda: statuses(client) and statuses(client)[-1]["index"]["state"] == "ready",
                       "postil/status ready", timeout=INDEX_DEADLINE)
        assert any(s["index"]["state"] == "indexing" for s in statuses(client))
        assert {f"mod{i}.py" for i in range(FILES)} <= indexed_files(tmp_path)

        # a file saved to disk is indexed without a full run
        (tmp_path / "new.py").write_text("def fresh():\n    return 1\n")
        new_uri = open_doc(client, tmp_path / "new.py")
        client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=new_uri)))
        await wait_for(client, lambda: "new.py" in indexed_files(tmp_path), "the saved file indexed")

        # postil.reindex: a new full run with its own progress; a deleted file leaves the index
        (tmp_path / "mod0.py").unlink()
        result = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.reindex"))
        assert result["folders"] == [str(tmp_path)]
        await wait_for(client, lambda: len(index_tokens(client)) == 2 and ended(client, index_tokens(client)[1]),
                       "reindex progress end", timeout=INDEX_DEADLINE)
        assert "mod0.py" not in indexed_files(tmp_path)
        status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
        assert status["index"]["state"] == "ready"


async def test_diagnostics_arrive_while_indexing_runs(tmp_path, fake):
    body = ("def f{j}_{i}(alpha, beta):\n    total = alpha * {j} + beta\n    if total > {i}:\n"
            "        return total - {j}\n    return [x for x in range(total)]\n\n\n")
    for i in range(800):
        (tmp_path / f"m{i}.py").write_text("".join(body.format(i=i, j=j) for j in range(20)))
    llm_review_on(tmp_path, fake)
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", "x = 1\n")
        await diagnostics(client, uri, lambda ds: not ds)
        [token] = await wait_for(client, lambda: index_tokens(client), "index progress")
        await wait_for(client, lambda: any(r.kind == "report" for r in client.progress_reports[token]), "a report")
        other = open_doc(client, tmp_path / "b.py", "eval(input())\n")
        assert await diagnostics(client, other, lambda ds: len(ds) == 1)
        # the index was still running when the rule diagnostics came out
        assert not ended(client, token)
        await wait_for(client, lambda: ended(client, token), "index progress end", timeout=120)


async def test_no_index_while_nothing_reads_it_until_reindex(tmp_path):
    """LLM review off: opening a project writes no index and no .postil/; postil.reindex builds it."""
    workspace(tmp_path)
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", "eval(input())\n")
        assert await diagnostics(client, uri, lambda ds: len(ds) == 1)
        status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
        assert status["llm"]["state"] == "off" and status["index"]["state"] == "off"
        # a workspace check of all 150 files: longer than the index took to start when it always did
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.checkWorkspace"))
        assert not index_tokens(client)
        assert not (tmp_path / ".postil").exists()
        assert all(s["index"]["state"] == "off" for s in statuses(client))

        result = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.reindex"))
        assert result["folders"] == [str(tmp_path)]
        [token] = await wait_for(client, lambda: index_tokens(client), "index progress")
        await wait_for(client, lambda: ended(client, token), "index progress end", timeout=INDEX_DEADLINE)
        assert {f"mod{i}.py" for i in range(FILES)} <= indexed_files(tmp_path)


async def test_reindex_asked_at_once_after_start_up_builds_the_index(tmp_path):
    workspace(tmp_path)
    async with running(tmp_path, EDITORS["neovim"]()) as client:
        result = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.reindex"))
        assert result["folders"] == [str(tmp_path)]
        await wait_for(client, lambda: statuses(client) and statuses(client)[-1]["index"]["state"] == "ready",
                       "postil/status ready", timeout=INDEX_DEADLINE)
        assert {f"mod{i}.py" for i in range(FILES)} <= indexed_files(tmp_path)


async def test_index_can_be_turned_off(tmp_path, fake):
    workspace(tmp_path)
    llm_review_on(tmp_path, fake)
    async with running(tmp_path, EDITORS["neovim"](), init_options={"index": {"enable": False}}) as client:
        uri = open_doc(client, tmp_path / "a.py", "eval(input())\n")
        assert await diagnostics(client, uri, lambda ds: len(ds) == 1)
        status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
        assert status["index"]["state"] == "off"
        assert not index_tokens(client)
        assert not (tmp_path / ".postil" / "index").exists()
