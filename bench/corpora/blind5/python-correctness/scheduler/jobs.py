import asyncio
import functools
import logging
import pdb
import sys
import time
from time import sleep as pause

import httpx
import requests

log = logging.getLogger(__name__)


class Job:
    def __init__(self, name, interval):
        self.name = name
        self.interval = interval
        if interval <= 0:
            # expect: return-in-init
            return False

    def describe(self):
        return f"{self.name} every {self.interval}s"


class Worker:
    def __init__(self, queue):
        if queue is None:
            return
        self.queue = queue


async def poll(url):
    while True:
        async with httpx.AsyncClient() as client:
            r = await client.get(url, timeout=5)
        if r.status_code == 200:
            return r.json()
        # expect: blocking-call-in-async
        time.sleep(2)


async def poll_nonblocking(url):
    while True:
        async with httpx.AsyncClient() as client:
            r = await client.get(url, timeout=5)
        if r.status_code == 200:
            return r.json()
        await asyncio.sleep(2)


async def notify(url, payload):
    # expect: blocking-call-in-async
    requests.post(url, json=payload, timeout=5)


async def throttle():
    # expect: blocking-call-in-async
    pause(0.5)


def run_sync_backoff(fn, tries=3):
    for i in range(tries):
        try:
            return fn()
        except OSError:
            pause(2 ** i)
    raise RuntimeError("gave up")


async def refresh_cache(cache):
    await cache.reload()


async def tick(cache):
    # expect: coroutine-not-awaited
    refresh_cache(cache)
    await asyncio.sleep(0)


def run(job):
    try:
        return job.execute()
    except Exception:
        log.exception("job %s failed", job.name)
        # expect: debugger-left-in
        pdb.set_trace()


def load_jobs(path):
    try:
        with open(path) as fh:
            return [line.split(",") for line in fh]
    except FileNotFoundError:
        log.error("no job file at %s", path)
        # expect: exit-in-library
        sys.exit(1)


@functools.lru_cache(maxsize=None)
def interval_for(name):
    return {"hourly": 3600, "daily": 86400}.get(name, 60)


# expect: cached-generator
@functools.lru_cache(maxsize=32)
def due_jobs(jobs):
    for job in jobs:
        if job.due():
            yield job


def main():
    jobs = load_jobs(sys.argv[1])
    for job in jobs:
        log.info("loaded %s", job)
    return 0


if __name__ == "__main__":
    sys.exit(main())
