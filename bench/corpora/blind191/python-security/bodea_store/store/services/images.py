"""Product image import."""
import os
from pathlib import Path
from urllib.parse import urlparse

import httpx

MEDIA_ROOT = Path(os.environ.get("STORE_MEDIA", "/srv/store/media"))
CDN_HOSTS = {"cdn.shopify.com", "images.unsplash.com"}
MAX_BYTES = 5 * 1024 * 1024


def _save(product_id: int, content: bytes, content_type: str) -> str:
    ext = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}.get(content_type, "bin")
    path = MEDIA_ROOT / "products" / f"{int(product_id)}.{ext}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content[:MAX_BYTES])
    return str(path.relative_to(MEDIA_ROOT))


async def import_image(url: str, product_id: int) -> str:
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
        # expect: ssrf
        resp = await client.get(url)
    resp.raise_for_status()
    return _save(product_id, resp.content, resp.headers.get("content-type", ""))


async def import_image_from_cdn(url: str, product_id: int) -> str:
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in CDN_HOSTS:
        raise ValueError("image must come from an approved CDN")
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        resp = await client.get(url)
    resp.raise_for_status()
    return _save(product_id, resp.content, resp.headers.get("content-type", ""))
