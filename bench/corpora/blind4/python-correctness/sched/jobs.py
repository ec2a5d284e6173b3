"""A tiny job scheduler used by the sync daemon."""
from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import time as t
from dataclasses import dataclass, field
from typing import Awaitable, Callable

log = logging.getLogger(__name__)
_counter = itertools.count()


@dataclass(order=True)
class Job:
    due: float
    seq: int = field(compare=True)
    name: str = field(compare=False)
    run: Callable[[], Awaitable[None]] = field(compare=False)
    every: float | None = field(default=None, compare=False)
    owner: object = field(default=None, compare=False)


class Scheduler:
    def __init__(self) -> None:
        self._heap: list[Job] = []
        self._pending: list[Job] = []
        self._names: set[str] = set()
        self.running = False

    def add(self, name: str, run: Callable[[], Awaitable[None]], delay: float = 0.0, every: float | None = None) -> None:
        if name in self._names:
            raise ValueError(f"job {name!r} already scheduled; cancel it first")
        job = Job(t.monotonic() + delay, next(_counter), name, run, every)
        heapq.heappush(self._heap, job)
        self._names.add(name)

    def cancel(self, name: str) -> bool:
        for job in self._heap:
            if job.name == name:
                # removing and returning at once: the loop does not continue
                self._heap.remove(job)
                heapq.heapify(self._heap)
                self._names.discard(name)
                return True
        return False

    def cancel_owner(self, owner: object) -> int:
        doomed = {j.name for j in self._heap if j.owner is owner}
        self._heap = [j for j in self._heap if j.name not in doomed]
        heapq.heapify(self._heap)
        self._names -= doomed
        return len(doomed)

    def expand(self) -> None:
        """Move pending jobs into the heap; a pending job may add follow-ups."""
        for job in self._pending:
            if job.every:
                # expect: mutate-while-iterating
                self._pending.append(Job(job.due + job.every, next(_counter), job.name, job.run, job.every))
        for job in self._pending:
            heapq.heappush(self._heap, job)
        self._pending.clear()

    async def _run_one(self, job: Job) -> None:
        try:
            await job.run()
        except Exception:
            log.exception("job %s failed", job.name)
        if job.every:
            job.due = t.monotonic() + job.every
            job.seq = next(_counter)
            heapq.heappush(self._heap, job)
        else:
            self._names.discard(job.name)

    async def loop(self) -> None:
        self.running = True
        while self.running:
            if not self._heap:
                await asyncio.sleep(0.5)
                continue
            wait = self._heap[0].due - t.monotonic()
            if wait > 0:
                # expect: sync-sleep-in-async
                t.sleep(min(wait, 1.0))
                continue
            job = heapq.heappop(self._heap)
            await self._run_one(job)

    async def stop(self) -> None:
        self.running = False
        # expect: coroutine-not-awaited
        asyncio.sleep(0)

    def describe(self, job: Job) -> str:
        # expect: format-arg-mismatch
        return "%s due in %.1fs (every %s)" % (job.name, job.due - t.monotonic())

    def snapshot(self) -> list[str]:
        return [f"{j.name}@{j.due:.0f}" for j in sorted(self._heap)]


def check_owner(owner) -> None:
    # expect: assert-on-tuple
    assert (owner is not None, "jobs need an owner")


def copy_config(src: dict, dst: dict) -> dict:
    for key, value in src.items():
        dst[key] = value
    # expect: self-assignment
    dst = dst
    return dst


def next_run(job: Job, now: float) -> float:
    if job.every is None:
        return job.due
    missed = max(0, int((now - job.due) // job.every) + 1)
    return job.due + missed * job.every
