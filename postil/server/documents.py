"""The text document notifications (open, change, save, close): each hands the document to
the rule check (``diagnostics``), the LLM review, the index and the config watcher."""

from __future__ import annotations

import asyncio

from lsprotocol import types

from postil.server import diagnostics, indexing, llm_review, watching
from postil.server.positions import install_fast_changes
from postil.server.session import DocumentState


def did_open(ls, params: types.DidOpenTextDocumentParams) -> None:
    session = ls.session
    uri = params.text_document.uri
    state, generation = session.first_sight.pop(uri, (None, None))
    checked = (state is not None and state.result_version == params.text_document.version
               and generation == session.cache_generation)
    session.documents[uri] = state if checked else DocumentState(uri)
    install_fast_changes(ls.workspace.get_text_document(uri), session.encoder)
    llm_review.did_open(ls, uri, params.text_document.text)
    if uri in session.scan_published and session.client.pull_diagnostics:
        diagnostics.publish(ls, uri, [])  # pulled from now on; never both
        session.scan_published.discard(uri)
    if checked:  # checked and shown by the front (which had no problem or note to show first)
        session.first_check.set()
    else:
        diagnostics.schedule(ls, uri, 0)


def did_change(ls, params: types.DidChangeTextDocumentParams) -> None:
    session = ls.session
    if session.reviews is not None:
        llm_review.did_change(ls, params.text_document.uri)
    if session.settings.run == "onType":
        diagnostics.schedule(ls, params.text_document.uri, diagnostics.typing_delay(session, params.text_document.uri))
        diagnostics.recheck_importers(ls, params.text_document.uri)


def did_save(ls, params: types.DidSaveTextDocumentParams) -> None:
    session = ls.session
    uri = params.text_document.uri
    state = session.documents.get(uri)
    if state is not None:
        state.saved_since_pull = True
        diagnostics.schedule(ls, uri, 0)
        diagnostics.recheck_importers(ls, uri)
        asyncio.ensure_future(llm_review.on_save(ls, uri))
    if session.indexing is not None:
        indexing.did_save(ls, uri)
    watching.did_save(ls, uri)


def did_close(ls, params: types.DidCloseTextDocumentParams) -> None:
    session = ls.session
    uri = params.text_document.uri
    state = session.documents.pop(uri, None)
    if state is not None and state.pending is not None:
        state.pending.cancel()
    if session.reviews is not None:
        llm_review.did_close(ls, uri)
    if not session.client.pull_diagnostics:
        diagnostics.publish(ls, uri, [])
