"""Fetching remote data for maps: the CORS proxy and the import-by-URL path."""
import ipaddress
import socket
from urllib.parse import urlparse

import requests
from django.conf import settings
from django.core.cache import cache

USER_AGENT = f"uMap/{settings.UMAP_VERSION} (+{settings.SITE_URL})"
MAX_BYTES = 10 * 1024 * 1024
DATA_TYPES = {
    "application/json",
    "application/geo+json",
    "application/vnd.google-earth.kml+xml",
    "application/gpx+xml",
    "text/csv",
}


class ProxyRefused(Exception):
    """The URL points somewhere uMap will not fetch from."""


def fetch_remote(url, ttl):
    """Body and content type of a remote resource, cached for ttl seconds."""
    key = f"proxy:{url}"
    cached = cache.get(key) if ttl else None
    if cached:
        return cached
    # expect: ssrf
    resp = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=10)
    content_type = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type not in DATA_TYPES:
        content_type = "text/plain"
    result = (resp.content[:MAX_BYTES], content_type)
    if ttl and resp.ok:
        cache.set(key, result, ttl)
    return result


def _public_host(hostname):
    try:
        infos = socket.getaddrinfo(hostname, None)
    except socket.gaierror as exc:
        raise ProxyRefused("unknown host") from exc
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if not addr.is_global:
            raise ProxyRefused("host resolves to a private address")
    return hostname


def fetch_public(url):
    """GeoJSON from a public http(s) URL; private addresses are refused."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ProxyRefused("only http(s) URLs can be imported")
    _public_host(parsed.hostname)
    resp = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=10, allow_redirects=False)
    resp.raise_for_status()
    return resp.json()


def fetch_tile_preview(tilelayer_id, z, x, y):
    template = settings.UMAP_TILELAYERS[int(tilelayer_id)]["url_template"]
    url = template.format(s="a", z=int(z), x=int(x), y=int(y))
    return requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=5).content
