"""The check process bounds every rule check the server asks for, and never outlives the server.

``postil.checkWorkspace`` checked each file in the server's own process: a file whose check got
stuck in one ast-grep search (a set literal of 30,000 strings for a rule comparing each element
with every earlier one: the project's own here, see test_hostile_check_stopped.stuck_project)
froze every handler until the search ended, minutes later. And a server killed with SIGKILL
left its check process searching on until the search ended."""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import signal
from pathlib import Path

import pytest
from lsp_harness import DEADLINE, EDITORS, capabilities, change, latest_published, open_doc, quiet, running, wait_for
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from test_hostile_check_stopped import NONE_CMP, NORMAL, code_actions, hostile_set, stuck_project

from postil.server.diagnostics import CHECK_BOUND

pytestmark = pytest.mark.slow  # language-server sessions

SEARCHING_CPU = 0.5  # seconds of CPU a warm check process spends on the hostile document before its search ends


def child_of(pid: int) -> int | None:
    """The one process ``pid`` started (its check process), if any."""
    found = [int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]
    return found[0] if found else None


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def first_diagnostics(client, uri: str) -> list[types.Diagnostic]:
    """The document's first published diagnostics (the rules load first: slow on a loaded machine)."""
    published = await wait_for(client, lambda: latest_published(client, uri), uri, 4 * DEADLINE)
    return published.diagnostics


async def in_the_search(client, server: int, begin) -> int:
    """The server's check process, once it is in the search of the hostile document whose check
    ``begin()`` asks for (a normal document's check is over: the rules are loaded)."""
    checker = child_of(server)
    warm = cpu_seconds(checker)
    begin()
    loop = asyncio.get_running_loop()
    give_up = loop.time() + CHECK_BOUND
    while cpu_seconds(checker) < warm + SEARCHING_CPU:
        assert loop.time() < give_up, "the hostile document's check never started"
        await quiet(client, 0.2)
    return checker


async def test_a_stuck_file_of_the_workspace_check_is_stopped_and_the_server_keeps_answering(tmp_path):
    stuck_project(tmp_path)
    (tmp_path / "hostile.py").write_text(hostile_set(30_000))
    (tmp_path / "normal.py").write_text(NORMAL)
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        normal = open_doc(client, tmp_path / "normal.py")
        [finding] = await first_diagnostics(client, normal)
        checking = asyncio.ensure_future(client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="postil.checkWorkspace")))
        loop = asyncio.get_running_loop()
        give_up = loop.time() + CHECK_BOUND + 4 * DEADLINE
        while not checking.done():  # the server answers meanwhile (each within DEADLINE)
            assert loop.time() < give_up, "the workspace check was never stopped"
            actions = await code_actions(client, normal, finding)
            assert any(a.is_preferred for a in actions)
            await quiet(client, 1.0)
        summary = checking.result()
        # the two documents, the project's config and its rule file (secrets are looked for in every file)
        assert (summary["files"], summary["checked"], summary["skipped"], summary["cancelled"]) == (4, 4, 1, False)
        [notice] = latest_published(client, (tmp_path / "hostile.py").as_uri()).diagnostics
        assert notice.severity == types.DiagnosticSeverity.Information
        assert notice.message.startswith("postil did not check this file: ") and "stopped" in notice.message
        await asyncio.wait_for(client.shutdown_session(), DEADLINE)


async def test_the_check_process_ends_with_a_killed_server_even_in_the_middle_of_a_search(tmp_path):
    stuck_project(tmp_path)
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        server = client._server.pid  # noqa: SLF001 — the server's process, to kill
        normal = open_doc(client, tmp_path / "normal.py", NORMAL)
        await first_diagnostics(client, normal)
        checker = await in_the_search(client, server, lambda: open_doc(client, tmp_path / "hostile.py", hostile_set(30_000)))
        loop = asyncio.get_running_loop()
        gone = os.pidfd_open(checker)  # readable once the process has ended
        try:
            os.kill(server, signal.SIGKILL)
            ended = await loop.run_in_executor(None, _ends_within, gone, DEADLINE)
            assert ended, "the check process outlived the server"
        finally:
            os.close(gone)


def _ends_within(pidfd: int, seconds: float) -> bool:
    """Whether the process of ``pidfd`` ends within ``seconds`` (poll, not select: a full suite's
    descriptors pass select's limit of 1,024)."""
    waiter = select.poll()
    waiter.register(pidfd, select.POLLIN)
    return bool(waiter.poll(seconds * 1000))


async def pulled(client, uri: str, give_up: float) -> list[types.Diagnostic]:
    """The document's diagnostics, pulled again until they come (a pull may be answered "ask again"
    while the check worker is busy) or ``give_up`` (the loop's time) passes."""
    loop = asyncio.get_running_loop()
    while loop.time() < give_up:
        with contextlib.suppress(JsonRpcException):
            report = await asyncio.wait_for(client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
                text_document=types.TextDocumentIdentifier(uri=uri))), max(0.1, give_up - loop.time()))
            return report.items
    raise AssertionError(f"no diagnostics for {uri}")


async def test_a_cancelled_pull_of_a_stuck_document_answers_and_its_check_is_stopped_all_the_same(tmp_path):
    """VS Code cancels pulls it no longer needs; a pull also gives up past REQUEST_BOUND (15 s),
    before CHECK_BOUND (20 s). The stuck check was stopped only by the request that waited for it:
    with that one gone it ran on, and every other document waited behind it."""
    stuck_project(tmp_path)
    async with running(tmp_path, capabilities("visual-studio-code", pull=True, refresh=True)) as client:
        server = client._server.pid  # noqa: SLF001 — the server's process, to find its check process
        normal = open_doc(client, tmp_path / "normal.py", NORMAL)
        loop = asyncio.get_running_loop()
        await pulled(client, normal, loop.time() + 4 * DEADLINE)
        hostile = open_doc(client, tmp_path / "hostile.py", hostile_set(30_000))
        asked: list[asyncio.Future] = []
        searching = await in_the_search(client, server, lambda: asked.append(asyncio.wrap_future(client.protocol.send_request(
            types.TEXT_DOCUMENT_DIAGNOSTIC, types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=hostile)),
            msg_id="pull-hostile"))))
        [pull] = asked
        client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id="pull-hostile"))
        done, _ = await asyncio.wait([pull], timeout=DEADLINE)
        assert done == {pull}, "the cancelled pull was not answered"

        change(client, normal, 2, "    return 3\n", start=(3, 0))  # checked once the stuck check is stopped
        found = await pulled(client, normal, loop.time() + CHECK_BOUND + 4 * DEADLINE)
        assert [d.range.start.line for d in found if d.code == NONE_CMP] == [1]
        assert child_of(server) not in (None, searching)  # the stuck one was killed, a new one checks
