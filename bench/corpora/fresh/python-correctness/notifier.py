import asyncio
import json
import logging
import time
from time import sleep as pause

import aiohttp

log = logging.getLogger(__name__)


class Notifier:
    def __init__(self, url, retries=3):
        self.url = url
        self.retries = retries

    async def send(self, payload: dict) -> bool:
        async with aiohttp.ClientSession() as session:
            for attempt in range(self.retries):
                async with session.post(self.url, json=payload) as resp:
                    if resp.status < 500:
                        return resp.status < 400
                # expect: sync-sleep-in-async
                time.sleep(2 ** attempt)
        return False

    async def send_ok(self, payload: dict) -> bool:
        async with aiohttp.ClientSession() as session:
            for attempt in range(self.retries):
                async with session.post(self.url, json=payload) as resp:
                    if resp.status < 500:
                        return resp.status < 400
                await asyncio.sleep(2 ** attempt)
        return False

    async def drain(self, queue: asyncio.Queue) -> None:
        while not queue.empty():
            item = await queue.get()
            await self.send(item)
            # expect: sync-sleep-in-async
            pause(0.1)

    def send_blocking(self, payload: dict) -> None:
        for attempt in range(self.retries):
            try:
                asyncio.run(self.send(payload))
                return
            except aiohttp.ClientError:
                time.sleep(1 + attempt)


async def heartbeat(notifier: Notifier, interval: float = 30.0) -> None:
    while True:
        await notifier.send({"type": "heartbeat", "ts": time.time()})
        await asyncio.sleep(interval)


async def flush_to_disk(path: str, items: list) -> None:
    def _write():
        with open(path, "w") as fh:
            json.dump(items, fh)
        time.sleep(0.05)
    await asyncio.to_thread(_write)


async def wait_for_lock(lockfile: str) -> None:
    import os
    while os.path.exists(lockfile):
        # expect: sync-sleep-in-async
        time.sleep(0.5)
