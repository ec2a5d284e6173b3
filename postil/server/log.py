"""Server logging: ``window/logMessage`` at the configured level, optionally a file.

Log records may come from the worker thread; they are always sent from the loop.
"""

from __future__ import annotations

import asyncio
import logging

from lsprotocol import types

LEVELS = {"error": logging.ERROR, "warning": logging.WARNING, "info": logging.INFO, "debug": logging.DEBUG}
_TYPES = ((logging.ERROR, types.MessageType.Error), (logging.WARNING, types.MessageType.Warning),
          (logging.INFO, types.MessageType.Info), (0, types.MessageType.Log))

log = logging.getLogger("postil.server")


def not_a_late_cancel(record: logging.LogRecord) -> bool:
    """False for pygls's warning about a ``$/cancelRequest`` for a request already answered.

    Clients (VS Code) cancel requests whose results they no longer need; when the answer was
    faster than the cancel, nothing is wrong and the user should not see a warning."""
    return not record.getMessage().startswith("Cancel notification for unknown message id")


class ClientLogHandler(logging.Handler):
    """Forwards log records to the client as ``window/logMessage``."""

    def __init__(self, ls, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.ls = ls
        self.loop = loop
        self.setFormatter(logging.Formatter("%(message)s"))
        self.addFilter(not_a_late_cancel)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = self.format(record)
            kind = next(t for level, t in _TYPES if record.levelno >= level)
            params = types.LogMessageParams(type=kind, message=message)
            self.loop.call_soon_threadsafe(self._send, params)
        except Exception:  # logging must never raise into the caller
            self.handleError(record)

    def _send(self, params: types.LogMessageParams) -> None:
        try:
            self.ls.window_log_message(params)
        except Exception:
            pass


_file_handler: logging.Handler | None = None


def configure(ls, level: str, log_file: str | None) -> None:
    """(Re)apply the level and file from settings; attach the client handler once."""
    global _file_handler
    numeric = LEVELS.get(level, logging.INFO)
    log.setLevel(numeric)
    log.propagate = False
    if not any(isinstance(h, ClientLogHandler) for h in log.handlers):
        log.addHandler(ClientLogHandler(ls, asyncio.get_running_loop()))
        pygls_log = logging.getLogger("pygls")
        pygls_log.setLevel(logging.WARNING)
        pygls_log.addHandler(log.handlers[-1])
        pygls_log.propagate = False
    wanted = log_file or None
    current = getattr(_file_handler, "baseFilename", None)
    if _file_handler is not None and (wanted is None or current != wanted):
        log.removeHandler(_file_handler)
        _file_handler.close()
        _file_handler = None
    if wanted and _file_handler is None:
        try:
            _file_handler = logging.FileHandler(wanted, encoding="utf-8")
        except OSError as exc:
            log.error("cannot open log file %s: %s", wanted, exc)
            return
        _file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(_file_handler)
