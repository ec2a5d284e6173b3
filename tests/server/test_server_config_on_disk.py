"""Config changed on disk with no word from the editor (issue 34): Neovim on Linux watches no
files, and a ``git checkout`` or another editor changes files behind any client. The next
check sees the change: the project config, a rule file under ``rule-dirs`` and the user's own
config file, with no didChangeWatchedFiles and no save of the config in the editor. Also the
editor's side of "config that tells you": postil.showStatus lists a ``select`` that leaves
out the rules ``rule-dirs`` adds, and the editor is told once."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, capabilities, change, diagnostics, is_pull, open_doc, running, wait_for
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions

NONE_CMP = "python/correctness/none-equality-comparison"
CODE = "x = 1\nif x == None:\n    print(x)\n"
RULE = "id: team/no-print\nlanguage: python\nseverity: warning\nmessage: {message}\nrule:\n  pattern: print($$$A)\n"


def codes(items) -> set[str]:
    return {d.code for d in items}


def messages(items, code: str) -> set[str]:
    return {d.message for d in items if d.code == code}


def typed(client, uri: str, version: int) -> None:
    """The user types a blank line at the end of the Python file (the config is not touched)."""
    change(client, uri, version, "\n", start=(3, 0))


@pytest.mark.parametrize("editor", EDITORS)
async def test_a_project_config_changed_on_disk_is_used_by_the_next_check(tmp_path, editor):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".postil.toml").write_text("fail-on = \"warning\"\n")
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE)
        assert NONE_CMP in codes(await diagnostics(client, uri, lambda ds: NONE_CMP in codes(ds)))
        (tmp_path / ".postil.toml").write_text(f'ignore = ["{NONE_CMP}"]\n')  # as `git checkout` would
        typed(client, uri, 2)
        items = await diagnostics(client, uri, lambda ds: NONE_CMP not in codes(ds), "the new config's diagnostics")
        assert NONE_CMP not in codes(items)


@pytest.mark.parametrize("editor", [*EDITORS, "neovim-pull"])
async def test_a_config_changed_on_disk_while_nobody_types_updates_the_diagnostics(tmp_path, editor):
    """A `git checkout` of another config with the editor idle: the server looks by itself."""
    (tmp_path / ".git").mkdir()
    (tmp_path / ".postil.toml").write_text("fail-on = \"warning\"\n")
    caps = capabilities("neovim@v0.11.0", refresh=True) if editor == "neovim-pull" else EDITORS[editor]()
    async with running(tmp_path, caps) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE)
        assert NONE_CMP in codes(await diagnostics(client, uri, lambda ds: NONE_CMP in codes(ds)))
        refreshed = client.record.refreshes
        (tmp_path / ".postil.toml").write_text(f'ignore = ["{NONE_CMP}"]\n')
        if is_pull(client):  # the server asks the editor to pull again; the editor is not polling
            await wait_for(client, lambda: client.record.refreshes > refreshed, "workspace/diagnostic/refresh")
        items = await diagnostics(client, uri, lambda ds: NONE_CMP not in codes(ds), "the new config's diagnostics")
        assert NONE_CMP not in codes(items)


@pytest.mark.parametrize("editor", EDITORS)
async def test_a_rule_file_and_the_user_config_changed_on_disk_are_used(tmp_path, user_config_home, editor):
    (tmp_path / ".git").mkdir()
    (tmp_path / "rules" / "more").mkdir(parents=True)
    (tmp_path / "rules" / "no-print.yml").write_text(RULE.format(message="old words"))
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE)
        await diagnostics(client, uri, lambda ds: messages(ds, "team/no-print") == {"old words"})
        (tmp_path / "rules" / "no-print.yml").write_text(RULE.format(message="new words"))
        typed(client, uri, 2)
        await diagnostics(client, uri, lambda ds: messages(ds, "team/no-print") == {"new words"}, "the edited rule")
        (tmp_path / "rules" / "more" / "again.yml").write_text(RULE.format(message="again").replace("no-print", "again"))
        change(client, uri, 3, "\n", start=(4, 0))
        await diagnostics(client, uri, lambda ds: messages(ds, "team/again") == {"again"}, "a new rule file, nested")
        (user_config_home / "postil").mkdir()
        (user_config_home / "postil" / "config.toml").write_text(f'ignore = ["{NONE_CMP}"]\n')
        change(client, uri, 4, "\n", start=(5, 0))
        items = await diagnostics(client, uri, lambda ds: NONE_CMP not in codes(ds), "the user config's diagnostics")
        assert "team/no-print" in codes(items)


async def test_show_status_lists_a_select_that_leaves_out_rule_dirs_rules_and_says_it_once(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "no-print.yml").write_text(RULE.format(message="no print"))
    (tmp_path / ".postil.toml").write_text('select = ["python"]\nrule-dirs = ["rules"]\n')
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE)
        await diagnostics(client, uri, lambda ds: NONE_CMP in codes(ds))
        status = await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="postil.showStatus"))
        [note] = status["configNotes"]
        assert "leaves out 1 rule(s) that rule-dirs adds" in note and "team/no-print" in note
        said = await wait_for(client, lambda: [m for m in client.messages if "rule-dirs adds" in m.message],
                              "the warning")
        change(client, uri, 2, "y = x == None\n", start=(0, 0))  # a second check, a second finding
        await diagnostics(client, uri, lambda ds: sum(d.code == NONE_CMP for d in ds) == 2, "the second check")
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
        assert len([m for m in client.messages if "rule-dirs adds" in m.message]) == len(said) == 1
        assert said[0].type == types.MessageType.Warning
