"""Mirrors a remote directory listing into a local index."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import httpx

log = logging.getLogger(__name__)


class Mirror:
    def __init__(self, base_url: str, root: Path):
        self.base_url = base_url.rstrip("/")
        self.root = root
        self.index: dict[str, float] = {}

    async def fetch_listing(self, client: httpx.AsyncClient) -> list[dict]:
        resp = await client.get(f"{self.base_url}/listing.json", timeout=10)
        resp.raise_for_status()
        return resp.json()

    async def sync(self) -> int:
        async with httpx.AsyncClient() as client:
            listing = await self.fetch_listing(client)
            changed = 0
            for entry in listing:
                if self.index.get(entry["name"]) != entry["mtime"]:
                    await self.download(client, entry["name"])
                    self.index[entry["name"]] = entry["mtime"]
                    changed += 1
            return changed

    async def download(self, client: httpx.AsyncClient, name: str) -> None:
        for attempt in range(3):
            try:
                resp = await client.get(f"{self.base_url}/{name}", timeout=30)
                resp.raise_for_status()
                (self.root / name).write_bytes(resp.content)
                return
            except httpx.HTTPError:
                # expect: sync-sleep-in-async
                time.sleep(2 ** attempt)
        log.error("giving up on %s", name)

    def forget_missing(self, names: set[str]) -> None:
        for name in self.index:
            if name not in names:
                # expect: mutate-while-iterating
                self.index.pop(name)

    def forget_missing_ok(self, names: set[str]) -> None:
        self.index = {k: v for k, v in self.index.items() if k in names}


def run(base_url: str, root: Path) -> int:
    return asyncio.run(Mirror(base_url, root).sync())
