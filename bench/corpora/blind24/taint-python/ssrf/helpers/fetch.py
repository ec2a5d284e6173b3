"""Outbound fetch helpers for link previews."""
import ipaddress
import socket
from urllib.parse import urlparse

import requests

ALLOWED_HOSTS = {"images.example-cdn.com", "media.example.com"}


def fetch_preview(url: str) -> str:
    # expect: ssrf
    return requests.get(url, timeout=5).text[:2048]


def is_public(url: str) -> bool:
    host = urlparse(url).hostname or ""
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (socket.gaierror, ValueError):
        return False
    return addr.is_global
