"""Helpers: citation fetching and the share page."""
import html
import logging
import os
from urllib.parse import urlparse

import httpx
from quart import Response

log = logging.getLogger(__name__)

CITATION_HOSTS = {h for h in os.environ.get("CITATION_ALLOWED_HOSTS", "").split(",") if h}


async def fetch_citation(url):
    async with httpx.AsyncClient(timeout=20) as client:
        # expect: ssrf
        resp = await client.get(url)
    return resp.text[:20000]


async def fetch_citation_checked(url):
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in CITATION_HOSTS:
        raise ValueError("citation host not allowed")
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.get(url)
    return resp.text[:20000]


def render_share_page(conversation, escape_title=False):
    title = conversation.get("title", "")
    if escape_title:
        title = html.escape(title)
    created = html.escape(conversation.get("createdAt", ""))
    body = "<html><head><title>Shared chat</title></head><body><h1>%s</h1><p>%s</p></body></html>" % (title, created)
    # expect: xss
    return Response(body, content_type="text/html")


def render_share_page_escaped(conversation):
    title = html.escape(conversation.get("title", ""))
    return Response("<html><body><h1>%s</h1></body></html>" % title, content_type="text/html")


def format_as_ndjson(obj):
    import json
    return json.dumps(obj, ensure_ascii=False) + "\n"
