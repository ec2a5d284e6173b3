"""Fetching recipe pages and reading their schema.org data."""
import json
import logging
from urllib.parse import quote

import httpx
import requests
from bs4 import BeautifulSoup

from mealie.core.config import get_app_settings

logger = logging.getLogger("mealie.scraper")
USER_AGENT = "Mozilla/5.0 (compatible; recipebox/1.0)"


class RecipeScraper:
    def __init__(self, timeout):
        self.timeout = timeout

    def _fetch(self, url):
        # expect: ssrf
        response = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=self.timeout)
        response.raise_for_status()
        return response.text

    def scrape(self, url):
        if not url.startswith(("http://", "https://")):
            raise ValueError("Only http(s) URLs can be scraped")
        html = self._fetch(url)
        soup = BeautifulSoup(html, "html.parser")
        for tag in soup.find_all("script", type="application/ld+json"):
            try:
                data = json.loads(tag.string or "")
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict) and data.get("@type") == "Recipe":
                return {"name": data.get("name", ""), "org_url": url}
        raise ValueError("No recipe found on the page")


# Thumbnails come from our own CDN; the host is fixed.
async def fetch_thumbnail(slug: str, size: str = "min") -> bytes:
    base = get_app_settings().CDN_BASE
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.get(f"{base}/recipes/{quote(slug, safe='')}/{quote(size, safe='')}.webp")
        response.raise_for_status()
        return response.content
