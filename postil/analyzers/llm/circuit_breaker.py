"""The circuit breaker in front of a provider: after repeated failures no call is made
until a cooldown passes; its state can outlive the process.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

from postil.analyzers.llm.provider_errors import CircuitOpen


class CircuitBreaker:
    """Opens after ``failures`` consecutive failed calls; after ``cooldown`` seconds one
    trial call goes through (half-open): success closes it, failure opens it again.
    ``gone``: the last failure was the server not there (unreachable, no answer), so that it
    answering again may end the pause early (``Provider``).

    With a ``path`` its state outlives the process (a pre-commit hook runs once per
    commit): read when made, written (atomically) when it changes, on the wall clock."""

    def __init__(self, failures: int = 5, cooldown: float = 60.0, clock: Callable[[], float] = time.monotonic,
                 path: Path | None = None):
        self.failures = failures
        self.cooldown = cooldown
        self.clock = time.time if path is not None else clock
        self.path = path
        self.consecutive = 0
        self.opened_at: float | None = None
        self.gone = False
        self._trial = False
        self._lock = threading.Lock()
        if path is not None:
            self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            consecutive, opened_at = data["consecutive"], data["opened_at"]
        except (OSError, ValueError, TypeError, KeyError):
            return  # none yet, or not what postil wrote: closed
        if isinstance(consecutive, int) and not isinstance(consecutive, bool) and consecutive >= 0:
            self.consecutive = consecutive
        if isinstance(opened_at, (int, float)) and not isinstance(opened_at, bool) and opened_at <= self.clock():
            self.opened_at = float(opened_at)
        self.gone = data.get("gone") is True

    def _save(self) -> None:
        if self.path is None:
            return
        from postil.core.atomic import write_atomic

        try:
            write_atomic(self.path, json.dumps({"consecutive": self.consecutive, "opened_at": self.opened_at,
                                                "gone": self.gone}))
        except OSError:
            pass  # the breaker still works for this process

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half-open" if self.clock() - self.opened_at >= self.cooldown else "open"

    @property
    def remaining(self) -> float:
        """Seconds until the open breaker lets a trial call through (0 when it would now)."""
        return 0.0 if self.opened_at is None else max(0.0, self.cooldown - (self.clock() - self.opened_at))

    def before_call(self) -> None:
        with self._lock:
            if self.opened_at is None:
                return
            if self.remaining > 0 or self._trial:
                raise CircuitOpen(self.remaining)
            self._trial = True

    def end_pause(self) -> None:
        """Let one trial call through now (the server that was gone answers again)."""
        with self._lock:
            if self.opened_at is not None:
                self.opened_at = self.clock() - self.cooldown
                self._save()

    def success(self) -> None:
        with self._lock:
            changed = self.consecutive or self.opened_at is not None
            self.consecutive = 0
            self.opened_at = None
            self._trial = False
            if changed:
                self._save()

    def failure(self, gone: bool = False) -> None:
        with self._lock:
            self.gone = gone
            self.consecutive += 1
            if self._trial or self.consecutive >= self.failures:
                self.opened_at = self.clock()
            self._trial = False
            self._save()
