"""Every handler's answer is bounded and plain (issue 37).

An async handler that has not finished within its bound is stopped and answered "postil: …
did not finish in time" (a pull of diagnostics: ``ServerCancelled`` with ``retriggerRequest``,
the protocol's "ask again", so the editor pulls again instead of showing an error). A ``ValueError`` is the user's request that cannot be done: answered
as ``RequestFailed`` with its message alone; any other exception is logged with its traceback
and answered with one plain sentence (``postil.server.jobs.plain``): no exception name, no
traceback.
"""

from __future__ import annotations

import asyncio
import functools
import logging

from pygls.exceptions import JsonRpcException

from postil.server import jobs

log = logging.getLogger("postil.server")

REQUEST_BOUND = 15.0  # seconds any handler may take before it answers with a plain error


class RequestFailed(JsonRpcException):
    """What the user asked for cannot be done (no LLM provider, indexing off, a bad argument):
    the editor shows the message as it is, with no exception name, and no traceback is logged."""

    CODE = -32803  # LSP RequestFailed


class ServerCancelled(JsonRpcException):
    """The server stopped the request and the client should send it again (LSP 3.17: for a pull
    of diagnostics, ``DiagnosticServerCancellationData.retriggerRequest``)."""

    CODE = -32802  # LSP ServerCancelled

    def __init__(self, message: str):
        super().__init__(message, data={"retriggerRequest": True})


def not_request_failed(record: logging.LogRecord) -> bool:
    """A log filter: pygls's own log of a ``RequestFailed`` is left out (the editor shows it)."""
    return not (record.exc_info and isinstance(record.exc_info[1], RequestFailed))


def guarded(handler, name: str, bound: float = REQUEST_BOUND, retrigger: bool = False):
    """``handler`` bounded and answering plainly; ``name`` (``code_action``) is how the log and
    the user's message ("postil: code action failed: …") call it; ``retrigger``: past its bound
    the request is answered ``ServerCancelled`` (ask again), not ``RequestFailed``."""
    what = name.replace("_", " ")

    def _failed(exc: BaseException) -> JsonRpcException:
        if isinstance(exc, JsonRpcException):  # ours, with its code (RequestFailed, ContentModified)
            return exc
        if isinstance(exc, ValueError):  # (bounded and plain: the message may quote a client's argument)
            said = jobs.plain(exc)
            log.warning("%s: %s", name, said)
            return RequestFailed(said)
        log.error("%s failed: %s", name, exc, exc_info=exc)
        return RequestFailed(f"postil: {what} failed: {jobs.plain(exc)}")

    if asyncio.iscoroutinefunction(handler):
        @functools.wraps(handler)  # pygls passes the server to a handler whose first parameter is `ls`
        async def wrapper(*args, **kwargs):
            try:
                async with asyncio.timeout(bound):  # in the request's own task: it starts at once
                    return await handler(*args, **kwargs)
            except asyncio.CancelledError:
                raise
            except TimeoutError:
                log.warning("%s did not finish within %g s: stopped", name, bound)
                late = ServerCancelled if retrigger else RequestFailed
                raise late(f"postil: {what} did not finish in time; try again") from None
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
