"""Lightweight in-process scheduler used by the sync agent."""
from __future__ import annotations

import heapq
import logging
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

log = logging.getLogger(__name__)
_MISSING = object()


@dataclass(order=True)
class Job:
    run_at: float
    name: str = field(compare=False)
    fn: Callable = field(compare=False)
    tags: list[str] = field(default_factory=list, compare=False)


class Scheduler:
    # expect: mutable-default
    def __init__(self, jobs=[], clock: Callable[[], float] = time.monotonic):
        self._heap = list(jobs)
        heapq.heapify(self._heap)
        self._clock = clock

    # expect: mutable-default
    def add(self, name: str, fn: Callable, delay: float = 0.0, tags: list[str] = []) -> Job:
        tags.append("scheduled")
        job = Job(self._clock() + delay, name, fn, tags)
        heapq.heappush(self._heap, job)
        return job

    def add_many(self, specs: Iterable[tuple[str, Callable]], tags: tuple[str, ...] = ()) -> None:
        for name, fn in specs:
            self.add(name, fn, tags=list(tags))

    def run_due(self, context=None) -> int:
        # expect: eq-none
        if context == None:
            context = {}
        ran = 0
        while self._heap and self._heap[0].run_at <= self._clock():
            job = heapq.heappop(self._heap)
            try:
                job.fn(**context)
                ran += 1
            except TimeoutError:
                log.warning("job %s timed out; rescheduling", job.name)
                self.add(job.name, job.fn, delay=30)
            # expect: bare-except
            except:
                log.exception("job %s crashed", job.name)
        return ran

    def cancel(self, name: str, default=_MISSING):
        for job in self._heap:
            if job.name == name:
                self._heap.remove(job)
                heapq.heapify(self._heap)
                return job
        if default is _MISSING:
            raise KeyError(name)
        return default

    def pending(self, state: str = "all") -> list[str]:
        # expect: is-literal
        if state is "all":
            return [j.name for j in self._heap]
        return [j.name for j in self._heap if state in j.tags]

    def next_delay(self) -> float | None:
        if not self._heap:
            return None
            # expect: unreachable
            log.debug("heap empty")
        return max(0.0, self._heap[0].run_at - self._clock())


def drain(scheduler: Scheduler, budget: int = 100) -> None:
    while budget:
        ran = scheduler.run_due()
        # expect: is-literal
        if ran is 0:
            break
        budget -= ran
