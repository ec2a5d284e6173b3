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
import logging
import os
import stat
import sys
from threading import Event
from typing import BinaryIO

from pygls.io_ import StdoutWriter, run_async

log = logging.getLogger("postil.server")


class PipeReader:
    """pygls's async reader interface over an ``asyncio.StreamReader``."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self.stream = stream
        self.between_messages = True

    async def readline(self) -> bytes:
        if self.between_messages:
            # Buffered input would otherwise be read and handled without ever yielding:
            # let requests already started (a code action) answer before the next message.
            self.between_messages = False
            await asyncio.sleep(0)
        return await self.stream.readline()

    async def readexactly(self, n: int) -> bytes:
        self.between_messages = True  # the body: the next line starts a new message
        try:
            return await self.stream.readexactly(n)
        except asyncio.IncompleteReadError:
            return b""  # end of input: pygls's loop stops on an empty read


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
    await run_async(stop_event=server._stop_event, reader=PipeReader(stream), protocol=server.protocol,
                    logger=log, error_handler=server.report_server_error)


def start_io(server, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
    """Serve LSP over stdio until the input ends or the client sends ``exit``."""
    stdin = stdin or sys.stdin.buffer
    if not is_pipe(stdin):
        server.start_io(stdin, stdout)
        return
    server._stop_event = Event()
    server.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
    try:
        asyncio.run(_serve(server, stdin))
    except BrokenPipeError:
        log.error("connection to the client lost; shutting down")
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()
