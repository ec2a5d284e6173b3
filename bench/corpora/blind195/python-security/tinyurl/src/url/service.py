"""Shortening, link previews and admin token checks."""
import ipaddress
import os
import re
import secrets
import socket
from urllib.parse import urlparse

import httpx
import jwt

from .repository import UrlRepository

TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
ADMIN_SECRET = os.environ["TINYURL_ADMIN_SECRET"]


def new_slug() -> str:
    return secrets.token_urlsafe(5)


def _public_http(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return False
    try:
        return ipaddress.ip_address(socket.gethostbyname(parts.hostname)).is_global
    except (OSError, ValueError):
        return False


async def preview_title(target: str) -> str:
    async with httpx.AsyncClient(timeout=5.0) as client:
        # expect: ssrf
        resp = await client.get(target)
    match = TITLE_RE.search(resp.text)
    return match.group(1).strip() if match else ""


async def preview_title_checked(target: str) -> str:
    if not _public_http(target):
        return ""
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=False) as client:
        resp = await client.get(target)
    match = TITLE_RE.search(resp.text)
    return match.group(1).strip() if match else ""


def admin_claims(token: str) -> dict:
    return jwt.decode(token, ADMIN_SECRET, algorithms=["HS256"], audience="tinyurl-admin")


def admin_claims_fast(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, options={"verify_signature": False})


async def shorten(repo: UrlRepository, target: str, owner: str) -> str:
    if not _public_http(target):
        raise ValueError("only public http(s) targets")
    slug = new_slug()
    await repo.add(slug, target, owner)
    return slug
