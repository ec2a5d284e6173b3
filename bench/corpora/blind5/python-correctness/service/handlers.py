import asyncio
import subprocess
import time as clock

import aiofiles


class Cache:
    def __init__(self):
        self.data = {}

    async def get(self, key):
        return self.data.get(key)

    async def warm(self, keys):
        for key in keys:
            self.data[key] = await self.fetch(key)

    async def fetch(self, key):
        await asyncio.sleep(0)
        return key.upper()


async def handle_export(path):
    # expect: blocking-call-in-async
    subprocess.run(["gzip", "-k", path], check=True)
    return path + ".gz"


async def handle_export_ok(path):
    proc = await asyncio.create_subprocess_exec("gzip", "-k", path)
    await proc.wait()
    return path + ".gz"


async def handle_wait(seconds):
    # expect: blocking-call-in-async
    clock.sleep(seconds)


async def handle_offloaded(seconds):
    await asyncio.to_thread(clock.sleep, seconds)


async def handle_read(path):
    async with aiofiles.open(path) as fh:
        return await fh.read()


async def warm_all(cache: Cache, keys):
    # expect: coroutine-not-awaited
    cache.warm(keys)
    return len(keys)


async def warm_all_ok(cache: Cache, keys):
    task = asyncio.create_task(cache.warm(keys))
    await task
    return len(keys)


def timestamp():
    return clock.time()
