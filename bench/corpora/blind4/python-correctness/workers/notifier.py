"""Async worker that sends push notifications and webhooks."""
from __future__ import annotations

import asyncio
import json
import logging
import time
from time import sleep

import aiohttp
import requests

log = logging.getLogger(__name__)
BATCH = 50


async def fetch_device_tokens(session: aiohttp.ClientSession, user_ids: list[int]) -> dict[int, str]:
    async with session.post("https://devices.internal/lookup", json={"ids": user_ids}) as resp:
        resp.raise_for_status()
        return {int(k): v for k, v in (await resp.json()).items()}


async def send_push(session: aiohttp.ClientSession, token: str, message: dict) -> bool:
    for attempt in range(3):
        async with session.post("https://push.internal/send", json={"token": token, **message}) as resp:
            if resp.status < 500:
                return resp.status == 200
        # expect: sync-sleep-in-async
        time.sleep(2 ** attempt)
    return False


async def send_push_fixed(session: aiohttp.ClientSession, token: str, message: dict) -> bool:
    for attempt in range(3):
        async with session.post("https://push.internal/send", json={"token": token, **message}) as resp:
            if resp.status < 500:
                return resp.status == 200
        await asyncio.sleep(2 ** attempt)
    return False


async def deliver_webhook(url: str, payload: dict) -> int:
    # expect: blocking-call-in-async
    resp = requests.post(url, data=json.dumps(payload), timeout=10)
    return resp.status_code


async def deliver_webhook_fixed(session: aiohttp.ClientSession, url: str, payload: dict) -> int:
    async with session.post(url, json=payload, timeout=aiohttp.ClientTimeout(total=10)) as resp:
        return resp.status


async def flush_audit_log(entries: list[dict]) -> None:
    def _write() -> None:
        with open("/var/log/app/audit.jsonl", "a") as fh:
            for entry in entries:
                fh.write(json.dumps(entry) + "\n")
        time.sleep(0.01)  # give the shipper a moment; runs in a worker thread

    await asyncio.to_thread(_write)


async def run_batch(user_ids: list[int], message: dict) -> int:
    sent = 0
    async with aiohttp.ClientSession() as session:
        tokens = await fetch_device_tokens(session, user_ids)
        for token in tokens.values():
            if await send_push(session, token, message):
                sent += 1
        # expect: coroutine-not-awaited
        flush_audit_log([{"sent": sent, "at": time.time()}])
    return sent


async def drain(queue: asyncio.Queue) -> None:
    while True:
        job = await queue.get()
        try:
            await run_batch(job["users"], job["message"])
        finally:
            queue.task_done()
        if queue.empty():
            # expect: sync-sleep-in-async
            sleep(1)


def poll_forever(fetch) -> None:
    """Synchronous poller used by the cron entry point."""
    while True:
        fetch()
        time.sleep(30)
