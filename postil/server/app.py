"""The language server: every LSP feature registered in a few lines that delegate
to one module per feature (diagnostics, hover, code_actions, commands, configuration,
watching, indexing, llm_review). Nothing here imports the LLM or retrieval stacks, and the analysis
engine loads lazily (``postil.server.engine``) after ``initialize`` is answered.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import json
import logging

from lsprotocol import types
from pygls.capabilities import ServerCapabilitiesBuilder
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol

from postil import __version__
from postil.server import (
    checking,
    code_actions,
    command_names,
    commands,
    configuration,
    diagnostics,
    hover,
    indexing,
    jobs,
    learn_rule,
    llm_review,
    notices,
    watching,
)
from postil.server.positions import PositionEncoder, install_fast_changes
from postil.server.session import ClientAbilities, DocumentState, Session

log = logging.getLogger("postil.server")

REINDEX = "postil.reindex"
FIRST_CHECK_GRACE = 2.0  # seconds background work waits for the first diagnostics before starting anyway
REQUEST_BOUND = 15.0  # seconds any handler may take before it answers with a plain error
WORKSPACE_CHECK_BOUND = 1800.0  # a whole workspace's check (with progress, cancellable) may take long


class PostilProtocol(LanguageServerProtocol):
    """pygls's protocol with a short path for ``didChange``, and notifications the user reads
    (messages, progress) as plain text (``postil.server.notices``).

    Typing sends one notification per keystroke and a request (a code action)
    waits behind all of them. pygls's generic dispatch costs ~50 µs per message
    (runtime ``Protocol`` isinstance checks, a uuid, a context copy, a generator
    and a future); a change needs none of it: apply it to the document exactly as
    pygls's own handler does, then call ours.
    """

    def handle_message(self, message) -> None:
        if type(message) is types.DidChangeTextDocumentNotification and not self._shutdown:
            params = message.params
            for change in params.content_changes:
                self.workspace.update_text_document(params.text_document, change)
            handler = self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)
            if handler is not None:
                handler(params)
            return
        super().handle_message(message)

    def notify(self, method: str, params=None) -> None:
        super().notify(method, notices.as_text(method, params))

    first_sight = None  # postil.server.front.Handover, until the server's answer to its initialize

    def _send_response(self, msg_id, result=None, error=None) -> None:
        # The answer to the `initialize` the front read is kept for the next start, and not sent
        # again when the front sent it already.
        handover = self.first_sight
        if handover is not None and msg_id == handover.initialize_id:
            self.first_sight = None
            if error is None and handover.server_answered(
                    json.loads(json.dumps(result, default=self._serialize_message)), self._server.session):
                return
        super()._send_response(msg_id, result, error)


class PostilServer(LanguageServer):
    def __init__(self, session: Session | None = None) -> None:
        super().__init__("postil", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=PostilProtocol)
        self.session = session or Session()

    def shutdown(self) -> None:
        # Input ended or `exit`: stop indexing and reviews; a check or warm-up in progress
        # writes nothing, so it is not waited for (`postil serve` leaves with os._exit, no
        # interpreter teardown to trip over it: postil.commands.serve_command).
        stop_background(self)
        self.session.executor.shutdown(wait=False, cancel_futures=True)
        super().shutdown()

    def report_server_error(self, error, source) -> None:
        # Errors pygls caught: log them; requests already got an error response.
        if not isinstance(error, RequestFailed):
            log.error("internal error (%s): %s", getattr(source, "__name__", source), error)


class RequestFailed(JsonRpcException):
    """What the user asked for cannot be done (no LLM provider, indexing off, a bad argument):
    the editor shows the message as it is, with no exception name, and no traceback is logged."""

    CODE = -32803  # LSP RequestFailed


def _not_request_failed(record: logging.LogRecord) -> bool:
    return not (record.exc_info and isinstance(record.exc_info[1], RequestFailed))


def stop_background(ls) -> None:
    """Stop indexing and cancel reviews (on `shutdown`, and again on exit: idempotent)."""
    session = ls.session
    session.shutting_down = True
    jobs.stop(ls)
    if session.indexing is not None:
        indexing.stop(ls)
    if session.reviews is not None:
        llm_review.stop(ls)


def guarded(handler=None, *, bound: float = REQUEST_BOUND):
    """Every handler's answer is bounded and plain. An async handler that has not finished
    within ``bound`` seconds is stopped and answered "postil: … did not finish in time".
    A ``ValueError`` is the user's request that cannot be done: answered as ``RequestFailed``
    with its message alone; any other exception is logged with its traceback and answered
    with one plain sentence (``postil.server.jobs.plain``): no exception name, no traceback."""
    if handler is None:
        return functools.partial(guarded, bound=bound)
    what = handler.__name__.replace("_", " ")

    def _failed(exc: BaseException) -> JsonRpcException:
        if isinstance(exc, JsonRpcException):  # ours, with its code (RequestFailed, ContentModified)
            return exc
        if isinstance(exc, ValueError):
            log.warning("%s: %s", handler.__name__, exc)
            return RequestFailed(str(exc))
        log.error("%s failed: %s", handler.__name__, exc, exc_info=exc)
        return RequestFailed(f"postil: {what} failed: {jobs.plain(exc)}")

    if asyncio.iscoroutinefunction(handler):
        @functools.wraps(handler)
        async def wrapper(*args, **kwargs):
            try:
                async with asyncio.timeout(bound):  # in the request's own task: it starts at once
                    return await handler(*args, **kwargs)
            except asyncio.CancelledError:
                raise
            except TimeoutError:
                log.warning("%s did not finish within %g s: stopped", handler.__name__, bound)
                raise RequestFailed(f"postil: {what} did not finish in time; try again") from None
            except Exception as exc:
                raise _failed(exc) from None
    else:
        @functools.wraps(handler)
        def wrapper(*args, **kwargs):
            try:
                return handler(*args, **kwargs)
            except Exception as exc:
                raise _failed(exc) from None
    return wrapper


def _after_initialize(ls: PostilServer) -> None:
    session = ls.session
    configuration.apply_settings(ls, None)  # the initialization options
    loop = asyncio.get_running_loop()
    warm = session.executor.submit(checking.warm_up, session, session.folders(ls.workspace))

    def when_warm(_) -> None:
        _collect_garbage_again()
        try:
            loop.call_soon_threadsafe(_engine_ready, ls)
        except RuntimeError:  # the loop is closed: the client exited during the warm-up
            pass

    warm.add_done_callback(when_warm)


def _collect_garbage_again() -> None:
    """`postil serve` starts with garbage collection off (commands/serve_command.py) and keeps it off
    until the engine is loaded: what the imports made lives as long as the process, so it is
    moved out of the collector's sight (``gc.freeze``) instead of being scanned again and
    again (~0.15 s of the first diagnostics on a loaded machine)."""
    gc.freeze()
    gc.enable()


def _engine_ready(ls: PostilServer) -> None:
    session = ls.session
    if session.shutting_down:
        return
    session.engine_ready = True
    asyncio.ensure_future(_start_background(ls))


async def _start_background(ls: PostilServer) -> None:
    """Once the first diagnostics are out (or a moment later when nothing is open): the LLM
    reviewer, then the workspace index if the reviewer will read it (postil.server.indexing).
    Neither competes with the first check for the interpreter."""
    first = ls.session.first_check
    if not first.is_set():
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(first.wait(), FIRST_CHECK_GRACE)
    await llm_review.ready(ls, None)
    indexing.after_warm_up(ls)


def _offer_pull_diagnostics(ls: PostilServer) -> None:
    """Serve ``textDocument/diagnostic`` (registered during ``initialize``, so only clients that
    can also be told to re-pull see the capability; every other client gets push)."""

    @ls.feature(types.TEXT_DOCUMENT_DIAGNOSTIC,
                types.DiagnosticOptions(identifier="postil", inter_file_dependencies=False,
                                        workspace_diagnostics=False))
    @guarded
    async def pull_diagnostics(ls: PostilServer, params: types.DocumentDiagnosticParams):
        return await diagnostics.pull(ls, params)


def create_server(session: Session | None = None) -> PostilServer:
    """The server; ``session``: the one the first check began (``postil.server.front``)."""
    server = PostilServer(session)
    logging.getLogger("pygls.protocol.json_rpc").addFilter(_not_request_failed)

    # --- lifecycle and settings ----------------------------------------------
    @server.feature(types.INITIALIZE)
    @guarded
    def initialize(ls: PostilServer, params: types.InitializeParams) -> None:
        session = ls.session
        session.client = ClientAbilities.of(params.capabilities)
        session.encoder = PositionEncoder(ServerCapabilitiesBuilder.choose_position_encoding(params.capabilities))
        session.init_options = params.initialization_options
        if session.cache is not None and session.cache.folders != [f.resolve() for f in session.folders(ls.workspace)]:
            session.cache, session.first_sight = None, {}  # the first check's folders are not these
        if session.client.pull_diagnostics:
            _offer_pull_diagnostics(ls)
        # Parse the settings, then load the engine and rule packs in the worker, once this
        # response is out (call_soon: pygls writes the response as soon as this handler
        # returns; the client sends nothing else before it has the answer).
        asyncio.get_running_loop().call_soon(_after_initialize, ls)

    @server.feature(types.INITIALIZED)
    @guarded
    async def initialized(ls: PostilServer, params: types.InitializedParams) -> None:
        session = ls.session
        log.info("postil %s: %s diagnostics, %s positions", __version__,
                 "pull" if session.client.pull_diagnostics else "push", session.encoder.encoding)
        await watching.register(ls)
        raw = await configuration.fetch_settings(ls)
        if raw is not None and configuration.apply_settings(ls, raw):
            configuration.reload(ls, "workspace settings")

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    @guarded
    async def did_change_configuration(ls: PostilServer, params: types.DidChangeConfigurationParams) -> None:
        await configuration.did_change_configuration(ls, params)

    @server.feature(types.SHUTDOWN)
    @guarded
    def shutdown(ls: PostilServer, *args) -> None:
        stop_background(ls)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @guarded
    def did_change_watched_files(ls: PostilServer, params: types.DidChangeWatchedFilesParams) -> None:
        watching.did_change_watched_files(ls, params)
        if ls.session.indexing is not None:
            indexing.did_change_watched_files(ls, params)

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    @guarded
    def did_change_workspace_folders(ls: PostilServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
        configuration.reload(ls, "workspace folders changed")

    # --- documents --------------------------------------------------------------
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded
    def did_open(ls: PostilServer, params: types.DidOpenTextDocumentParams) -> None:
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

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded
    def did_change(ls: PostilServer, params: types.DidChangeTextDocumentParams) -> None:
        session = ls.session
        if session.reviews is not None:
            llm_review.did_change(ls, params.text_document.uri)
        if session.settings.run == "onType":
            diagnostics.schedule(ls, params.text_document.uri, diagnostics.typing_delay(session, params.text_document.uri))
            diagnostics.recheck_importers(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    @guarded
    def did_save(ls: PostilServer, params: types.DidSaveTextDocumentParams) -> None:
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

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded
    def did_close(ls: PostilServer, params: types.DidCloseTextDocumentParams) -> None:
        session = ls.session
        uri = params.text_document.uri
        state = session.documents.pop(uri, None)
        if state is not None and state.pending is not None:
            state.pending.cancel()
        if session.reviews is not None:
            llm_review.did_close(ls, uri)
        if not session.client.pull_diagnostics:
            diagnostics.publish(ls, uri, [])

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded
    def hover_finding(ls: PostilServer, params: types.HoverParams):
        return hover.hover(ls, params)

    # --- code actions -------------------------------------------------------------
    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=code_actions.KINDS, resolve_provider=True))
    @guarded
    async def code_action(ls: PostilServer, params: types.CodeActionParams):
        return await code_actions.answer(ls, params)

    @server.feature(types.CODE_ACTION_RESOLVE)
    @guarded
    async def code_action_resolve(ls: PostilServer, params: types.CodeAction) -> types.CodeAction:
        return await code_actions.resolve(ls, params)

    # --- commands -----------------------------------------------------------------
    @server.command(command_names.CHECK_WORKSPACE)
    @guarded(bound=WORKSPACE_CHECK_BOUND)
    async def check_workspace(ls: PostilServer, *args):
        return await commands.check_workspace(ls, *args)

    @server.command(command_names.APPLY_FIXES)
    @guarded
    async def apply_fixes(ls: PostilServer, *args):
        return await commands.apply_fixes(ls, *args)

    @server.command(command_names.SHOW_STATUS)
    @guarded
    async def show_status(ls: PostilServer, *args):
        return await commands.show_status(ls, *args)

    # --- index and LLM review (postil.server.indexing, postil.server.commands) ----------
    @server.command(REINDEX)
    @guarded
    async def reindex(ls: PostilServer, *args):
        return await indexing.reindex(ls, *args)

    @server.command(command_names.REVIEW_FILE)
    @guarded
    async def review_file(ls: PostilServer, *args):
        return await commands.review_file(ls, *args)

    @server.command(command_names.EXPLAIN)
    @guarded
    async def explain(ls: PostilServer, *args):
        return await commands.explain(ls, *args)

    @server.command(command_names.FIX_WITH_AI)
    @guarded
    async def fix_with_ai(ls: PostilServer, *args):
        return await commands.fix_with_ai(ls, *args)

    @server.command(command_names.DISMISS)
    @guarded
    async def dismiss(ls: PostilServer, *args):
        return await commands.dismiss(ls, *args)

    @server.command(command_names.ACCEPT_FIX)
    @guarded
    async def accept_fix(ls: PostilServer, *args):
        return await commands.accept(ls, *args)

    @server.command(command_names.LEARN_RULE)
    @guarded
    async def make_rule(ls: PostilServer, *args):
        return await learn_rule.learn_rule(ls, *args)

    return server
