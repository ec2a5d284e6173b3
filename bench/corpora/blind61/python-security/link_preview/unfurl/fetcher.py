"""Fetches a page and pulls out its Open Graph tags."""
import html
import re

import httpx

from .netguard import public_url

META_RE = re.compile(r'<meta\s+property="og:(title|description|image)"\s+content="([^"]*)"', re.I)
USER_AGENT = "UnfurlBot/1.4 (+https://chat.example.com/bot)"


class PreviewFetcher:
    def __init__(self, client: httpx.AsyncClient):
        self.client = client
        self.last_url = None

    async def fetch(self, url: str) -> dict:
        self.last_url = url
        # expect: ssrf
        resp = await self.client.get(self.last_url, headers={"User-Agent": USER_AGENT}, follow_redirects=False)
        return self._parse(resp.text)

    async def fetch_public(self, url: str) -> dict:
        checked = public_url(url)
        resp = await self.client.get(checked, headers={"User-Agent": USER_AGENT}, follow_redirects=False)
        return self._parse(resp.text)

    @staticmethod
    def _parse(text: str) -> dict:
        found = {k.lower(): html.unescape(v) for k, v in META_RE.findall(text[:200_000])}
        return {"title": found.get("title", ""), "description": found.get("description", ""), "image": found.get("image", "")}
