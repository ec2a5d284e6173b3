"""What a review of units came to: each unit's status, findings and calls
(``UnitResult``), the whole review with its messages and coverage line
(``ReviewResult``), and ``Stopped``, the reason a review sends nothing more.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from postil.analyzers.findings import Finding
from postil.analyzers.llm.prompt import Prompt
from postil.analyzers.llm.provider_errors import ProviderError
from postil.analyzers.llm.providers import Request
from postil.analyzers.llm.units import ReviewUnit

DISMISSED = "dismissed before"


class Stopped(ProviderError):
    """The review sends nothing more: ``reason`` is budget | deadline | cap | breaker | provider."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message, "stopped")
        self.reason = reason


@dataclass
class UnitResult:
    unit: ReviewUnit
    status: str  # reviewed | cached | skipped | failed | would-send | cancelled | stopped
    findings: list[Finding] = field(default_factory=list)
    reason: str | None = None
    prompt: Prompt | None = None
    request: Request | None = None
    dropped: dict[str, int] = field(default_factory=dict)
    calls: int = 0
    seconds: float = 0.0  # time outside the provider call
    provider_seconds: float = 0.0
    batch: ReviewUnit | None = None  # the batch this unit was reviewed in (its request is on the batch's first member)
    said: str | None = None  # the message that said this unit failed (a report lists the unit instead)


@dataclass
class ReviewResult:
    units: list[UnitResult] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    stop: Stopped | None = None  # why the review stopped sending (the first reason; said once)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def stop_message(self) -> str | None:
        return None if self.stop is None else f"postil: LLM review stopped: {self.stop}"

    def stopped(self, stop: Stopped) -> bool:
        """Record why the review stops; True the first time (the caller says it)."""
        with self._lock:
            if self.stop is not None:
                return False
            self.stop = stop
            return True

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for u in self.units for f in u.findings), key=lambda f: f.sort_key)

    @property
    def calls(self) -> int:
        return sum(u.calls for u in self.units)

    def count(self, status: str) -> int:
        return sum(1 for u in self.units if u.status == status)

    def coverage(self) -> str:
        """What was reviewed and what was skipped, for the user (no silent truncation)."""
        parts = [f"{self.count(s)} {s}" for s in ("reviewed", "cached", "would-send", "skipped", "failed", "cancelled")
                 if self.count(s)]
        if self.count("stopped"):
            parts.append(f"{self.count('stopped')} not reviewed ({self.stop.reason if self.stop else 'stopped'})")
        hidden = sum(u.dropped.get(DISMISSED, 0) for u in self.units)
        return "LLM review: " + (", ".join(parts) if parts else "nothing to review") + \
            f" ({self.calls} provider call{'s' if self.calls != 1 else ''})" + \
            (f"; {hidden} finding{'s' if hidden != 1 else ''} hidden as dismissed before" if hidden else "")
