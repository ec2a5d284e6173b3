"""An HTTP answer's body read in pieces within a size and a time: a server is untrusted, and one
sending without end (each piece in time for the client's read timeout) is stopped there instead
of filling memory."""

from __future__ import annotations

import time


class AnswerTooLong(ValueError):
    """The body passed its size or its time; the message says which."""


def read_within(response, most: int, seconds: float | None = None) -> bytes:
    """The body of ``response`` (an httpx response, read or not): at most ``most`` bytes, all
    there within ``seconds`` (None: no bound but the client's own timeouts)."""
    deadline = None if seconds is None else time.monotonic() + seconds
    body = bytearray()
    # each piece as it comes (a chunk size would wait for 64 KB: a byte at a time never got there)
    for part in response.iter_bytes():
        body += part
        if len(body) > most:
            raise AnswerTooLong(f"more than {most:,} bytes")
        if deadline is not None and time.monotonic() > deadline:
            raise AnswerTooLong(f"not all there after {seconds:g} s ({len(body):,} bytes so far)")
    return bytes(body)
