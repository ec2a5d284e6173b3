"""Health checker polling internal services with aiohttp."""
import asyncio
import ssl

import aiohttp

TIMEOUT = aiohttp.ClientTimeout(total=10)


async def check(url):
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        # expect: tls-verify-off
        async with session.get(url, ssl=False) as resp:
            return resp.status


async def check_all(urls):
    # expect: tls-verify-off
    connector = aiohttp.TCPConnector(ssl=False, limit=20)
    async with aiohttp.ClientSession(connector=connector, timeout=TIMEOUT) as session:
        results = []
        for url in urls:
            async with session.get(url) as resp:
                results.append(resp.status)
        return results


async def check_legacy(url):
    # expect: tls-verify-off
    connector = aiohttp.TCPConnector(verify_ssl=False)
    async with aiohttp.ClientSession(connector=connector, timeout=TIMEOUT) as session:
        async with session.head(url) as resp:
            return resp.status


async def check_pinned(url):
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        # safe: verifying context
        async with session.get(url, ssl=ctx) as resp:
            return resp.status


async def check_default(url):
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        # safe: default verification
        async with session.get(url) as resp:
            return resp.status


if __name__ == "__main__":
    asyncio.run(check_default("https://status.internal.example/health"))
