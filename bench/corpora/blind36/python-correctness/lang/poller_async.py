"""Polls partner APIs from the asyncio worker."""
import asyncio
import time
import time as clock
from time import sleep


async def poll_status(client, job_id):
    while True:
        status = await client.status(job_id)
        if status == "done":
            return status
        # expect: blocking-sleep-in-async
        time.sleep(2)


class RateLimitedFetcher:
    def __init__(self, client, delay):
        self.client = client
        self.delay = delay

    async def fetch_all(self, urls):
        results = []
        for url in urls:
            results.append(await self.client.get(url))
            # expect: blocking-sleep-in-async
            sleep(self.delay)
        return results


async def drain(queue):
    async for message in queue:
        await message.ack()
        # expect: blocking-sleep-in-async
        clock.sleep(0.1)


async def with_lock(lock, work):
    async with lock:
        result = await work()
        # expect: blocking-sleep-in-async
        time.sleep(0.5)
    return result


async def poll_status_fixed(client, job_id):
    while (status := await client.status(job_id)) != "done":
        await asyncio.sleep(2)
    return status


async def legacy_call(client):
    def blocking():
        time.sleep(1)
        return client.sync_status()

    return await asyncio.get_running_loop().run_in_executor(None, blocking)


def sync_retry(fn):
    for attempt in range(3):
        try:
            return fn()
        except ConnectionError:
            time.sleep(2 ** attempt)
    raise ConnectionError("gave up")
