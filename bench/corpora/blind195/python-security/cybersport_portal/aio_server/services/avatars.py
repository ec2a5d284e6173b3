"""Fetch team avatars from the URL a captain submits."""
import ipaddress
import socket
from urllib.parse import urlparse

import aiohttp

AVATAR_HOSTS = {"cdn.discordapp.com", "steamcdn-a.akamaihd.net", "avatars.steamstatic.com"}
TIMEOUT = aiohttp.ClientTimeout(total=10)
MAX_BYTES = 2 * 1024 * 1024


def _public(host: str) -> bool:
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_global
    except (OSError, ValueError):
        return False


async def download(url: str) -> bytes:
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        # expect: ssrf
        async with session.get(url) as resp:
            resp.raise_for_status()
            return await resp.content.read(MAX_BYTES)


async def download_allowed(url: str) -> bytes:
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in AVATAR_HOSTS or not _public(parts.hostname):
        raise ValueError("avatar host not allowed")
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.get(url, allow_redirects=False) as resp:
            resp.raise_for_status()
            return await resp.content.read(MAX_BYTES)
