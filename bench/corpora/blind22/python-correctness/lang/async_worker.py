"""Async job worker for the notification service."""
import asyncio
import functools
import time

import aiohttp


async def send(session, url, payload):
    async with session.post(url, json=payload) as resp:
        return resp.status


async def send_with_backoff(session, url, payload):
    for attempt in range(5):
        status = await send(session, url, payload)
        if status < 500:
            return status
        # expect: sync-sleep-async
        time.sleep(2 ** attempt)
    return 599


async def send_with_async_backoff(session, url, payload):
    for attempt in range(5):
        status = await send(session, url, payload)
        if status < 500:
            return status
        await asyncio.sleep(2 ** attempt)
    return 599


def blocking_pause():
    time.sleep(0.5)


# expect: cached-generator
@functools.lru_cache(maxsize=32)
def recipients(group):
    for i in range(3):
        yield f"{group}-{i}@example.com"


@functools.lru_cache(maxsize=32)
def recipient_list(group):
    return tuple(f"{group}-{i}@example.com" for i in range(3))


async def main(url):
    async with aiohttp.ClientSession() as session:
        return await send_with_backoff(session, url, {"to": list(recipient_list("ops"))})
