"""Diagnostics: check documents off the event loop and deliver the results.

Push (``textDocument/publishDiagnostics``) or pull (``textDocument/diagnostic``),
chosen once from the client's capabilities, never both: pull only for a client that
also takes ``workspace/diagnostic/refresh``. Typing checks at once
while checks are fast (Ruff's way); only one check per document is in flight, changes
made meanwhile coalesce into one more check, and a result computed for an older
version of the document than the current one is dropped. A document whose last
check was slow waits as long as that check took (at most ``SLOW_DELAY``) before the
next; ``debounceMs`` sets a fixed delay instead.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time

from lsprotocol import types

from postil.analyzers.findings import Finding, LineIndex
from postil.server import check_process, config_notes, config_watch, diagnostic_json
from postil.server.check_process import CHECK_BOUND, stopped_after
from postil.server.checking import CheckResult, store
from postil.server.session import DocumentState, Session
from postil.server.uris import uri_to_path

log = logging.getLogger("postil.server")


def _bounded(begun: list[float], session: Session, work, *args):
    begun.append(time.monotonic())
    return check_process.bounded(session, work, *args)


async def in_worker(session: Session, work, *args):
    """``work(*args)`` in the check worker (a request to the check process: ``check_process``),
    stopped :data:`CHECK_BOUND` seconds after it starts: the check process is killed, and ``work``
    comes back at once, saying so (check_process.Ended). The event loop never waits on it."""
    begun: list[float] = []
    waiting = asyncio.wrap_future(session.executor.submit(_bounded, begun, session, work, *args))
    while not waiting.done():
        left = 2 * CHECK_BOUND - (time.monotonic() - begun[0]) if begun else 0.5
        if left <= 0:  # not back though stopped: stuck in this process (never in a rule), leave it
            raise check_process.Ended(stopped_after(CHECK_BOUND))
        await asyncio.wait([waiting], timeout=left)
    return waiting.result()


# --- conversion (postil.server.diagnostic_json) ------------------------------------------------
@functools.cache
def _converter():
    from lsprotocol.converters import get_converter

    return get_converter()  # (builds a new converter on every call)


def _structured(found: dict) -> types.Diagnostic:
    return _converter().structure(found, types.Diagnostic)


def to_diagnostic(session: Session, finding: Finding, index: LineIndex, version: int | None,
                  uri: str) -> types.Diagnostic:
    """One finding of the document at ``uri`` (its related places are in the same document)."""
    return _structured(diagnostic_json.diagnostic(session, finding, index, version, uri))


def skipped_diagnostic(reason: str) -> types.Diagnostic:
    """The one line on a file postil did not check, saying why (diagnostic_json.skip_notice)."""
    return _structured(diagnostic_json.skip_notice(reason))


def diagnostics_of(session: Session, state: DocumentState) -> list[types.Diagnostic]:
    return [_structured(found) for found in diagnostic_json.of_document(session, state)]


# --- the loop side -----------------------------------------------------------
def show_problems(ls, problems: list[str]) -> None:
    """One window/showMessage per new config or rule problem, plus a log line."""
    session: Session = ls.session
    for problem in problems:
        if problem in session.shown_messages:
            continue
        session.shown_messages.add(problem)
        log.error("%s", problem)
        ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=f"postil: {problem}"))


async def run_check(ls, uri: str, version: int | None, text: str) -> CheckResult:
    """Check text in the check process; problems are shown, failures logged (never raised)."""
    session: Session = ls.session
    folders = session.folders(ls.workspace)
    log.debug("checking %s (version %s)", uri, version)
    config_watch.reload_if_changed(ls)  # no editor told us (no file watching, a git checkout): reload before checking
    generation = session.cache_generation
    try:
        with session.pause_background():
            buffers = {u: ls.workspace.get_text_document(u).source for u in session.documents if u != uri}
            result = await in_worker(session, check_process.check, session, folders, uri, text, buffers)
    except check_process.Ended as ended:
        result = CheckResult(skipped=ended.why, overran=True)
    except Exception:
        log.exception("checking %s failed", uri)
        return CheckResult(skipped="internal error (see the log)", generation=generation)
    finally:
        session.first_check.set()
    result.generation = generation
    session.lint_count += 1
    session.lint_total_seconds += result.seconds
    session.last_units, session.last_searched = result.units, result.searched
    show_problems(ls, result.problems)
    config_notes.announce(ls)
    if result.skipped:
        (log.warning if result.overran else log.info)("not checking %s: %s", uri, result.skipped)
    return result


def publish(ls, uri: str, diagnostics: list[types.Diagnostic], version: int | None = None) -> None:
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version))


FAST_CHECK = 0.15  # seconds: below this a check runs on every change, with no delay
SLOW_DELAY = 0.25  # the longest wait a slow document gets after a keystroke


def typing_delay(session: Session, uri: str) -> float:
    """Seconds to wait after a change before checking ``uri`` (run = onType)."""
    if session.settings.debounce_ms is not None:
        return session.settings.debounce_ms / 1000
    state = session.documents.get(uri)
    last = state.lint_seconds if state is not None else 0.0
    return 0.0 if last < FAST_CHECK else min(last, SLOW_DELAY)


def schedule(ls, uri: str, delay: float) -> None:
    """(Re)start the debounce timer of a document; push mode only."""
    session: Session = ls.session
    state = session.documents.get(uri)
    if state is None or session.client.pull_diagnostics or not session.settings.enable:
        return
    if state.pending is not None:
        state.pending.cancel()
    loop = asyncio.get_running_loop()
    state.pending = loop.call_later(delay, _start, ls, uri)


def _start(ls, uri: str) -> None:
    state = ls.session.documents.get(uri)
    if state is None:
        return
    state.pending = None
    if state.running:
        state.rerun = True  # coalesce: the running check is followed by one more
        return
    asyncio.ensure_future(check_and_publish(ls, uri))


async def check_and_publish(ls, uri: str) -> None:
    session: Session = ls.session
    state = session.documents.get(uri)
    if state is None:
        return
    state.running = True
    try:
        while True:
            state.rerun = False
            document = ls.workspace.get_text_document(uri)
            version, text = document.version, document.source
            result = await run_check(ls, uri, version, text)
            if session.documents.get(uri) is not state:
                return  # closed meanwhile
            if ls.workspace.get_text_document(uri).version != version:
                log.debug("dropping results for %s version %s (now %s)", uri, version,
                          ls.workspace.get_text_document(uri).version)
            elif not result.current(session):
                log.debug("dropping results for %s computed before a reload", uri)
                state.rerun = True
            else:
                store(state, version, result)
                publish(ls, uri, diagnostics_of(session, state), version)
            if not state.rerun:
                return
    finally:
        state.running = False


async def results_for_current_version(ls, uri: str) -> DocumentState | None:
    """The document's findings for its current version, checking it if needed."""
    session: Session = ls.session
    state = session.documents.get(uri)
    if state is None:
        return None
    for _ in range(5):
        document = ls.workspace.get_text_document(uri)
        if state.result_version == document.version and state.result_version is not None:
            return state
        version = document.version
        result = await run_check(ls, uri, version, document.source)
        if session.documents.get(uri) is not state:
            return None
        if ls.workspace.get_text_document(uri).version == version and result.current(session):
            store(state, version, result)
            return state
    return None


async def pull(ls, params: types.DocumentDiagnosticParams):
    """``textDocument/diagnostic``: the full report, or "unchanged" for the same result id."""
    session: Session = ls.session
    uri = params.text_document.uri
    state = session.documents.get(uri)
    if state is None or not session.settings.enable:
        return types.RelatedFullDocumentDiagnosticReport(items=[])
    if session.settings.run == "onSave" and state.result_version is not None and not state.saved_since_pull:
        current = state  # onSave: keep the last results until the next save
    else:
        current = await results_for_current_version(ls, uri)
        state.saved_since_pull = False
    if current is None:
        raise _content_modified()
    if params.previous_result_id is not None and params.previous_result_id == current.result_id:
        return types.RelatedUnchangedDocumentDiagnosticReport(result_id=current.result_id)
    return types.RelatedFullDocumentDiagnosticReport(items=diagnostics_of(session, current),
                                                     result_id=current.result_id)


def _content_modified():
    from pygls.exceptions import JsonRpcException

    class ContentModified(JsonRpcException):
        CODE = -32801

    return ContentModified("document changed while it was being checked")


def recheck_importers(ls, uri: str) -> None:
    """After ``uri`` changed: check again the open documents that import it (their taint
    flows go through its functions, see taint_modules), and those importing them."""
    session: Session = ls.session
    path = uri_to_path(uri)
    if path is None or session.check_process is None or not session.settings.enable:
        return
    from postil.analyzers.rules.taint_imports import importers_in

    importers = importers_in(session.check_process.importers, path)  # (a workspace check's too)
    if not importers:
        return
    stale = [other for other in session.documents
             if other != uri and (p := uri_to_path(other)) is not None and p.resolve() in importers]
    for other in stale:
        session.documents[other].result_version = None
        session.documents[other].saved_since_pull = True
    if stale and session.client.pull_diagnostics:
        ls.workspace_diagnostic_refresh(None)
    for other in stale:
        schedule(ls, other, typing_delay(session, other))


def refresh(ls) -> None:
    """After settings, config or rule changes: re-check what the editor shows."""
    session: Session = ls.session
    for state in session.documents.values():
        state.result_version = None
        state.saved_since_pull = True
    if session.client.pull_diagnostics:
        ls.workspace_diagnostic_refresh(None)
        return
    if not session.settings.enable:
        for uri in session.documents:
            publish(ls, uri, [])
        return
    for uri in list(session.documents):
        schedule(ls, uri, 0)
