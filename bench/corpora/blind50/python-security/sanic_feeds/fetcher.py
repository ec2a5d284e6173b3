"""Outbound HTTP for the feed reader."""
from urllib.parse import urlencode, urlparse

import httpx

TRUSTED_FEEDS = {
    "python": "https://blog.python.org/feeds/posts/default",
    "pypi": "https://pypi.org/rss/updates.xml",
}


async def fetch(url, timeout=10.0):
    async with httpx.AsyncClient(timeout=timeout, follow_redirects=False) as client:
        # expect: ssrf
        resp = await client.get(url)
        resp.raise_for_status()
        return resp.text


async def fetch_trusted(name):
    url = TRUSTED_FEEDS.get(name, TRUSTED_FEEDS["python"])
    async with httpx.AsyncClient(timeout=10.0) as client:
        resp = await client.get(url)
        return resp.text


async def search_index(term):
    query = urlencode({"q": term})
    async with httpx.AsyncClient(timeout=10.0) as client:
        resp = await client.get(f"https://search.feeds.example.com/api?{query}")
        return resp.json()


def host_of(url):
    return urlparse(url).hostname or ""
