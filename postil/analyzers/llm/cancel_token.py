"""Saying that a call is no longer wanted: ``CancelToken`` (the document changed, the user
cancelled) and ``TimeBox``, which is also cancelled once a review's time limit passes.
"""

from __future__ import annotations

import threading
import time


class CancelToken:
    """Set when the review is no longer wanted (the document changed, the user cancelled)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True if cancelled meanwhile."""
        return self._event.wait(seconds)


class TimeBox(CancelToken):
    """Cancelled when ``parent`` is, or once the monotonic clock reaches ``deadline``
    (a review's overall time limit): calls in flight return at once, none start."""

    def __init__(self, parent: CancelToken | None, deadline: float) -> None:
        super().__init__()
        self.parent = parent
        self.deadline = deadline

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    @property
    def cancelled(self) -> bool:
        return self._event.is_set() or self.expired or (self.parent is not None and self.parent.cancelled)

    def wait(self, seconds: float) -> bool:
        end = min(time.monotonic() + seconds, self.deadline)
        while not self.cancelled:
            left = end - time.monotonic()
            if left <= 0:
                break
            self._event.wait(min(left, 0.05) if self.parent is not None else left)
        return self.cancelled
