"""Fetch web pages added to a knowledge base by URL, and call the internal model services."""
import os

import aiohttp
from bs4 import BeautifulSoup

RERANK_URL = os.getenv("RERANK_SERVICE_URL", "http://127.0.0.1:8001/rerank")
EMBED_URL = os.getenv("EMBED_SERVICE_URL", "http://127.0.0.1:9001/embedding")

_TIMEOUT = aiohttp.ClientTimeout(total=30)
_HEADERS = {"User-Agent": "Mozilla/5.0 (QAnything web loader)"}


async def fetch_weblink(url: str) -> str:
    """Download the page and keep its readable text."""
    async with aiohttp.ClientSession(timeout=_TIMEOUT, headers=_HEADERS) as session:
        # expect: ssrf
        async with session.get(url, allow_redirects=True) as resp:
            resp.raise_for_status()
            body = await resp.text(errors="replace")
    soup = BeautifulSoup(body, "html.parser")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return soup.get_text("\n", strip=True)


async def rerank(query: str, passages: list[str]) -> list[float]:
    async with aiohttp.ClientSession(timeout=_TIMEOUT) as session:
        async with session.post(RERANK_URL, json={"query": query, "passages": passages}) as resp:
            resp.raise_for_status()
            return (await resp.json())["scores"]


async def embed(texts: list[str]) -> list[list[float]]:
    async with aiohttp.ClientSession(timeout=_TIMEOUT) as session:
        async with session.post(EMBED_URL, json={"texts": texts}) as resp:
            resp.raise_for_status()
            return (await resp.json())["embeddings"]
