"""chromadb's HTTP client within bounds. Its httpx session has no timeout (``timeout=None``), so a
team Chroma server that accepts a connection and never answers held ``postil index --publish`` for
ever (the client's start already asks the server who it is), and it reads each answer whole, so one
streamed without end filled memory (2.4 GB in 20 s) and one sent a byte at a time held it for ever.
chromadb takes no other class for its HTTP client (it checks the setting's name) and no timeout
setting: so its client's start is wrapped, once in a process, to give the session the bounds every
read of a team index has (store.ChromaReader): each read and connect in time, each answer's body
within a size and a time (a response hook bounds the body before httpx reads it)."""

from __future__ import annotations

import time

import httpx
from chromadb.api.fastapi import FastAPI

# the caller's (set before any client is wrapped): "read", "connect", "answer" seconds; "most" bytes
_BOUNDS: dict[str, float] = {}


class _BoundedBody(httpx.SyncByteStream):
    """An answer's body that fails (httpx.ReadError) past ``most`` bytes or ``seconds``."""

    def __init__(self, body: httpx.SyncByteStream, most: int, seconds: float) -> None:
        self.body, self.most, self.seconds = body, most, seconds

    def __iter__(self):
        deadline, total = time.monotonic() + self.seconds, 0
        for part in self.body:
            total += len(part)
            if total > self.most:
                raise httpx.ReadError(f"the server's answer was more than {self.most:,} bytes")
            if time.monotonic() > deadline:
                raise httpx.ReadError(f"the server's answer was not all there after {self.seconds:g} s")
            yield part

    def close(self) -> None:
        self.body.close()


def _bound_body(response: httpx.Response) -> None:
    response.stream = _BoundedBody(response.stream, int(_BOUNDS["most"]), _BOUNDS["answer"])


def bound_http_clients(read: float, connect: float, most: int, answer: float) -> None:
    """Have every chromadb HTTP client made from now on in this process bound each request:
    ``read`` seconds for each read, ``connect`` to connect, ``most`` bytes and ``answer`` seconds
    for each answer's body."""
    _BOUNDS.update(read=read, connect=connect, most=most, answer=answer)
    if getattr(FastAPI.__init__, "bounded", False):
        return
    unbounded = FastAPI.__init__

    def bounded(self, system) -> None:
        unbounded(self, system)
        self._session.timeout = httpx.Timeout(_BOUNDS["read"], connect=_BOUNDS["connect"])
        self._session.event_hooks = {**self._session.event_hooks,
                                     "response": [*self._session.event_hooks["response"], _bound_body]}

    bounded.bounded = True
    FastAPI.__init__ = bounded
