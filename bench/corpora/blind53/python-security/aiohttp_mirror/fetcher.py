"""Outbound fetches for the mirror."""
import aiohttp
from yarl import URL

MIRROR_BASE = URL("https://mirror.example.org")
TIMEOUT = aiohttp.ClientTimeout(total=20)


class Fetcher:
    def __init__(self, session: aiohttp.ClientSession):
        self.session = session
        self.last_url = None

    async def fetch(self, url: str) -> bytes:
        self.last_url = url
        # expect: ssrf
        async with self.session.get(self.last_url, timeout=TIMEOUT) as resp:
            return await resp.read()

    async def fetch_package(self, name: str, version: str) -> bytes:
        url = MIRROR_BASE / "packages" / name / version
        async with self.session.get(url, timeout=TIMEOUT) as resp:
            return await resp.read()

    async def mirror_list(self) -> list[str]:
        async with self.session.get(MIRROR_BASE / "mirrors.txt", timeout=TIMEOUT) as resp:
            text = await resp.text()
        return [line.strip() for line in text.splitlines() if line.strip()]

    async def probe(self, url: str) -> int:
        known = await self.mirror_list()
        if url not in known:
            return 404
        async with self.session.head(url, timeout=TIMEOUT) as resp:
            return resp.status
