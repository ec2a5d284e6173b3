"""A team Chroma server whose answers never end: chromadb's HTTP client (``postil index --publish``,
opening a team index) read a body streamed without end into memory (2.4 GB in 20 s on a 2-core
machine, growing until the machine ran out) and waited for ever on one sent a byte at a time (each
byte in time for the read timeout); postil's own reader (a clone reading the team index) refused
past 64 MB but waited for ever on the slow one too. Every answer of a team server is now bounded
in size and in time, and one past either is a StoreError naming the bound. (Bounds lowered here; a
real server on 127.0.0.1, the real chromadb client and httpx.)"""

from __future__ import annotations

import threading

import pytest

from postil.rag import store
from tests.hardening.endless_server import PIECE, EndlessServer

pytestmark = pytest.mark.slow  # chromadb's import

def _outcome(work) -> BaseException | object:
    done: list[BaseException | object] = []

    def run() -> None:
        try:
            done.append(work())
        except BaseException as exc:  # noqa: BLE001 - what it raised is the outcome
            done.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(30)  # (a hang guard only: with the bounds the error comes in about a second)
    assert not thread.is_alive(), "still reading the server's answer"
    return done[0]


@pytest.fixture
def bounds(monkeypatch):
    monkeypatch.setattr(store, "MAX_ANSWER", 1 << 20)
    monkeypatch.setattr(store, "ANSWER_SECONDS", 1.0)


@pytest.mark.parametrize("piece, pace, said", [(PIECE, 0.01, "more than"), (b" ", 0.2, "not all there")],
                         ids=["endless", "a-byte-at-a-time"])
def test_a_team_chroma_answer_is_bounded_in_chromadbs_client(bounds, piece, pace, said):
    server = EndlessServer(piece, pace)
    try:
        outcome = _outcome(lambda: store.open_client(server=store.ChromaServer(server.url)))
        assert isinstance(outcome, store.StoreError) and said in str(outcome), outcome
        assert server.sent < 4 << 20
    finally:
        server.close()


@pytest.mark.parametrize("piece, pace, said", [(PIECE, 0.01, "more than"), (b" ", 0.2, "not all there")],
                         ids=["endless", "a-byte-at-a-time"])
def test_a_team_chroma_answer_is_bounded_in_postils_reader(bounds, piece, pace, said):
    server = EndlessServer(piece, pace)
    reader = store.ChromaReader(store.ChromaServer(server.url))
    try:
        outcome = _outcome(reader.max_batch)
        assert isinstance(outcome, store.StoreError) and said in str(outcome), outcome
    finally:
        reader.close()
        server.close()
