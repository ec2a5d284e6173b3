"""LSP message framing (``Content-Length`` headers) over a byte stream, repaired after errors;
standard library only, so the first messages can be read before pygls loads
(``postil.server.front``)."""

from __future__ import annotations

import logging
import os
import re
import stat
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    import asyncio

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
