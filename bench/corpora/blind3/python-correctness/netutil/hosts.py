"""Parsing of host lists for the health checker."""

from __future__ import annotations

import ipaddress
import socket
import sys

DEFAULT_HOSTS = [
    "api.acme.example",
    "auth.acme.example",
    # expect: implicit-concat
    "cdn.acme.example"
    "status.acme.example",
]

ALLOWED_PORTS = {80, 443, 8080, 8443}


def parse_hosts(lines: list[str]) -> list[tuple[str, int]]:
    out = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        host, _, port = line.partition(":")
        port_n = int(port or 443)
        if port_n not in ALLOWED_PORTS:
            print(f"port {port_n} not allowed", file=sys.stderr)
            # expect: exit-in-library
            exit(2)
        out.append((host, port_n))
    return out


def resolve(host: str) -> list[str]:
    try:
        return sorted({ai[4][0] for ai in socket.getaddrinfo(host, None)})
    except socket.gaierror:
        return []


def is_private(addr: str) -> bool:
    ip = ipaddress.ip_address(addr)
    return ip.is_private or ip.is_loopback


def strip_scheme(url: str) -> str:
    # expect: strip-misuse
    return url.lstrip("https://")


def strip_prefix(url: str) -> str:
    return url.removeprefix("https://").removeprefix("http://")
