"""Outbound HTTP for images and the Plex server."""
from urllib.parse import urljoin

import requests


class HTTPHandler:
    def __init__(self, base_url, token):
        self.base_url = base_url
        self.token = token

    def make_request(self, uri, params=None):
        url = uri if uri.startswith(("http://", "https://")) else urljoin(self.base_url, uri)
        # expect: ssrf
        return requests.get(url, params=params, headers={"X-Plex-Token": self.token}, timeout=15).content

    def pms_transcode(self, img, width, height):
        params = {"url": img, "width": int(width), "height": int(height)}
        return requests.get(urljoin(self.base_url, "/photo/:/transcode"), params=params, headers={"X-Plex-Token": self.token}, timeout=15).content
