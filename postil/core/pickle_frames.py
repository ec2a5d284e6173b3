"""Messages between this program and the worker processes it starts: each a pickle behind its
length (8 bytes). Only ever read from a process running this program's own code (a fork, or
the server's check process), never from another's data."""

from __future__ import annotations

import pickle
from typing import BinaryIO

HEADER = 8  # bytes of a message's length


def frame(message: object) -> bytes:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return len(data).to_bytes(HEADER, "big") + data


def send(out: BinaryIO, message: object) -> None:
    out.write(frame(message))
    out.flush()


def receive(stream: BinaryIO) -> object:
    """The next message on ``stream``; EOFError when it ends (its writer ended)."""
    size = int.from_bytes(_exactly(stream, HEADER), "big")
    return pickle.loads(_exactly(stream, size))  # noqa: S301 — our own process's


def _exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    while data is not None and 0 < len(data) < size:
        more = stream.read(size - len(data))
        if not more:
            break
        data += more
    if data is None or len(data) < size:
        raise EOFError
    return data
