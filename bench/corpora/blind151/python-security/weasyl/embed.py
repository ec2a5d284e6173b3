"""Thumbnails for embedded and linked media."""
import logging
from urllib.parse import urlparse

import requests

log = logging.getLogger(__name__)

OEMBED_PROVIDERS = {
    "www.youtube.com": "https://www.youtube.com/oembed",
    "soundcloud.com": "https://soundcloud.com/oembed",
    "vimeo.com": "https://vimeo.com/api/oembed.json",
}


def fetch_embed_thumbnail(embedlink):
    host = urlparse(embedlink).hostname
    endpoint = OEMBED_PROVIDERS.get(host)
    if endpoint is None:
        raise ValueError("embed host not supported")
    meta = requests.get(endpoint, params={"url": embedlink, "format": "json"}, timeout=5).json()
    return {"embed": embedlink, "thumbnail": meta.get("thumbnail_url")}


def fetch_custom_thumbnail(thumbnail_url):
    # expect: ssrf
    resp = requests.get(thumbnail_url, timeout=10)
    resp.raise_for_status()
    return resp.content


def supported_hosts():
    return sorted(OEMBED_PROVIDERS)
