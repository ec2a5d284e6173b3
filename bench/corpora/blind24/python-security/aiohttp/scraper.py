"""Price scraper on aiohttp."""
import ssl

import aiohttp

CTX = ssl.create_default_context()


async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url, ssl=CTX, timeout=aiohttp.ClientTimeout(total=20)) as resp:
        return await resp.text()


async def fetch_insecure(session: aiohttp.ClientSession, url: str) -> str:
    # expect: tls-verify-off
    async with session.get(url, ssl=False) as resp:
        return await resp.text()


def make_session() -> aiohttp.ClientSession:
    # expect: tls-verify-off
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(verify_ssl=False))


def make_good_session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=CTX), timeout=aiohttp.ClientTimeout(total=30))
