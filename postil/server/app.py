"""The language server: one table of the LSP messages and ``postil.*`` commands it answers, each
handled by a function of the module for that feature (documents, diagnostics, hover,
code_actions, commands, configuration, watching, indexing, learn_rule, lifecycle), every one
bounded and answering plainly (``handler_guard``). Nothing here imports the LLM or retrieval
stacks, and the analysis engine loads lazily (``postil.server.lazy_engine``) after ``initialize`` is
answered.
"""

from __future__ import annotations

import json
import logging

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol

from postil import __version__
from postil.server import (
    code_actions,
    command_names,
    commands,
    configuration,
    documents,
    hover,
    indexing,
    learn_rule,
    lifecycle,
    notices,
    watching,
)
from postil.server.handler_guard import REQUEST_BOUND, RequestFailed, guarded, not_request_failed
from postil.server.session import Session

log = logging.getLogger("postil.server")

WORKSPACE_CHECK_BOUND = 1800.0  # a whole workspace's check (with progress, cancellable) may take long

# LSP method, its options, the handler, and what messages call it (``handler_guard.guarded``).
FEATURES = (
    (types.INITIALIZE, None, lifecycle.initialize, "initialize"),
    (types.INITIALIZED, None, lifecycle.initialized, "initialized"),
    (types.WORKSPACE_DID_CHANGE_CONFIGURATION, None, configuration.did_change_configuration, "did_change_configuration"),
    (types.SHUTDOWN, None, lifecycle.shutdown, "shutdown"),
    (types.WORKSPACE_DID_CHANGE_WATCHED_FILES, None, watching.did_change_watched_files, "did_change_watched_files"),
    (types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS, None, configuration.did_change_workspace_folders,
     "did_change_workspace_folders"),
    (types.TEXT_DOCUMENT_DID_OPEN, None, documents.did_open, "did_open"),
    (types.TEXT_DOCUMENT_DID_CHANGE, None, documents.did_change, "did_change"),
    (types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False), documents.did_save, "did_save"),
    (types.TEXT_DOCUMENT_DID_CLOSE, None, documents.did_close, "did_close"),
    (types.TEXT_DOCUMENT_HOVER, None, hover.hover, "hover_finding"),
    (types.TEXT_DOCUMENT_CODE_ACTION,
     types.CodeActionOptions(code_action_kinds=code_actions.KINDS, resolve_provider=True),
     code_actions.answer, "code_action"),
    (types.CODE_ACTION_RESOLVE, None, code_actions.resolve, "code_action_resolve"),
)  # textDocument/diagnostic: registered in initialize for clients that can re-pull (lifecycle)

# ``workspace/executeCommand`` name, the handler, what messages call it, and its bound.
COMMANDS = (
    (command_names.CHECK_WORKSPACE, commands.check_workspace, "check_workspace", WORKSPACE_CHECK_BOUND),
    (command_names.APPLY_FIXES, commands.apply_fixes, "apply_fixes", REQUEST_BOUND),
    (command_names.SHOW_STATUS, commands.show_status, "show_status", REQUEST_BOUND),
    (command_names.REINDEX, indexing.reindex, "reindex", REQUEST_BOUND),
    (command_names.REVIEW_FILE, commands.review_file, "review_file", REQUEST_BOUND),
    (command_names.EXPLAIN, commands.explain, "explain", REQUEST_BOUND),
    (command_names.FIX_WITH_AI, commands.fix_with_ai, "fix_with_ai", REQUEST_BOUND),
    (command_names.DISMISS, commands.dismiss, "dismiss", REQUEST_BOUND),
    (command_names.ACCEPT_FIX, commands.accept, "accept_fix", REQUEST_BOUND),
    (command_names.LEARN_RULE, learn_rule.learn_rule, "make_rule", REQUEST_BOUND),
)


class PostilProtocol(LanguageServerProtocol):
    """pygls's protocol with a short path for ``didChange``, and notifications and questions the
    user reads (messages, progress, a message request) as plain text (``postil.server.notices``).

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

    def send_request(self, method: str, params=None, callback=None, msg_id=None):
        return super().send_request(method, notices.as_text(method, params), callback, msg_id)

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

    def reload_configuration(self, reason: str) -> None:
        """Forget checkers and config discovery, then re-check what the editor shows
        (``configuration.reload``). A check that finds a config changed on disk asks its server
        for this: the reload refreshes diagnostics, so diagnostics never import it."""
        configuration.reload(self, reason)

    def shutdown(self) -> None:
        # Input ended or `exit`: stop indexing and reviews; a check or warm-up in progress
        # writes nothing, so it is not waited for (`postil serve` leaves with os._exit, no
        # interpreter teardown to trip over it: postil.commands.serve_command).
        lifecycle.stop_background(self)
        self.session.executor.shutdown(wait=False, cancel_futures=True)
        if self.session.check_process is not None:
            self.session.check_process.close()
        super().shutdown()

    def report_server_error(self, error, source) -> None:
        # Errors pygls caught: log them; requests already got an error response.
        if not isinstance(error, RequestFailed):
            log.error("internal error (%s): %s", getattr(source, "__name__", source), error)


def create_server(session: Session | None = None) -> PostilServer:
    """The server; ``session``: the one the first check began (``postil.server.front``)."""
    server = PostilServer(session)
    logging.getLogger("pygls.protocol.json_rpc").addFilter(not_request_failed)
    for method, options, handler, name in FEATURES:
        server.feature(method, options)(guarded(handler, name))
    for command, handler, name, bound in COMMANDS:
        server.command(command)(guarded(handler, name, bound))
    return server
