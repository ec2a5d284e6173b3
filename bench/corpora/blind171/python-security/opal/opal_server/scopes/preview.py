"""Fetch a scope's data source once so an admin can see what clients will get."""

import ipaddress
import socket
from urllib.parse import urlparse

import aiohttp

from opal_common.schemas.data import DataSourceEntry
from opal_server.config import opal_server_config

PREVIEW_LIMIT = 64 * 1024


def _is_public_host(hostname: str) -> bool:
    try:
        infos = socket.getaddrinfo(hostname, None)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


async def preview_data_source(entry: DataSourceEntry) -> dict:
    parsed = urlparse(entry.url)
    if parsed.scheme not in ("http", "https"):
        return {"error": "only http(s) sources can be previewed"}
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        # expect: ssrf
        async with session.get(entry.url, headers=entry.config.get("headers", {})) as resp:
            body = await resp.content.read(PREVIEW_LIMIT)
    return {"status": resp.status, "preview": body.decode("utf-8", "replace")}


async def preview_checked(entry: DataSourceEntry) -> dict:
    parsed = urlparse(entry.url)
    if parsed.scheme != "https" or not _is_public_host(parsed.hostname or ""):
        return {"error": "source must be a public https URL"}
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.get(entry.url, allow_redirects=False) as resp:
            body = await resp.content.read(PREVIEW_LIMIT)
    return {"status": resp.status, "preview": body.decode("utf-8", "replace")}


async def server_health() -> int:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
        async with session.get(f"{opal_server_config.OPAL_WS_LOCAL_URL}/healthcheck") as resp:
            return resp.status
