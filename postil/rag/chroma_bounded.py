"""chromadb's HTTP client within time bounds. Its httpx session has no timeout (``timeout=None``),
so a team Chroma server that accepts a connection and never answers held ``postil index
--publish`` for ever (the client's start already asks the server who it is). chromadb takes no
other class for its HTTP client (it checks the setting's name) and no timeout setting: so its
client's start is wrapped, once in a process, to give the session the bounds every read of a team
index has (store.ChromaReader)."""

from __future__ import annotations

import httpx
from chromadb.api.fastapi import FastAPI

from postil.rag import store


def bound_http_clients() -> None:
    """Have every chromadb HTTP client made from now on in this process bound each request."""
    if getattr(FastAPI.__init__, "bounded", False):
        return
    unbounded = FastAPI.__init__

    def bounded(self, system) -> None:
        unbounded(self, system)
        self._session.timeout = httpx.Timeout(store.READ_SECONDS, connect=store.CONNECT_SECONDS)

    bounded.bounded = True
    FastAPI.__init__ = bounded
