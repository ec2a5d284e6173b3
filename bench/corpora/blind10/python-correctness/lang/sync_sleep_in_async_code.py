# library: asyncio (time.sleep inside coroutines)
"""Polling helpers for the async webhook relay."""
import asyncio
import time
from time import sleep


async def wait_for_ready(client):
    while not await client.ready():
        # expect: blocking-in-async
        time.sleep(1)


async def wait_for_ready_safe(client):
    while not await client.ready():
        await asyncio.sleep(1)


async def backoff(attempt):
    # expect: blocking-in-async
    time.sleep(min(2 ** attempt, 30))


def sync_backoff(attempt):
    time.sleep(min(2 ** attempt, 30))


async def poll_job(job):
    while await job.state() == "running":
        # expect: blocking-in-async
        sleep(0.5)


async def poll_job_safe(job):
    while await job.state() == "running":
        await asyncio.sleep(0.5)


async def run_blocking(fn):
    return await asyncio.to_thread(lambda: (time.sleep(0.1), fn())[1])
