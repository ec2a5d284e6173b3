"""A pull of diagnostics that runs past its bound on a loaded machine is answered with the
protocol's "ask again" (``ServerCancelled``, ``retriggerRequest: true``), so the editor pulls
again instead of showing an error; other requests past their bound still fail plainly."""

from __future__ import annotations

import asyncio
import functools

import pytest
from lsprotocol import types

from postil.server import app, handler_guard, lifecycle


async def never_answers(*_args, **_kwargs):
    await asyncio.Event().wait()


async def test_a_late_pull_asks_the_editor_to_pull_again(monkeypatch):
    monkeypatch.setattr(lifecycle.diagnostics, "pull", never_answers)
    monkeypatch.setattr(lifecycle, "guarded", functools.partial(handler_guard.guarded, bound=0.01))
    server = app.create_server()
    lifecycle.offer_pull_diagnostics(server)
    pull = server.protocol.fm.features[types.TEXT_DOCUMENT_DIAGNOSTIC]
    with pytest.raises(handler_guard.ServerCancelled) as late:
        await pull(types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri="file:///a.py")))
    assert late.value.code == types.LSPErrorCodes.ServerCancelled
    assert late.value.data == {"retriggerRequest": True}
    assert "did not finish in time" in late.value.message


async def test_other_late_requests_still_fail_with_a_plain_message():
    hover = handler_guard.guarded(never_answers, "hover", bound=0.01)
    with pytest.raises(handler_guard.RequestFailed) as late:
        await hover()
    assert late.value.code == types.LSPErrorCodes.RequestFailed
    assert late.value.message == "postil: hover did not finish in time; try again"
