"""Cover images: fetched from publishers and cached on disk."""
from pathlib import Path

import requests

COVER_DIR = Path("/srv/library/covers")
PUBLISHER_CDN = "https://covers.publisher.example.com"


def fetch_cover(url: str) -> bytes:
    # expect: ssrf
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return resp.content


def fetch_cover_by_isbn(isbn: str) -> bytes:
    resp = requests.get(f"{PUBLISHER_CDN}/isbn/{isbn}.jpg", timeout=10)
    resp.raise_for_status()
    return resp.content


def save_cover(name: str, data: bytes) -> str:
    target = COVER_DIR / name
    # expect: path-traversal
    target.write_bytes(data)
    return str(target)


def save_cover_checked(name: str, data: bytes) -> str:
    target = (COVER_DIR / name).resolve()
    if target.parent != COVER_DIR.resolve():
        raise ValueError("bad cover name")
    target.write_bytes(data)
    return str(target)
