"""Polls the payment provider for settled transfers."""
import asyncio
import time

import httpx


async def poll(client: httpx.AsyncClient, transfer_id: str) -> dict:
    for _ in range(10):
        resp = await client.get(f"/transfers/{transfer_id}")
        if resp.json()["status"] == "settled":
            return resp.json()
        await asyncio.sleep(2)
    raise TimeoutError(transfer_id)


async def poll_legacy(client: httpx.AsyncClient, transfer_id: str) -> dict:
    while True:
        resp = await client.get(f"/transfers/{transfer_id}")
        if resp.json()["status"] == "settled":
            return resp.json()
        # expect: sync-sleep-async
        time.sleep(5)


def poll_sync(client: httpx.Client, transfer_id: str) -> dict:
    while True:
        resp = client.get(f"/transfers/{transfer_id}")
        if resp.json()["status"] == "settled":
            return resp.json()
        time.sleep(5)


async def settle_all(client, ids):
    for transfer_id in ids:
        # expect: missing-await
        poll(client, transfer_id)
    return await asyncio.gather(*(poll(client, i) for i in ids))
