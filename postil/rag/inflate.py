"""Bounded zlib inflation for what a team server sends: a few MB of deflate can claim
gigabytes, so nothing is inflated past a cap, and never more than ``STEP`` bytes at a time."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

STEP = 1 << 20
# How far a compressed answer may inflate: a catalog image inflates ~3x, a pack's JSON a few
# times more; a deflate bomb ~1000x.
MAX_RATIO = 32


class InflateError(ValueError):
    """The data is not one whole deflate stream; ``str()`` says why."""


class TooLarge(InflateError):
    """The data inflates past its cap."""


class Inflater:
    """One zlib stream inflated as its parts arrive, at most ``limit`` bytes in all."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.total = 0
        self._stream = zlib.decompressobj()

    def feed(self, data: bytes) -> Iterator[bytes]:
        """What ``data`` inflates to, in blocks of at most ``STEP`` bytes; InflateError once
        the stream passes ``limit`` bytes (nothing past it is produced)."""
        while True:
            try:
                out = self._stream.decompress(data, STEP)
            except zlib.error as exc:
                raise InflateError(f"not compressed data ({exc})") from None
            self.total += len(out)
            if self.total > self.limit:
                raise TooLarge(f"it inflates to more than {self.limit:,} bytes")
            if out:
                yield out
            data = self._stream.unconsumed_tail
            if not data and len(out) < STEP:
                return

    @property
    def finished(self) -> bool:
        """Whether the stream's end was read."""
        return self._stream.eof


def inflate(data: bytes, limit: int) -> bytes:
    """``data`` inflated whole; TooLarge past ``limit`` bytes, InflateError when it is cut short."""
    inflater = Inflater(limit)
    out = b"".join(inflater.feed(data))
    if not inflater.finished:
        raise InflateError("it is cut short")
    return out
