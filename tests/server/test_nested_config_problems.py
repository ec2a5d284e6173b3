"""A sub-folder's own config (``sub/.postil.toml``) and the rules it loads are read only when a file
under it is checked. ``postil.checkWorkspace`` gathered the config problems before it checked any file,
so a nested config's broken rules, or a nested config that does not parse, were never shown in the
editor (``postil check`` says them on stderr). Now the workspace check loads each file's config
with the files, and shows their problems, the broken rules capped over all configs as one list."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, running, wait_for
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions

BAD = 30
CODE = "def run(code):\n    eval(code)\n"


def broken(i: int) -> str:
    return f"id: sub/broken-{i}\nlanguage: python\nmessage: m\nrule: {{pattern: [}}\n"


def errors_shown(client) -> list[str]:
    return [m.message for m in client.messages if m.type == types.MessageType.Error]


async def test_a_nested_configs_problems_are_shown_by_the_workspace_check(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "app.py").write_text(CODE)
    sub = tmp_path / "sub"
    (sub / "rules").mkdir(parents=True)
    (sub / "rules" / "bad.yml").write_text("---\n".join(map(broken, range(BAD))))
    (sub / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    (sub / "view.py").write_text(CODE)
    other = tmp_path / "other"
    other.mkdir()
    (other / ".postil.toml").write_text("select = [\n")  # (does not parse)
    (other / "job.py").write_text(CODE)
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        summary = await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="postil.checkWorkspace"))
        assert summary["findings"] == 3, summary  # (eval in each folder: the broken config's files checked with defaults)
        await wait_for(client, lambda: any("more invalid rules" in m for m in errors_shown(client)), "the count")
        shown = errors_shown(client)
        rules = [m for m in shown if "bad.yml" in m]
        assert len(rules) == 21, shown  # the first 20, then one line counting the rest
        assert f"and {BAD - 20:,} more invalid rules skipped: {sub / 'rules' / 'bad.yml'} ({BAD - 20:,})" in rules[-1]
        assert any(str(other / ".postil.toml") in m for m in shown), shown
