"""A bound on how much of a model's answer is read: a provider that streams without end, or
answers 200 MB, is stopped as it passes what the request could have asked for, instead of
filling memory until the call's deadline (and again on each retry).

A request asks for at most ``max_output_tokens``; no tokenizer spends more than a few dozen
characters on one token, so an answer longer than ``FLOOR + PER_TOKEN * max_output_tokens``
characters (or bytes, for a body read whole) is not one the model was asked for.
"""

from __future__ import annotations

from postil.analyzers.llm.provider_errors import ProviderError
from postil.core.bounded_read import AnswerTooLong, read_within

FLOOR = 65_536
PER_TOKEN = 64


class AnswerSize:
    """The characters of one answer read so far, against its bound."""

    def __init__(self, max_output_tokens: int) -> None:
        self.limit = FLOOR + PER_TOKEN * max(0, max_output_tokens)
        self.size = 0

    def add(self, piece: str) -> str:
        """``piece``, counted; raises ProviderError once the answer passes the bound."""
        self._count(len(piece))
        return piece

    def read(self, response) -> bytes:
        """The body of ``response`` (an httpx response, read or not), counted in bytes as it is read."""
        try:
            body = read_within(response, self.limit - self.size)
        except AnswerTooLong:
            raise self._too_long() from None
        self.size += len(body)
        return body

    def _count(self, size: int) -> None:
        self.size += size
        if self.size > self.limit:
            raise self._too_long()

    def _too_long(self) -> ProviderError:
        return ProviderError(f"the provider's answer ran past {self.limit:,} characters for at most "
                             f"{(self.limit - FLOOR) // PER_TOKEN:,} output tokens; not read further", "invalid_response")
