"""chromadb's HTTP client within time bounds. Its httpx session has no timeout (``timeout=None``),
so a team Chroma server that accepts a connection and never answers held ``postil index
--publish`` for ever (the client's start already asks the server who it is). chromadb takes no
other class for its HTTP client (it checks the setting's name) and no timeout setting: so its
client's start is wrapped, once in a process, to give the session the bounds every read of a team
index has (store.ChromaReader)."""

from __future__ import annotations

import httpx
from chromadb.api.fastapi import FastAPI

_BOUNDS: dict[str, float] = {}  # "read", "connect": seconds, the caller's (set before any client is wrapped)


def bound_http_clients(read: float, connect: float) -> None:
    """Have every chromadb HTTP client made from now on in this process bound each request:
    ``read`` seconds for each answer, ``connect`` to connect."""
    _BOUNDS.update(read=read, connect=connect)
    if getattr(FastAPI.__init__, "bounded", False):
        return
    unbounded = FastAPI.__init__

    def bounded(self, system) -> None:
        unbounded(self, system)
        self._session.timeout = httpx.Timeout(_BOUNDS["read"], connect=_BOUNDS["connect"])

    bounded.bounded = True
    FastAPI.__init__ = bounded
