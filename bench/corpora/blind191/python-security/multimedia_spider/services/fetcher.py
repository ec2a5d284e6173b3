"""HTTP fetching for crawl jobs."""
from urllib.parse import urljoin

import aiohttp

PLATFORM_BASES = {
    "douyin": "https://www.douyin.com/",
    "bilibili": "https://www.bilibili.com/",
    "weibo": "https://weibo.com/",
}
HEADERS = {"User-Agent": "Mozilla/5.0 (compatible; MultimediaSpider/1.0)"}
TIMEOUT = aiohttp.ClientTimeout(total=30)


async def fetch_page(url: str) -> str:
    async with aiohttp.ClientSession(timeout=TIMEOUT, headers=HEADERS) as session:
        # expect: ssrf
        async with session.get(url) as resp:
            resp.raise_for_status()
            return await resp.text()


async def fetch_platform_page(platform: str, path: str) -> str:
    base = PLATFORM_BASES.get(platform)
    if base is None:
        raise ValueError(f"unknown platform {platform}")
    target = urljoin(base, path.lstrip("/"))
    if not target.startswith(base):
        raise ValueError("path escapes the platform host")
    async with aiohttp.ClientSession(timeout=TIMEOUT, headers=HEADERS) as session:
        async with session.get(target, allow_redirects=False) as resp:
            resp.raise_for_status()
            return await resp.text()
