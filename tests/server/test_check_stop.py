"""A check that overruns its bound in the server is stopped: the rules run in the check process
(postil.server.check_process), which is killed, and the next check runs in a new one. The stuck
document shows one information line saying it was not checked and what to do.

The stuck step is real: a project rule comparing each element of a set literal of 30,000 strings
with every earlier one (test_hostile_check_stopped.stuck_project), one ast-grep search that holds
the interpreter for minutes (ast-grep-py keeps the GIL while it
searches, so no thread of the server's own process could have answered meanwhile)."""

from __future__ import annotations

import pytest
from lsprotocol import types
from test_hostile_check_stopped import hostile_set, stuck_project

from postil.config.editor import Settings
from postil.server import check_process, diagnostics
from postil.server.session import DocumentState, Session

pytestmark = pytest.mark.slow  # starts the check process

NORMAL = "def f(x):\n    if x == None:\n        return 1\n"
HOSTILE = hostile_set(30_000)


async def checked(session, folders, uri, text, buffers):
    """A document's check in the check process, bounded as the server bounds it."""
    return await diagnostics.in_worker(session, check_process.check, session, folders, uri, text, buffers)


@pytest.fixture
def session():
    session = Session()
    session.settings, _ = Settings.parse(None)
    yield session
    check_process.of(session).close()
    session.executor.shutdown(wait=True)


async def test_a_stuck_check_is_stopped_and_the_next_runs_in_a_new_process(tmp_path, monkeypatch, session):
    stuck_project(tmp_path)
    normal, hostile = (tmp_path / "normal.py").as_uri(), (tmp_path / "hostile.py").as_uri()
    first = await checked(session, [tmp_path], normal, NORMAL, {})
    assert [f.rule for f in first.findings] == ["python/correctness/none-equality-comparison"]
    warm = session.check_process.pid

    monkeypatch.setattr(check_process, "CHECK_BOUND", 1.0)  # the process is warm: only the search can take long
    stuck = await checked(session, [tmp_path], hostile, HOSTILE, {normal: NORMAL})
    assert stuck.overran and "was stopped" in stuck.skipped and "per-file-ignores" in stuck.skipped
    assert session.check_process.pid is None  # killed, not left running

    monkeypatch.setattr(check_process, "CHECK_BOUND", 600.0)  # (a new process loads the rules again)
    again = await checked(session, [tmp_path], normal, NORMAL.replace("x ==", "x  =="), {})
    assert [f.rule for f in again.findings] == ["python/correctness/none-equality-comparison"]
    assert session.check_process.pid not in (None, warm)

    state = DocumentState(hostile)
    diagnostics.store(state, 1, stuck)
    [shown] = diagnostics.diagnostics_of(session, state)
    assert shown.severity == types.DiagnosticSeverity.Information and "did not check this file" in shown.message


async def test_a_check_process_that_ended_while_idle_is_started_again(tmp_path, session):
    uri = (tmp_path / "a.py").as_uri()
    await checked(session, [tmp_path], uri, NORMAL, {})
    ended = session.check_process._child  # noqa: SLF001 — ended as the system would end it
    ended.kill()
    ended.wait()
    result = await checked(session, [tmp_path], uri, NORMAL, {})
    assert result.skipped is None and len(result.findings) == 1
    assert session.check_process.pid not in (None, ended.pid)
