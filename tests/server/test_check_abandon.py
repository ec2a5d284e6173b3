"""A check that overruns its bound in the server is abandoned (issue 30, item 5): the event
loop never waits on it, the next document's check runs on a new worker while the stuck one
still runs, and the stuck document shows one information line saying it was not checked.

The stuck step stands in for anything a check cannot leave between its steps (the linear
regex engine makes the regex case short; this bound is the server's own guard)."""

from __future__ import annotations

import asyncio
import threading

import pytest
from lsprotocol import types

from postil.server import diagnostics
from postil.server.session import DocumentState, Session

pytestmark = pytest.mark.slow  # language-server sessions


async def test_a_stuck_check_is_abandoned_and_the_next_runs_on_a_new_worker(monkeypatch):
    release = threading.Event()
    ran_on: dict[str, int] = {}

    def check_text(session, folders, uri, text, buffers):
        ran_on[uri] = threading.get_ident()
        if uri == "stuck":
            release.wait()  # a step that does not come back
        return diagnostics.CheckResult()

    monkeypatch.setattr(diagnostics, "check_text", check_text)
    monkeypatch.setattr(diagnostics, "CHECK_BOUND", 0.5)
    session = Session()
    first_worker = session.executor
    try:
        stuck = asyncio.ensure_future(diagnostics._in_worker(session, [], "stuck", "", {}))
        queued = asyncio.ensure_future(diagnostics._in_worker(session, [], "next", "", {}))  # behind the stuck one
        result = await asyncio.wait_for(stuck, 30)
        assert result.overran and "abandoned" in result.skipped
        assert (await asyncio.wait_for(queued, 30)).skipped is None
        assert not release.is_set() and session.executor is not first_worker
        assert ran_on["next"] != ran_on["stuck"]  # not queued behind the stuck thread

        state = DocumentState("file:///stuck.py")
        diagnostics.store(state, 1, result)
        [shown] = diagnostics.diagnostics_of(session, state)
        assert shown.severity == types.DiagnosticSeverity.Information and "did not check this file" in shown.message
    finally:
        release.set()
        session.executor.shutdown(wait=True)
