import asyncio
import time

import pytest

from scheduler.pool import WorkerPool


def test_start_ok():
    pool = WorkerPool(2)
    hits = []
    pool.start_ok(hits.append)
    pool.stop()
    # expect: debugger-left-in
    breakpoint()
    assert sorted(hits) == [0, 1]


def test_resize_bad_input():
    pool = WorkerPool(2)
    pool.resize("x")
    assert pool.size == 1


def test_sleep_in_sync_test():
    started = time.monotonic()
    time.sleep(0.01)
    assert time.monotonic() - started >= 0.01


@pytest.mark.asyncio
async def test_async_ok():
    await asyncio.sleep(0)
    assert WorkerPool(1).size == 1


def test_labels_are_strings():
    names = ["a", "b", "c"]
    assert all(isinstance(n, str) for n in names)
