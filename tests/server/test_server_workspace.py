"""Settings, config and rule reloads, errors, stale results, commands and bounds."""

from __future__ import annotations

import pytest
from lsp_harness import (
    EDITORS,
    INDEX_DEADLINE,
    capabilities,
    change,
    diagnostics,
    is_pull,
    latest_published,
    open_doc,
    running,
    wait_for,
)
from lsprotocol import types
from pygls.exceptions import JsonRpcException

pytestmark = pytest.mark.slow  # language-server sessions

NONE_CMP = "python/correctness/none-equality-comparison"
RULE_OK = "id: team/no-print\nlanguage: python\nseverity: warning\nmessage: no print calls\nrule:\n  pattern: print($$$A)\n"
RULE_BAD = "id: team/broken\nlanguage: python\nmessage: broken\nrule:\n  patern: foo($X)\n"
CODE = "x = 1\nif x == None:\n    print(x)\n"


def codes(items) -> set[str]:
    return {d.code for d in items}


def watched(client, path, kind=types.FileChangeType.Changed):
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=path.as_uri(), type=kind)]))


# Pull clients that can be told to refresh, and push clients.
RELOAD_EDITORS = {
    "vscode": lambda: capabilities("visual-studio-code@v1.65.2"),
    "neovim-pull-refresh": lambda: capabilities("neovim@v0.11.0", refresh=True),
}


@pytest.mark.parametrize("editor", RELOAD_EDITORS)
async def test_config_change_refreshes_diagnostics(tmp_path, editor):
    (tmp_path / "pyproject.toml").write_text("[tool.postil]\n")
    async with running(tmp_path, RELOAD_EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE)
        assert NONE_CMP in codes(await diagnostics(client, uri, lambda ds: len(ds) >= 1))
        (tmp_path / "pyproject.toml").write_text(f'[tool.postil]\nignore = ["{NONE_CMP}"]\n')
        watched(client, tmp_path / "pyproject.toml")
        if is_pull(client):
            await wait_for(client, lambda: client.diagnostic_refresh_count >= 1, "workspace/diagnostic/refresh")
        items = await diagnostics(client, uri, lambda ds: NONE_CMP not in codes(ds), "refreshed diagnostics")
        assert NONE_CMP not in codes(items)


async def test_pull_client_without_refresh_support_is_pushed_and_never_sent_refresh(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.postil]\n")
    async with running(tmp_path, EDITORS["neovim"]()) as client:
        assert client.init_result.capabilities.diagnostic_provider is None
        uri = open_doc(client, tmp_path / "a.py", CODE)
        assert NONE_CMP in codes(await diagnostics(client, uri, lambda ds: len(ds) >= 1))
        (tmp_path / "pyproject.toml").write_text(f'[tool.postil]\nignore = ["{NONE_CMP}"]\n')
        watched(client, tmp_path / "pyproject.toml")
        await diagnostics(client, uri, lambda ds: NONE_CMP not in codes(ds), "pushed after the reload")
        assert client.diagnostic_refresh_count == 0


async def test_watchers_registered_dynamically_for_vscode(tmp_path):
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        regs = await wait_for(client, lambda: client.record.registrations, "registerCapability")
        assert regs[0].method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        globs = {w["globPattern"] for w in regs[0].register_options["watchers"]}
        assert "**/pyproject.toml" in globs and "**/.postil.toml" in globs


@pytest.mark.parametrize("editor", EDITORS)
async def test_invalid_rule_file_reports_once_and_other_rules_work(tmp_path, editor):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "ok.yml").write_text(RULE_OK)
    (tmp_path / "rules" / "bad.yml").write_text(RULE_BAD)
    (tmp_path / "pyproject.toml").write_text('[tool.postil]\nrule-dirs = ["rules"]\n')
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE)
        items = await diagnostics(client, uri, lambda ds: "team/no-print" in codes(ds))
        assert NONE_CMP in codes(items)
        errors = [m for m in client.messages if m.type == types.MessageType.Error]
        assert len(errors) == 1
        assert "bad.yml" in errors[0].message and "patern" in errors[0].message
        # a second document does not repeat the message
        uri2 = open_doc(client, tmp_path / "b.py", CODE)
        await diagnostics(client, uri2, lambda ds: "team/no-print" in codes(ds))
        assert len([m for m in client.messages if m.type == types.MessageType.Error]) == 1


async def test_rule_file_edit_reloads_rules(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.postil]\nrule-dirs = ["rules"]\n')
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE)
        assert "team/no-print" not in codes(await diagnostics(client, uri, lambda ds: len(ds) >= 1))
        (tmp_path / "rules" / "ok.yml").write_text(RULE_OK)
        watched(client, tmp_path / "rules" / "ok.yml", types.FileChangeType.Created)
        await diagnostics(client, uri, lambda ds: "team/no-print" in codes(ds), "the new rule's finding")


async def test_invalid_config_names_file_and_key_and_defaults_still_work(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.postil]\nselct = ["x"]\n')
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE)
        assert NONE_CMP in codes(await diagnostics(client, uri, lambda ds: len(ds) >= 1))
        [error] = [m for m in client.messages if m.type == types.MessageType.Error]
        assert "pyproject.toml" in error.message and "selct" in error.message
        await wait_for(client, lambda: any("selct" in m.message for m in client.log_messages), "a log line")


@pytest.mark.parametrize("editor", EDITORS)
async def test_settings_from_init_options_and_did_change_configuration(tmp_path, editor):
    async with running(tmp_path, EDITORS[editor](), init_options={"ignore": [NONE_CMP]}) as client:
        uri = open_doc(client, tmp_path / "a.py", CODE + "eval(input())\n")
        items = await diagnostics(client, uri, lambda ds: len(ds) >= 1)
        assert NONE_CMP not in codes(items)
        client.set_configuration({"postil": {"ignore": [], "select": [NONE_CMP]}})
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={}))
        # no edit: Neovim 0.11 (pull without refresh support) is pushed the change
        items = await diagnostics(client, uri, lambda ds: codes(ds) == {NONE_CMP}, "only the selected rule")


async def test_multi_root_each_document_uses_nearest_config(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for root in (a, b):
        root.mkdir()
    (b / ".postil.toml").write_text(f'ignore = ["{NONE_CMP}"]\n')
    async with running(a, EDITORS["vscode"](), folders=[a, b]) as client:
        ua = open_doc(client, a / "x.py", CODE)
        ub = open_doc(client, b / "x.py", CODE)
        assert NONE_CMP in codes(await diagnostics(client, ua, lambda ds: len(ds) >= 1))
        await diagnostics(client, ub, lambda ds: True)
        assert NONE_CMP not in codes(latest_published(client, ub).diagnostics)


async def test_config_outside_workspace_is_never_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text(f'[tool.postil]\nignore = ["{NONE_CMP}"]\n')
    project = tmp_path / "project"
    project.mkdir()
    async with running(project, EDITORS["vscode"]()) as client:
        uri = open_doc(client, project / "a.py", CODE)
        assert NONE_CMP in codes(await diagnostics(client, uri, lambda ds: len(ds) >= 1))


async def test_stale_results_are_dropped(tmp_path):
    # version 2 pastes code nothing has checked yet, whose flows take seconds to follow (a round
    # trip to the client takes milliseconds); version 3 is a one-line edit that arrives meanwhile
    pasted = "import os, shlex\nfrom flask import request\n" + "".join(
        f"def f{i}(x):\n    y = request.args.get('a{i}')\n    if not y:\n        y = ''\n"
        f"    return os.system(shlex.quote(y))\n" for i in range(3000))
    async with running(tmp_path, EDITORS["vscode"](), init_options={"logLevel": "debug", "debounceMs": 0}) as client:
        uri = open_doc(client, tmp_path / "big.py", "y = x == None\n")
        await diagnostics(client, uri, lambda ds: len(ds) == 1)
        change(client, uri, 2, pasted, start=(0, 0), end=(1, 0))
        # (the v2 check of 3,000 flows runs first: on a loaded machine it alone can take tens of seconds)
        await wait_for(client, lambda: any("(version 2)" in m.message for m in client.log_messages), "check of v2",
                       INDEX_DEADLINE)
        change(client, uri, 3, "z = 2\n")  # arrives while version 2 is being checked
        await wait_for(client, lambda: any(p.version == 3 for p in client.record.publishes), "v3 diagnostics",
                       INDEX_DEADLINE)
        assert [p.version for p in client.record.publishes] == [1, 3]
        assert any("dropping results" in m.message for m in client.log_messages)


async def test_rapid_changes_are_coalesced(tmp_path):
    async with running(tmp_path, EDITORS["vscode"](), init_options={"debounceMs": 200}) as client:
        uri = open_doc(client, tmp_path / "a.py", "x = 1\n")
        await diagnostics(client, uri, lambda ds: True)
        for version in range(2, 102):
            change(client, uri, version, "y = None == y\n" if version == 101 else " ")
        await diagnostics(client, uri, lambda ds: len(ds) == 1)
        assert latest_published(client, uri).version == 101
        assert len(client.record.publishes) <= 4


async def test_run_on_save_waits_for_save(tmp_path):
    async with running(tmp_path, EDITORS["vscode"](), init_options={"run": "onSave", "debounceMs": 0}) as client:
        uri = open_doc(client, tmp_path / "a.py", "x = 1\n")
        await diagnostics(client, uri, lambda ds: True)
        change(client, uri, 2, "y = x == None\n")
        # a request after the change: the server has handled the change when it answers
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
        assert len(client.record.publishes) == 1
        client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
        await diagnostics(client, uri, lambda ds: len(ds) == 1, "diagnostics after save")


async def test_handler_exception_answers_error_and_server_survives(tmp_path):
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        with pytest.raises(JsonRpcException) as raised:
            await client.workspace_execute_command_async(types.ExecuteCommandParams(
                command="postil.applyFixes", arguments=[{"uri": 42}]))
        # a bad request: its plain message, no exception name, logged as one line without a traceback
        assert "expects a document URI" in str(raised.value) and "ValueError" not in str(raised.value)
        await wait_for(client, lambda: any("expects a document URI" in m.message for m in client.log_messages),
                       "logged failure")
        assert not any("Traceback" in m.message for m in client.log_messages)
        uri = open_doc(client, tmp_path / "a.py", CODE)
        assert NONE_CMP in codes(await diagnostics(client, uri, lambda ds: len(ds) >= 1))


async def test_a_rule_matching_every_line_does_not_flood_the_editor(tmp_path):
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        flood = "x = a\nx = b\n" * 1_500 + "eval(input())\n"  # 2,999 useless-assignment warnings, then an error
        uri = open_doc(client, tmp_path / "flood.py", flood)
        notice, *shown = await diagnostics(client, uri, lambda ds: len(ds) > 1)
        assert notice.message.startswith("postil shows 1000 of 3000 findings in this file"), notice.message
        assert len(shown) == 1_000 and shown[-1].code == "python/security/tainted-code"  # the error is kept


async def test_hostile_documents_do_not_break_the_server(tmp_path):
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        huge = "x = 1\n" * 100_000
        u1 = open_doc(client, tmp_path / "huge.py", huge)
        u2 = open_doc(client, tmp_path / "bin.py", "a\0b\0" * 10)
        u3 = open_doc(client, tmp_path / "bad.py", "s = '\udcff\udcfe'\nif s == None: pass\n")
        u4 = open_doc(client, tmp_path / "big.py", "# " + "a" * 1_200_000 + "\nx == None\n")
        assert NONE_CMP in codes(await diagnostics(client, u3, lambda ds: len(ds) >= 1))
        assert not await diagnostics(client, u1, lambda ds: len(ds) == 0)  # 600 kB of clean code: checked
        for uri in (u2, u4):  # binary, over 1 MB: not checked, and one information line says why
            [notice] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
            assert notice.message.startswith("postil did not check this file: "), notice.message
        status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
        assert status["openDocuments"] == 4


async def test_a_generated_30000_key_dict_is_checked_whole_in_the_editor(tmp_path):
    """A data module (a 30,000-key dict, one key repeated at its end) gets its repeat and the other
    rules' findings, not a notice that it was not checked: its repeats are found by hashing each
    literal's keys once (rules/repeated_siblings.py), ~1 s of CPU where ast-grep's walk of every
    earlier key ran past the file's limit of 10 s (CPU time: the machine's load does not decide)."""
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        table = "TABLE = {\n" + "".join(f"    'key{i}': {i},\n" for i in range(30_000)) + "    'key7': 7,\n}\n"
        uri = open_doc(client, tmp_path / "table.py", table + "if TABLE == None:\n    pass\n")
        found = await diagnostics(client, uri, lambda ds: len(ds) >= 2)
        assert codes(found) == {"python/correctness/duplicate-dict-key", NONE_CMP}
        assert [d.range.start.line for d in found if d.code != NONE_CMP] == [30_001]
