"""The first moments of ``postil serve``: answer ``initialize`` and show the opened file's
diagnostics before pygls and lsprotocol load (~0.3 s of CPU), then hand everything to them.

A small JSON-RPC loop over stdin with the standard library only. It answers ``initialize``
with the answer the real server gave last time to the same client capabilities
(``postil.server.initialize_answer``; none kept: it answers nothing and hands over at once),
loads the rules while the client replies, checks the first opened document and publishes its
diagnostics (push clients) or answers the first pull for it (pull clients). Every message it
read goes to the server afterwards, in order (:class:`Handover`): the server handles
``initialize`` again without sending its answer a second time, and the replayed ``didOpen``
takes the checked state (``Session.first_sight``) instead of checking and publishing again; a
pull the front answered is not replayed. Anything else it meets first (another request, a
settings change it cannot follow, a second document, input that is not what it expects, a
settings, config or rule problem the user is told of before any diagnostics, no input for
:data:`IDLE` seconds while the client waits for the server) stops it: the server handles that
message and all after it as usual.
"""

from __future__ import annotations

import json
import logging
import os
import select
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from postil.server import check_process, checking, config_facts, diagnostic_json, initialize_answer
from postil.server.framing import FrameReader
from postil.server.positions import PositionEncoder
from postil.server.session import ClientAbilities, DocumentState, Session
from postil.server.uris import uri_to_path

log = logging.getLogger("postil.server")

MAX_MESSAGES = 20  # messages the front reads before it hands over whatever it is waiting for
IDLE = 0.1  # seconds without input after which the front hands over (the client waits for the server)


@dataclass
class Handover:
    """What the front leaves to the server."""

    bodies: list[bytes] = field(default_factory=list)  # read and to be handled by the server, in order
    buffered: bytes = b""  # read from the input, not yet a whole message
    ended: bool = False  # the input ended
    initialize_id: object = None  # the id of the ``initialize`` request (None: none read)
    capabilities: object = None  # the client's capabilities, as sent (key of the kept answer)
    answered: bool = False  # the front sent the answer to ``initialize``
    session: Session | None = None  # the session the front checked with (the server adopts it)

    def server_answered(self, result: dict, session: Session) -> bool:
        """The server's answer to ``initialize`` (JSON) is ready: keep it for the next start;
        True when the front already sent it (the server must not send it again)."""
        kept = initialize_answer.load(self.capabilities) if self.answered else None
        same = kept == {"result": result, "pull": session.client.pull_diagnostics,
                        "encoding": session.encoder.encoding}
        if self.answered and not same:
            log.warning("the answer to initialize differed from the kept one; keeping the new one")
        if not same:
            initialize_answer.save(self.capabilities, result, session.client.pull_diagnostics,
                                   session.encoder.encoding)
        return self.answered


class _BlockingInput:
    """The stream FrameReader reads, as blocking reads of the input's descriptor (no event loop
    yet, and nothing buffered where the server's reader would not see it). Once ``idle`` is
    set, a read that waits longer than that for input stops the front: the client is waiting
    for the server (``initialized`` sent and nothing opened), so the server takes over."""

    def __init__(self, stream: BinaryIO) -> None:
        self.fd = stream.fileno()
        self.idle: float | None = None  # seconds

    async def read(self, size: int) -> bytes:
        if self.idle is not None and not select.select([self.fd], [], [], self.idle)[0]:
            raise _Stop
        return os.read(self.fd, size)


def _done(coroutine):
    """Run a coroutine that never suspends (FrameReader over :class:`_BlockingInput`)."""
    try:
        coroutine.send(None)
    except StopIteration as finished:
        return finished.value
    coroutine.close()
    raise RuntimeError("the frame reader suspended")


def _folders(params: dict) -> list[Path] | None:
    """The workspace folders as the server finds them (``Session.folders``); None when the
    params name them in a way the front does not follow (the server then decides alone)."""
    folders = params.get("workspaceFolders")
    if folders:
        uris = [folder.get("uri") if isinstance(folder, dict) else None for folder in folders]
        paths = [uri_to_path(uri) if isinstance(uri, str) else None for uri in uris]
        return None if None in paths else paths
    root = params.get("rootUri")
    if isinstance(root, str):
        path = uri_to_path(root)
        return None if path is None else [path]
    return None if params.get("rootPath") else []


class Front:
    """Reads and answers the client's first messages (see the module's docstring)."""

    def __init__(self, stdin: BinaryIO, stdout: BinaryIO) -> None:
        self.input = _BlockingInput(stdin)
        self.reader = FrameReader(self.input)
        self.stdout = stdout
        self.handover = Handover()
        self.folders: list[Path] = []

    def run(self) -> Handover:
        try:
            self._initialize()
            for _ in range(MAX_MESSAGES):
                if not self._next():
                    break
        except _Stop:
            pass
        except Exception:  # never fatal: the server handles everything read so far
            log.exception("first check: handing over to the server")
        self.handover.buffered = bytes(self.reader.buf)
        return self.handover

    # --- reading and writing ------------------------------------------------------------
    def _read(self) -> dict:
        """The next message (kept for the server); :class:`_Stop` at the end of input or when it is
        not a JSON object."""
        body = _done(self.reader.next_body())
        if body is None:
            self.handover.ended = True
            raise _Stop
        self.handover.bodies.append(body)
        try:
            message = json.loads(body)
        except (ValueError, RecursionError):  # (the server proper says what it was)
            raise _Stop from None
        if not isinstance(message, dict) or not isinstance(message.get("params", {}), dict):
            raise _Stop
        return message

    def _send(self, message: dict) -> None:
        """Write a message exactly as pygls writes it (its header and JSON layout)."""
        body = json.dumps(message).encode("utf-8")
        self.stdout.write(b"Content-Length: %d\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"
                          % len(body) + body)
        self.stdout.flush()

    # --- the messages ---------------------------------------------------------------------
    def _initialize(self) -> None:
        message = self._read()
        if message.get("method") != "initialize" or "id" not in message:
            raise _Stop
        params = message.get("params", {})
        handover = self.handover
        handover.initialize_id, handover.capabilities = message["id"], params.get("capabilities")
        kept = initialize_answer.load(handover.capabilities)
        folders = _folders(params)
        if kept is None or folders is None:
            raise _Stop
        self._send({"id": message["id"], "jsonrpc": "2.0", "result": kept["result"]})
        handover.answered = True
        from postil.config.editor import Settings  # (the engine imports it too)

        session = handover.session = Session()
        session.init_options = params.get("initializationOptions")
        session.settings, problems = Settings.parse(session.init_options)
        session.client = ClientAbilities(pull_diagnostics=kept["pull"])
        session.encoder = PositionEncoder(kept["encoding"])
        if problems:  # the server says what is wrong with them before anything is shown
            raise _Stop
        self.folders = folders
        # the check process loads the rules while the client takes the answer in (read before the first check's)
        check_process.of(session).warm_up(session.settings, session.cache_generation, folders)
        self.input.idle = IDLE

    def _next(self) -> bool:
        """Handle one more message; False when the front is done."""
        message = self._read()
        method, params, session = message.get("method"), message.get("params", {}), self.handover.session
        if method == "initialized" and "id" not in message:
            return True
        if method == "workspace/didChangeConfiguration" and "id" not in message:
            return self._same_settings(params.get("settings"))
        if method == "textDocument/didOpen" and "id" not in message and not session.first_sight:
            return self._check(params.get("textDocument"))
        if method == "textDocument/diagnostic" and "id" in message:
            return self._answer_pull(message["id"], params)
        raise _Stop

    def _same_settings(self, raw: object) -> bool:
        """A settings change that changes nothing the first check uses (Neovim sends its settings
        again right after ``initialized``): read on; the server takes it as usual."""
        from postil.config.editor import Settings

        session = self.handover.session
        if isinstance(raw, dict):
            raw = raw.get("postil", raw)
        settings, problems = Settings.parse(raw, Settings.parse(session.init_options)[0])
        if problems or settings != session.settings:
            raise _Stop
        return True

    def _check(self, document: object) -> bool:
        session = self.handover.session
        if not isinstance(document, dict) or not session.settings.enable:
            raise _Stop
        uri, version, text = document.get("uri"), document.get("version"), document.get("text")
        if not isinstance(uri, str) or not isinstance(text, str) or not isinstance(version, int):
            raise _Stop
        # (a stuck check is stopped and the document told so, as the server does)
        result = check_process.bounded(session, check_process.check, session, self.folders, uri, text, {})
        facts = config_facts.current(session)
        if result.problems or any(checker.notes("none") for checker in (facts.checkers if facts else ())):
            # a message comes before the diagnostics: the server checks again, with new checkers
            # in the check process (which tell the problems again)
            session.cache_generation += 1
            raise _Stop
        session.lint_count += 1
        session.lint_total_seconds += result.seconds
        session.last_units, session.last_searched = result.units, result.searched
        state = DocumentState(uri)
        checking.store(state, version, result)
        session.first_sight[uri] = (state, session.cache_generation)
        if session.client.pull_diagnostics:
            return True  # answered when the client pulls
        self._send({"params": {"uri": uri, "diagnostics": diagnostic_json.of_document(session, state),
                               "version": version},
                    "method": "textDocument/publishDiagnostics", "jsonrpc": "2.0"})
        return False

    def _answer_pull(self, request_id: object, params: dict) -> bool:
        session = self.handover.session
        document = params.get("textDocument")
        uri = document.get("uri") if isinstance(document, dict) else None
        seen = session.first_sight.get(uri)
        if seen is None or params.get("previousResultId") is not None:
            raise _Stop
        state = seen[0]
        state.saved_since_pull = False
        self._send({"id": request_id, "jsonrpc": "2.0",
                    "result": {"kind": "full", "resultId": state.result_id,
                               "items": diagnostic_json.of_document(session, state)}})
        self.handover.bodies.pop()  # answered: not the server's to answer again
        return False


class _Stop(Exception):
    """The front stops here; the server takes over."""


def first_sight(stdin: BinaryIO, stdout: BinaryIO) -> Handover:
    """Serve the client's first messages on ``stdin``/``stdout`` (see the module docstring)."""
    return Front(stdin, stdout).run()
