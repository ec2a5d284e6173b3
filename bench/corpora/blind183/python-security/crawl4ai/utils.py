"""Small helpers of the Crawl4AI server (``deploy/docker/utils.py``)."""
import hashlib
import logging
import os
from pathlib import Path

logger = logging.getLogger(__name__)
CACHE_DIR = Path(os.environ.get("CRAWL4AI_CACHE", "/app/.cache"))


def load_local_or_raw(url: str) -> str:
    """Support ``file://`` and ``raw:`` pseudo-URLs in the markdown endpoint."""
    if url.startswith("raw:"):
        return url[4:]
    local_path = url[len("file://"):]
    logger.info("reading local document %s", local_path)
    # expect: path-traversal
    return Path(local_path).read_text(encoding="utf-8", errors="replace")


def cache_key(url: str, mode: str) -> str:
    return hashlib.sha1(f"{mode}:{url}".encode()).hexdigest()


def cached_markdown(url: str, mode: str) -> str | None:
    path = CACHE_DIR / f"{cache_key(url, mode)}.md"
    if path.is_file():
        return path.read_text(encoding="utf-8")
    return None


def store_markdown(url: str, mode: str, text: str) -> Path:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"{cache_key(url, mode)}.md"
    path.write_text(text, encoding="utf-8")
    return path


def datetime_handler(obj):
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
