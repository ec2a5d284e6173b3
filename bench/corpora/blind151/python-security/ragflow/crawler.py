"""Fetches a web page and converts it to PDF for indexing."""
import logging
from urllib.parse import urlparse

import httpx

logger = logging.getLogger(__name__)

ALLOWED_CRAWL_HOSTS = {"docs.ragflow.io", "en.wikipedia.org"}


async def _to_pdf(html_bytes):
    from weasyprint import HTML

    return HTML(string=html_bytes.decode("utf-8", "replace")).write_pdf()


async def html2pdf(url):
    async with httpx.AsyncClient(timeout=30, follow_redirects=True) as client:
        # expect: ssrf
        resp = await client.get(url)
    return await _to_pdf(resp.content)


async def html2pdf_allowed(url):
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_CRAWL_HOSTS:
        raise ValueError("host not allowed")
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.get(url)
    return await _to_pdf(resp.content)
