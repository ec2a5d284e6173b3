"""A repository of thousands of broken rules: the editor got a notification for every one (1,500
pop-ups, each check sent them all from the check process) and postil.showStatus listed them all.
Now the first few are shown, one message counts the rest, and the good rule beside them runs."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, diagnostics, open_doc, running, wait_for
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions

BAD = 1_500
GOOD = "id: repo/eval\nlanguage: python\nmessage: eval\nrule: {pattern: 'eval($X)'}\n"
CODE = "def run(code):\n    eval(code)\n"


def broken(i: int) -> str:
    return f"id: repo/broken-{i}\nlanguage: python\nmessage: m\nrule: {{pattern: [}}\n"


def errors_shown(client) -> list[str]:
    return [m.message for m in client.messages if m.type == types.MessageType.Error]


async def test_thousands_of_broken_rules_are_shown_a_few_then_counted(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "many.yml").write_text("---\n".join([GOOD, *map(broken, range(BAD))]))
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "app.py", CODE)
        assert "repo/eval" in {d.code for d in await diagnostics(client, uri, lambda ds: any(d.code == "repo/eval" for d in ds))}
        await wait_for(client, lambda: any("more invalid rules" in m for m in errors_shown(client)), "the count")
        shown = errors_shown(client)
        assert len(shown) == 21, len(shown)
        assert f"and {BAD - 20:,} more invalid rules skipped: {tmp_path / 'rules' / 'many.yml'} ({BAD - 20:,})" in shown[-1]
        status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
        assert len(status["ruleErrors"]) == 21 and "document 2: invalid YAML" in status["ruleErrors"][0]

