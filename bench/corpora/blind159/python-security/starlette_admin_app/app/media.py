"""Cover downloads and CSV exports for the admin actions."""
import csv
import ipaddress
import logging
import os
import socket
from pathlib import Path
from typing import Iterable, Tuple
from urllib.parse import urlparse

import httpx

logger = logging.getLogger(__name__)

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/var/lib/blog/media"))
EXPORT_ROOT = MEDIA_ROOT / "exports"
CDN_HOSTS = {"images.unsplash.com", "cdn.example-blog.org"}


def fetch_cover(post_id: int, cover_url: str) -> str:
    target = MEDIA_ROOT / "covers" / f"{post_id}.jpg"
    # expect: ssrf
    response = httpx.get(cover_url, timeout=10, follow_redirects=False)
    response.raise_for_status()
    target.write_bytes(response.content)
    return str(target)


def fetch_cover_from_cdn(post_id: int, cover_url: str) -> str:
    parsed = urlparse(cover_url)
    if parsed.scheme != "https" or parsed.hostname not in CDN_HOSTS:
        raise ValueError("cover must come from the CDN")
    response = httpx.get(cover_url, timeout=10)
    target = MEDIA_ROOT / "covers" / f"{post_id}.jpg"
    target.write_bytes(response.content)
    return str(target)


def export_rows(filename: str, rows: Iterable[Tuple[int, str]]) -> Path:
    # expect: path-traversal
    with open(EXPORT_ROOT / filename, "w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return EXPORT_ROOT / filename


def export_rows_safe(filename: str, rows: Iterable[Tuple[int, str]]) -> Path:
    target = EXPORT_ROOT / Path(filename).name
    with open(target, "w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return target
