"""A ``select`` that keeps no model finding while a provider is configured (issue 34): the
editor is told once and postil.showStatus lists it, and a save asks the model nothing (before,
the server paid for a review and dropped every finding). With ``llm`` selected, it asks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lsp_harness import EDITORS, edit_and_save, open_doc, running, wait_for
from lsprotocol import types

from postil import trust_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
from fake_provider import finding

pytestmark = pytest.mark.slow  # language-server sessions

CODE = "def total(items):\n    result = 0\n    for item in items:\n        result += item.price\n    return result\n"
EDITED = CODE.replace("result = 0", "result = 0.0")
NOTE = "keep no model finding (llm/*) while LLM provider openai-compatible is configured"


def reviews_ended(client) -> int:
    return sum(1 for t, r in client.progress_reports.items() if str(t).startswith("postil-review") and r and r[-1].kind == "end")


@pytest.mark.parametrize("select, asked", [('["python"]', False), ('["python", "llm"]', True)])
async def test_a_select_without_llm_is_said_once_and_asks_the_model_nothing(tmp_path, fake, select, asked):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".postil.toml").write_text(f'select = {select}\n[llm]\nprovider = "openai-compatible"\n'
                                           f'base-url = "{fake.openai_url}"\nmodel = "test-model"\n')
    trust_store.record([tmp_path / ".postil.toml"])
    path = tmp_path / "shop.py"
    path.write_text(CODE)
    fake.answer(finding("result += item.price", "item.price may be None", category="bug"))
    async with running(tmp_path, EDITORS["vscode"](), init_options={"index": {"enable": False}}) as client:
        uri = open_doc(client, path, CODE)
        edit_and_save(client, path, uri, EDITED)
        await wait_for(client, lambda: reviews_ended(client) >= 1, "the review on save")
        status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
        said = [m for m in client.messages if NOTE in m.message]
        if asked:
            assert fake.received and status["configNotes"] == [] and said == []
        else:
            assert fake.received == []
            assert [n for n in status["configNotes"] if NOTE in n] == status["configNotes"] != []
            assert len(said) == 1 and said[0].type == types.MessageType.Warning
