"""A client cancelling a request the server has already answered (VS Code does this all the time
for results it no longer needs) is normal LSP traffic: the user sees no warning about it."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, diagnostics, open_doc, running
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions

CODE = "x = 1\nif x == None:\n    print(x)\n"


async def test_a_cancel_after_the_answer_logs_nothing(tmp_path):
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE)
        await diagnostics(client, uri, lambda ds: len(ds) >= 1)
        client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id=987654))
        # Messages are handled in order: once this answer is back the cancel was handled, and any
        # log line it caused was sent before the answer.
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
        assert not [m.message for m in client.log_messages if "Cancel notification" in m.message]
