"""LSP messages as they go over stdio: framed with their Content-Length, and read back from a
server's whole output (tests that drive `postil serve` without a client library)."""

from __future__ import annotations

import json
import re


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def framed(message: dict) -> bytes:
    return frame(json.dumps(message).encode())


def messages(data: bytes) -> list[dict]:
    """Every message of a server's output, in order."""
    found = []
    while data:
        header, _, rest = data.partition(b"\r\n\r\n")
        length = int(re.search(rb"Content-Length: *(\d+)", header).group(1))
        found.append(json.loads(rest[:length]))
        data = rest[length:]
    return found
