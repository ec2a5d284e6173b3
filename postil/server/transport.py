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
import os
import re
import stat
import sys
from threading import Event
from typing import BinaryIO

from lsprotocol.types import ResponseError
from pygls.exceptions import JsonRpcException
from pygls.io_ import StdoutWriter

log = logging.getLogger("postil.server")


# A raw CR LF cannot occur inside a JSON body (strings escape it), so this header found
# where a body should be means the previous Content-Length was wrong.
_HEADER_START = b"Content-Length:"
_HEADER = re.compile(rb"Content-Length:[ \t]*(\d{1,12})\r\n(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r\n)*\r\n")
_HEADER_LINE = re.compile(rb"Content-Length:[ \t]*\d{1,12}\r\n")
MAX_HEADER_BYTES = 64 * 1024
_OVERLAP = 64  # bytes searched again after a read: a header line split between two reads
MAX_BODY_BYTES = 512 * 1024 * 1024


class FrameReader:
    """LSP messages from a byte stream, resynchronising after framing errors.

    A Content-Length too large (the next header shows up inside the body), one too
    small (counted in characters: the body does not parse, it runs to the next header),
    garbage or an endless header line before a header: each is logged, and reading
    resumes at the next header instead of going deaf or crashing."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self.stream = stream
        self.buf = bytearray()

    async def _fill(self) -> bool:
        data = await self.stream.read(1 << 16)
        self.buf += data
        return bool(data)

    def _header_in(self, start: int, end: int) -> int | None:
        """Where a header line starts in ``buf[start:end]``, if one does."""
        at = self.buf.find(_HEADER_START, start, end)
        while at != -1:
            if _HEADER_LINE.match(self.buf, at):
                return at
            at = self.buf.find(_HEADER_START, at + 1, end)
        return None

    def _discard(self, n: int, why: str) -> None:
        if self.buf[:n].strip():
            log.warning("LSP framing: discarded %d bytes (%s)", n, why)
        del self.buf[:n]

    async def _header(self) -> re.Match | None:
        """The next complete header block at the start of the buffer; None at end of input."""
        while True:
            match = _HEADER.search(self.buf)
            if match is not None:
                self._discard(match.start(), "not a message header")
                return _HEADER.match(self.buf)
            at = self.buf.find(_HEADER_START)
            if at == -1:  # keep a tail that may be the start of a header
                self._discard(max(0, len(self.buf) - len(_HEADER_START)), "not a message header")
            elif len(self.buf) - at > MAX_HEADER_BYTES:
                self._discard(at + 1, f"a header longer than {MAX_HEADER_BYTES} bytes")
                continue
            elif at:
                self._discard(at, "not a message header")
            if not await self._fill():
                return None

    async def next_body(self) -> bytes | None:
        """The next message body (framing repaired as well as it can be); None at end of input."""
        while True:
            header = await self._header()
            if header is None:
                return None
            length, start = int(header.group(1)), header.end()
            if length > MAX_BODY_BYTES:
                self._discard(start, f"Content-Length {length} is over the {MAX_BODY_BYTES}-byte limit")
                continue
            scanned = start  # each byte is searched once, however many reads a big body takes
            while True:
                inside = self._header_in(scanned, start + length)
                if inside is not None:
                    log.warning("LSP framing: Content-Length %d, but the next message starts after %d bytes",
                                length, inside - start)
                    return self._take(start, inside)
                if len(self.buf) >= start + length:
                    return self._take(start, start + length)
                scanned = max(start, len(self.buf) - _OVERLAP)
                if not await self._fill():
                    return None

    def _take(self, start: int, end: int) -> bytes:
        body = bytes(self.buf[start:end])
        del self.buf[:end]
        return body

    async def rest_of_body(self, body: bytes) -> bytes | None:
        """A body that did not parse, extended to the next header (its Content-Length was
        too small, e.g. counted in characters); None when the input ends first."""
        scanned = 0
        while True:
            at = self._header_in(scanned, len(self.buf))
            if at is not None:
                return body + self._take(0, at)
            scanned = max(0, len(self.buf) - _OVERLAP)
            if len(self.buf) > MAX_BODY_BYTES or not await self._fill():
                return None


def is_pipe(stream: BinaryIO) -> bool:
    if os.name != "posix":  # asyncio reads pipes it did not create only on POSIX
        return False
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


async def _serve(server, stdin: BinaryIO) -> None:
    loop = asyncio.get_running_loop()
    stream = asyncio.StreamReader(limit=1 << 20)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stream), stdin)
    reader = FrameReader(stream)
    protocol = server.protocol
    while not server._stop_event.is_set():
        body = await reader.next_body()
        if body is None:
            break
        try:
            message = _parse(protocol, body)
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


def start_io(server, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> int:
    """Serve LSP over stdio until the input ends or the client sends ``exit``; the exit
    code is 1 when the client did not send ``shutdown`` first."""
    stdin = stdin or sys.stdin.buffer
    if not is_pipe(stdin):
        try:
            server.start_io(stdin, stdout)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else 1
        return 0 if server.protocol._shutdown else 1
    server._stop_event = Event()
    server.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
    code = None
    try:
        asyncio.run(_serve(server, stdin))
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
