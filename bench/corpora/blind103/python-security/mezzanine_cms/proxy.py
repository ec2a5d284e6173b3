import os
from urllib.parse import urljoin, urlparse

import requests
from django.conf import settings

STATIC_HOSTS = {"cdn.example.org", "static.example.org"}


def fetch_static(url):
    parsed = urlparse(url)
    if parsed.netloc and parsed.netloc not in STATIC_HOSTS:
        return None
    return requests.get(urljoin(settings.STATIC_URL_ABSOLUTE, parsed.path), timeout=10).content


def fetch_media_url(url):
    if url.startswith(settings.STATIC_URL):
        path = url[len(settings.STATIC_URL):]
        # expect: path-traversal
        return open(os.path.join(settings.STATIC_ROOT, path), "rb").read()
    # expect: ssrf
    return requests.get(url, timeout=10).content
