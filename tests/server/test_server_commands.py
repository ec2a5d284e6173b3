"""Commands: postil.checkWorkspace (progress, cancel), postil.applyFixes, postil.showStatus."""

from __future__ import annotations

import asyncio

import pytest
from lsp_harness import EDITORS, diagnostics, open_doc, running, wait_for
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions

NONE_CMP = "python/correctness/none-equality-comparison"


def command(name, *arguments):
    return types.ExecuteCommandParams(command=name, arguments=list(arguments) or None)


@pytest.mark.parametrize("editor", EDITORS)
async def test_check_workspace_reports_progress_and_publishes_per_file(tmp_path, editor):
    for i in range(5):
        (tmp_path / f"m{i}.py").write_text("x = 1\nif x == None:\n    pass\n")
    (tmp_path / "clean.py").write_text("x = 1\n")
    (tmp_path / ".gitignore").write_text("ignored.py\n")
    (tmp_path / "ignored.py").write_text("x == None\n")
    async with running(tmp_path, EDITORS[editor]()) as client:
        summary = await client.workspace_execute_command_async(command("postil.checkWorkspace"))
        assert summary["files"] == 7 and summary["checked"] == 7  # .gitignore, clean.py, m0..m4
        assert summary["findings"] == 5 and not summary["cancelled"]
        published = {p.uri.rsplit("/", 1)[-1] for p in client.record.publishes if p.diagnostics}
        assert published == {f"m{i}.py" for i in range(5)}
        [reports] = [r for t, r in client.progress_reports.items() if str(t).startswith("postil-check")]
        assert reports[0].kind == "begin" and reports[0].cancellable
        assert reports[-1].kind == "end" and "5 findings" in reports[-1].message


async def test_check_workspace_is_cancellable(tmp_path):
    for i in range(400):
        (tmp_path / f"m{i}.py").write_text("x = 1\n" * 50)
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        task = asyncio.ensure_future(client.workspace_execute_command_async(command("postil.checkWorkspace")))
        token = await wait_for(client, lambda: next((t for t, r in client.progress_reports.items()
                                                     if any(x.kind == "report" for x in r)), None), "progress")
        client.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=token))
        summary = await task
        assert summary["cancelled"] and summary["checked"] < 400
        assert client.progress_reports[token][-1].kind == "end"
        # the server is still responsive
        status = await client.workspace_execute_command_async(command("postil.showStatus"))
        assert status["lastWorkspaceCheck"]["cancelled"]


async def test_apply_fixes_sends_workspace_edit(tmp_path):
    text = "def f(a, b):\n    return a == None or b != None\n"
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", text)
        await diagnostics(client, uri, lambda ds: len(ds) == 2)
        result = await client.workspace_execute_command_async(command("postil.applyFixes", uri))
        assert result == {"applied": True, "edits": 2}
        [applied] = client.record.applied
        from test_server_code_actions import apply
        edits = [e for c in applied.edit.document_changes for e in c.edits]
        assert apply(text, edits) == "def f(a, b):\n    return a is None or b is not None\n"


async def test_show_status_names_config_rules_and_timings(tmp_path):
    (tmp_path / ".postil.toml").write_text('ignore = ["python/correctness"]\n')
    async with running(tmp_path, EDITORS["neovim"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", "eval(input())\n")
        await diagnostics(client, uri, lambda ds: len(ds) == 1)
        status = await client.workspace_execute_command_async(command("postil.showStatus"))
        assert status["configFiles"] == [str(tmp_path / ".postil.toml")]
        assert status["diagnostics"] == "push"  # Neovim 0.11 pulls but takes no refresh: pushed
        assert list(status["rules"].values())[0] > 20
        assert status["checks"] >= 1 and status["averageCheckMs"] > 0
        assert not client.messages  # the editor shows the answer; no extra popup


async def test_a_huge_wrong_argument_gets_a_short_plain_error_and_the_server_goes_on(tmp_path):
    """A client (or a buggy extension) sending a 1 MB string where a URI is expected got the
    whole argument back in the error and in the log; the answer is now one bounded sentence."""
    (tmp_path / "m.py").write_text("x = 1\nif x == None:\n    pass\n")
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        with pytest.raises(Exception) as failed:
            await client.workspace_execute_command_async(command("postil.applyFixes", "\x1b[31m" + "x" * 1_000_000))
        said = str(failed.value)
        assert "applyFixes" in said and len(said) < 1_000 and "\x1b" not in said, len(said)
        status = await client.workspace_execute_command_async(command("postil.showStatus"))
        assert status  # still serving
