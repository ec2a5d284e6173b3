"""`postil serve` answers `postil search` in a workspace that has an index (issue 34): the
command run beside it gets the server's answer, the same as its own search, and the socket goes
with the server; a workspace without an index gets no socket and no `.postil/`."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import pytest
from lsp_harness import EDITORS, running, wait_for
from lsprotocol import types

pytestmark = pytest.mark.slow  # a server session and CLI runs

QUERY = "total of the invoice lines with tax"


def _postil(root, *args, env=None):
    return subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=root, capture_output=True, text=True, check=False,
                          timeout=120, env=env)


def _answering(client) -> bool:
    return any("answering `postil search`" in m.message for m in client.log_messages)


async def test_the_server_answers_a_search_run_beside_it(tmp_path):
    (tmp_path / "billing.py").write_text(
        "def invoice_total(lines, tax_rate):\n    return sum(line.amount for line in lines) * (1 + tax_rate)\n")
    assert (await asyncio.to_thread(_postil, tmp_path, "index", "--quiet")).returncode == 0
    alone = await asyncio.to_thread(_postil, tmp_path, "search", "--no-update", "--json", QUERY)
    assert alone.returncode == 0 and "invoice_total" in alone.stdout
    socket_path = tmp_path / ".postil" / "search.sock"
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        await wait_for(client, lambda: _answering(client), "the server to answer searches")
        assert socket_path.is_socket()
        served = await asyncio.to_thread(_postil, tmp_path, "search", "--no-update", "--json", QUERY,
                                         env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})  # imports, on stderr
        assert (served.returncode, served.stdout) == (alone.returncode, alone.stdout)
        assert not [line for line in served.stderr.splitlines() if line.endswith(" postil.rag.indexer")]
    assert not socket_path.exists()


async def test_a_workspace_the_server_indexes_is_answered_from_then_on(tmp_path):
    (tmp_path / "billing.py").write_text("def invoice_total(lines):\n    return sum(lines)\n")
    async with running(tmp_path, EDITORS["neovim"]()) as client:
        await wait_for(client, lambda: any("`postil search` is not answered here" in m.message
                                           for m in client.log_messages), "the server to say so")
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.reindex"))
        await wait_for(client, lambda: _answering(client), "the server to answer searches")
        assert (tmp_path / ".postil" / "search.sock").is_socket()


async def test_a_workspace_without_an_index_gets_no_socket(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    async with running(tmp_path, EDITORS["neovim"]()) as client:
        await wait_for(client, lambda: any("`postil search` is not answered here" in m.message
                                           for m in client.log_messages), "the server to say so")
    assert not (tmp_path / ".postil").exists()
