"""stdio transport for the server without a thread hop per message.

pygls's stdio reader runs every ``readline`` and ``read`` in a thread pool, i.e.
three thread round trips per message; behind a burst of ``didChange``
notifications that queueing is what a code action request waits for. When stdin
is a pipe or a socket (what editors give a language server, on POSIX) we read it
with asyncio's own pipe transport instead; anything else (a terminal, a file,
Windows) keeps pygls's reader.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from threading import Event
from typing import TYPE_CHECKING, BinaryIO

from lsprotocol.types import ResponseError
from pygls.exceptions import JsonRpcException
from pygls.io_ import StdoutWriter

from postil.server.framing import FrameReader, is_pipe

if TYPE_CHECKING:
    from postil.server.front import Handover

log = logging.getLogger("postil.server")


def _frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


async def _serve(server, stdin: BinaryIO, handover: Handover | None) -> None:
    loop = asyncio.get_running_loop()
    stream = asyncio.StreamReader(limit=1 << 20)
    if handover is not None:  # what the front read comes first, framed as it came
        stream.feed_data(b"".join(map(_frame, handover.bodies)) + handover.buffered)
    if handover is not None and handover.ended:
        stream.feed_eof()
    else:
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stream), stdin)
    reader = FrameReader(stream)
    protocol = server.protocol
    while not server._stop_event.is_set():
        body = await reader.next_body()
        if body is None:
            break
        try:
            message = _parse(protocol, body)
        except RecursionError:  # JSON nested past the interpreter's limit: no client sends that
            log.error("LSP: a message nested too deep to read was dropped (%d bytes)", len(body))
            continue
        except json.JSONDecodeError:
            longer = await reader.rest_of_body(body)
            if longer is None:
                log.warning("LSP framing: a message body that is not JSON was dropped")
                break
            log.warning("LSP framing: Content-Length %d was short; the body ran to the next header", len(body))
            body = longer
            try:
                message = _parse(protocol, body)
            except json.JSONDecodeError as exc:
                log.error("LSP framing: a message body that is not JSON was dropped (%s)", exc)
                continue
        if message is not None:
            try:
                protocol.handle_message(message)
            except Exception as exc:  # noqa: BLE001 - pygls already answered a request with an error
                log.exception("Unable to handle message")
                server.report_server_error(exc, JsonRpcException)
        if reader.buf:
            # Buffered input would otherwise be read and handled without ever yielding:
            # let requests already started (a code action) answer before the next message.
            await asyncio.sleep(0)


def _parse(protocol, body: bytes):
    """The message in ``body``; a request whose params do not fit its method gets an
    error response (-32602 invalid params) and None is returned. Raises
    ``json.JSONDecodeError`` when the body is not JSON at all."""
    try:
        return json.loads(body, object_hook=protocol.structure_message)
    except JsonRpcException as exc:
        data = json.loads(body)
        if isinstance(data, dict) and "id" in data and "method" in data:
            log.warning("invalid params for %s: answering with error %s", data.get("method"), exc.code)
            cause = f": {exc.__cause__}" if exc.__cause__ is not None else ""
            protocol._send_response(data["id"], error=ResponseError(code=exc.code, message=f"{exc.message}{cause}"))
        else:
            log.warning("dropped a malformed %s notification", data.get("method") if isinstance(data, dict) else "")
        return None


def start_io(server, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None,
             handover: Handover | None = None) -> int:
    """Serve LSP over stdio until the input ends or the client sends ``exit``; the exit
    code is 1 when the client did not send ``shutdown`` first. ``handover``: what
    ``postil.server.front`` read and did first (stdin is then a pipe)."""
    stdin = stdin or sys.stdin.buffer
    if not is_pipe(stdin):
        try:
            server.start_io(stdin, stdout)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else 1
        return 0 if server.protocol._shutdown else 1
    server._stop_event = Event()
    server.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
    server.protocol.first_sight = handover
    code = None
    try:
        asyncio.run(_serve(server, stdin, handover))
    except BrokenPipeError:
        log.error("connection to the client lost; shutting down")
    except KeyboardInterrupt:
        pass
    except SystemExit as exc:  # `exit`: 0 after `shutdown`, 1 without (LSP)
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        server.shutdown()
    if code is None:  # the input ended without `exit`
        code = 0 if server.protocol._shutdown else 1
    return code
