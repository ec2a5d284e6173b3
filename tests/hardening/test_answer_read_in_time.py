"""``read_within`` reads an untrusted server's answer (embeddings, a model's context window, a team
Chroma index) within a size and a time, but looked at the time only once 64 KB had come: a server
sending a byte every 0.2 s held the read for 64 KB x 0.2 s (3.6 hours) whatever the bound. The time
is now looked at as each piece comes. (A real server on 127.0.0.1, real httpx.)"""

from __future__ import annotations

import threading

import httpx

from postil.core.bounded_read import AnswerTooLong, read_within
from tests.hardening.endless_server import EndlessServer


def test_an_answer_sent_a_byte_at_a_time_is_stopped_at_its_time():
    server = EndlessServer(b" ", 0.2)
    outcome: list[BaseException | bytes] = []

    def read() -> None:
        try:
            with httpx.Client(timeout=10) as client, client.stream("GET", server.url) as response:
                outcome.append(read_within(response, 1 << 20, 1.0))
        except BaseException as exc:  # noqa: BLE001 - what it raised is the outcome
            outcome.append(exc)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    thread.join(30)  # (a hang guard only: with the bound the error comes in about a second)
    server.close()
    assert not thread.is_alive(), "still reading the answer"
    assert isinstance(outcome[0], AnswerTooLong) and "not all there" in str(outcome[0]), outcome
