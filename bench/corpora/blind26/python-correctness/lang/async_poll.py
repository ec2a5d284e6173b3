"""Polls the export service until a job finishes."""
import asyncio
import time

import httpx


async def wait_for_job(client: httpx.AsyncClient, job_id: str):
    while True:
        resp = await client.get(f"/jobs/{job_id}")
        if resp.json()["state"] == "done":
            return resp.json()
        # expect: sync-sleep-async
        time.sleep(2)


async def retry(fn, attempts=3):
    for attempt in range(attempts):
        try:
            return await fn()
        except httpx.HTTPError:
            await asyncio.sleep(2 ** attempt)
    raise RuntimeError("gave up")


def wait_blocking(client: httpx.Client, job_id: str):
    while client.get(f"/jobs/{job_id}").json()["state"] != "done":
        time.sleep(2)
