"""A team Chroma server that accepts connections and never answers: chromadb's HTTP client, which
`postil index --publish` writes through, waits for ever (its session has no timeout), so the
publish hung with no word. Now each of its requests has the bounds a read of a team index has,
and a silent server is a StoreError naming it. (The bound is lowered here; a real silent server
on 127.0.0.1, the real chromadb client.)"""

from __future__ import annotations

import socket
import threading

import pytest

from postil.rag import store

pytestmark = pytest.mark.slow  # chromadb's import


def test_a_silent_chroma_server_is_an_error_not_a_hang(monkeypatch):
    monkeypatch.setattr(store, "READ_SECONDS", 0.5)
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def accept() -> None:  # accept and never answer
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    outcome: list[BaseException | object] = []

    def open_it() -> None:
        try:
            outcome.append(store.open_client(server=store.ChromaServer(f"http://127.0.0.1:{listener.getsockname()[1]}")))
        except BaseException as exc:  # noqa: BLE001 - what it raised is the outcome
            outcome.append(exc)

    opening = threading.Thread(target=open_it, daemon=True)
    opening.start()
    opening.join(120)  # (a hang guard only: with the bound the error comes in about a second)
    try:
        assert not opening.is_alive(), "the chromadb client waited on a server that never answers"
        assert isinstance(outcome[0], store.StoreError) and "127.0.0.1" in str(outcome[0]), outcome
        assert held  # (it did reach the server)
    finally:
        listener.close()
        for conn in held:
            conn.close()
