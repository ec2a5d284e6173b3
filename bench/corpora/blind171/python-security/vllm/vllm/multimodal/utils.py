# SPDX-License-Identifier: Apache-2.0
"""Fetch images and audio referenced by chat requests."""

import base64
import io
from pathlib import Path
from urllib.parse import urlparse

import httpx
from PIL import Image


class MediaConnector:

    def __init__(self, allowed_local_media_path: str = "", allowed_media_domains=None):
        self.allowed_local_media_path = (
            Path(allowed_local_media_path).resolve() if allowed_local_media_path else None
        )
        self.allowed_media_domains = set(allowed_media_domains or [])

    def _load_data_url(self, url: str) -> bytes:
        _, data = url.split(",", 1)
        return base64.b64decode(data)

    def _load_local_image(self, url_spec) -> bytes:
        if self.allowed_local_media_path is None:
            raise ValueError("Local file access is disabled")
        path = Path(url_spec.path).resolve()
        if not path.is_relative_to(self.allowed_local_media_path):
            raise ValueError("File path is outside the allowed media directory")
        return path.read_bytes()

    def _load_local_audio(self, url_spec) -> bytes:
        if self.allowed_local_media_path is None:
            raise ValueError("Local file access is disabled")
        path = self.allowed_local_media_path / url_spec.path.lstrip("/")
        # expect: path-traversal
        return open(path, "rb").read()

    async def fetch_image(self, url: str) -> Image.Image:
        url_spec = urlparse(url)
        if url_spec.scheme == "data":
            return Image.open(io.BytesIO(self._load_data_url(url)))
        if url_spec.scheme == "file":
            return Image.open(io.BytesIO(self._load_local_image(url_spec)))
        if url_spec.scheme in ("http", "https"):
            if url_spec.hostname not in self.allowed_media_domains:
                raise ValueError(f"Domain {url_spec.hostname} is not allowed")
            async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
                resp = await client.get(url)
            resp.raise_for_status()
            return Image.open(io.BytesIO(resp.content))
        raise ValueError(f"Unsupported URL scheme {url_spec.scheme}")

    async def fetch_audio(self, url: str) -> bytes:
        url_spec = urlparse(url)
        if url_spec.scheme == "data":
            return self._load_data_url(url)
        if url_spec.scheme == "file":
            return self._load_local_audio(url_spec)
        async with httpx.AsyncClient(timeout=10) as client:
            # expect: ssrf
            resp = await client.get(url)
        resp.raise_for_status()
        return resp.content
