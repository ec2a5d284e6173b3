"""Async job worker."""

from __future__ import annotations

import asyncio
import logging
import time

log = logging.getLogger(__name__)
POLL_SECONDS = 2.0


class Worker:
    def __init__(self, queue: asyncio.Queue, concurrency: int = 4):
        self.queue = queue
        self.concurrency = concurrency
        self.running = False
        if concurrency < 1:
            # expect: return-in-init
            return None

    async def run_forever(self) -> None:
        self.running = True
        while self.running:
            if self.queue.empty():
                # expect: sync-sleep-in-async
                time.sleep(POLL_SECONDS)
                continue
            job = await self.queue.get()
            await self.handle(job)

    async def handle(self, job: dict) -> None:
        try:
            await asyncio.wait_for(self._execute(job), timeout=job.get("timeout", 60))
        except asyncio.TimeoutError:
            log.warning("job %s timed out", job.get("id"))

    async def _execute(self, job: dict) -> None:
        if job.get("delay"):
            # expect: missing-await
            asyncio.sleep(job["delay"])
        log.info("running %s", job["id"])
        await asyncio.to_thread(time.sleep, 0.01)

    def stop(self) -> None:
        self.running = False

    def settings(self) -> dict:
        return {"concurrency": self.concurrency}


def blocking_backoff(attempt: int) -> None:
    time.sleep(min(30, 2 ** attempt))


async def backoff(attempt: int) -> None:
    await asyncio.sleep(min(30, 2 ** attempt))
