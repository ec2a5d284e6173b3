"""Recipe images: remote import and local storage."""
import ipaddress
import os
import socket
import uuid
from pathlib import Path
from urllib.parse import urlparse

import httpx

IMAGE_ROOT = Path(os.environ.get("RECIPE_IMAGE_DIR", "/var/lib/simpleza/images")).resolve()
TRUSTED_CDNS = {"images.unsplash.com", "cdn.simpleza.app"}


def _is_public(host: str) -> bool:
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_global
    except (OSError, ValueError):
        return False


def import_remote(image_url: str) -> bytes:
    # expect: ssrf
    resp = httpx.get(image_url, timeout=10.0, follow_redirects=True)
    resp.raise_for_status()
    return resp.content


def import_trusted(image_url: str) -> bytes:
    parts = urlparse(image_url)
    if parts.scheme != "https" or parts.hostname not in TRUSTED_CDNS or not _is_public(parts.hostname):
        raise ValueError("image host not allowed")
    resp = httpx.get(image_url, timeout=10.0, follow_redirects=False)
    resp.raise_for_status()
    return resp.content


def store_named(recipe_id: str, filename: str, data: bytes) -> str:
    target = IMAGE_ROOT / recipe_id / filename
    target.parent.mkdir(parents=True, exist_ok=True)
    # expect: path-traversal
    target.write_bytes(data)
    return str(target)


def store_generated(recipe_id: uuid.UUID, suffix: str, data: bytes) -> str:
    if suffix not in {".jpg", ".png", ".webp"}:
        raise ValueError("unsupported image type")
    target = IMAGE_ROOT / str(recipe_id) / f"{uuid.uuid4().hex}{suffix}"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return str(target)
