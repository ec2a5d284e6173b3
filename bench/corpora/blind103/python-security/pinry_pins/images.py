import io
import ipaddress
import socket
from urllib.parse import urlparse

import requests
from PIL import Image as PILImage


class ImageFetcher:
    def __init__(self, timeout=15):
        self.timeout = timeout

    def fetch(self, url):
        # expect: ssrf
        response = requests.get(url, timeout=self.timeout, stream=True)
        return io.BytesIO(response.content)

    def fetch_public(self, url):
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https"):
            raise ValueError("scheme")
        for info in socket.getaddrinfo(parsed.hostname, parsed.port or 443):
            if not ipaddress.ip_address(info[4][0]).is_global:
                raise ValueError("private address")
        response = requests.get(url, timeout=self.timeout, allow_redirects=False)
        return io.BytesIO(response.content)


def thumbnail(buffer, size):
    img = PILImage.open(buffer)
    img.thumbnail(size)
    return img


fetcher = ImageFetcher()
