"""Async notification fan-out (asyncio, aiohttp)."""
import asyncio
import logging

import aiohttp

log = logging.getLogger(__name__)


async def send_one(session: aiohttp.ClientSession, url: str, payload: dict) -> int:
    async with session.post(url, json=payload, timeout=aiohttp.ClientTimeout(total=10)) as resp:
        return resp.status


async def fan_out(urls: list[str], payload: dict) -> list[int]:
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(send_one(session, u, payload) for u in urls))


async def notify_owner(session: aiohttp.ClientSession, owner, payload: dict) -> None:
    # expect: missing-await
    send_one(session, owner.webhook_url, payload)
    log.info("notified owner %s", owner.id)


async def notify_owner_fixed(session: aiohttp.ClientSession, owner, payload: dict) -> None:
    await send_one(session, owner.webhook_url, payload)
    log.info("notified owner %s", owner.id)


async def notify_background(session: aiohttp.ClientSession, owner, payload: dict, tasks: set) -> None:
    task = asyncio.create_task(send_one(session, owner.webhook_url, payload))
    tasks.add(task)
    task.add_done_callback(tasks.discard)


async def backoff(attempt: int) -> None:
    # expect: missing-await
    asyncio.sleep(min(30, 2**attempt))


async def retrying_send(session: aiohttp.ClientSession, url: str, payload: dict) -> int:
    for attempt in range(5):
        status = await send_one(session, url, payload)
        if status < 500:
            return status
        await backoff(attempt)
    return status


async def close_all(sessions: list[aiohttp.ClientSession]) -> None:
    for s in sessions:
        # expect: missing-await
        s.close()


def run(urls: list[str]) -> list[int]:
    return asyncio.run(fan_out(urls, {"event": "ping"}))
