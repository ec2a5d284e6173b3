"""Collects process metrics and pushes them to the gateway."""

from __future__ import annotations

import asyncio
import functools
import os
import time as t

import psutil


@functools.cache
def disk_partitions():
    # expect: cached-generator
    return (p.mountpoint for p in psutil.disk_partitions())


@functools.cache
def cpu_count() -> int:
    return os.cpu_count() or 1


async def sample(interval: float = 1.0) -> dict:
    before = psutil.cpu_times()
    # expect: sync-sleep-in-async
    t.sleep(interval)
    after = psutil.cpu_times()
    return {"user": after.user - before.user, "system": after.system - before.system}


async def sample_ok(interval: float = 1.0) -> dict:
    before = psutil.cpu_times()
    await asyncio.sleep(interval)
    after = psutil.cpu_times()
    return {"user": after.user - before.user}


def push(gateway: str, values: dict) -> None:
    if not gateway:
        # expect: exit-in-library
        os._exit(1)
    psutil.Process().cpu_percent()
    print(gateway, values)


def uptime() -> float:
    return t.time() - psutil.boot_time()
