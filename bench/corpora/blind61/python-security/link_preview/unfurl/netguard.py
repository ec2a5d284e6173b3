"""Outbound URL checks for the unfurler."""
import ipaddress
import socket
from urllib.parse import urlparse


class BlockedURL(ValueError):
    pass


def public_url(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise BlockedURL(url)
    for info in socket.getaddrinfo(parsed.hostname, parsed.port or 443):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise BlockedURL(url)
    return url
