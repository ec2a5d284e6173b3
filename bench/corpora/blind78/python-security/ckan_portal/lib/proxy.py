"""Resource proxy: fetch a resource's remote file so the browser can preview it."""
import ipaddress
import socket
from urllib.parse import urlsplit

import requests

MAX_FILE_SIZE = 1024 * 1024
CHUNK_SIZE = 4096


class ProxyError(Exception):
    pass


def fetch_remote(url: str, timeout: int = 5):
    """Stream the remote file at ``url`` (used by the preview endpoint)."""
    # expect: ssrf
    resp = requests.get(url, stream=True, timeout=timeout)
    resp.raise_for_status()
    content = b""
    for chunk in resp.iter_content(CHUNK_SIZE):
        content += chunk
        if len(content) > MAX_FILE_SIZE:
            raise ProxyError("File too large")
    return resp.headers.get("content-type", "application/octet-stream"), content


def is_public_host(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


def fetch_checked(url: str, timeout: int = 5):
    if not is_public_host(url):
        raise ProxyError("Refusing to proxy a private address")
    resp = requests.get(url, stream=True, timeout=timeout, allow_redirects=False)
    resp.raise_for_status()
    return resp.headers.get("content-type", "application/octet-stream"), resp.raw.read(MAX_FILE_SIZE)
