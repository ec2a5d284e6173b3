import ipaddress
import socket
from urllib.parse import urlparse

import requests

IMAGE_CACHE = "/var/lib/ironic/images"


def fetch_image(node_uuid, image_source):
    href = image_source if image_source.startswith("http") else "http://glance.internal/v2/images/" + image_source
    # expect: ssrf
    resp = requests.get(href, stream=True, timeout=60)
    with open("%s/%s" % (IMAGE_CACHE, node_uuid), "wb") as fh:
        for chunk in resp.iter_content(1 << 20):
            fh.write(chunk)


def _public(host):
    return ipaddress.ip_address(socket.gethostbyname(host)).is_global


def fetch_image_checked(node_uuid, image_source):
    parsed = urlparse(image_source)
    if parsed.scheme not in ("http", "https") or not _public(parsed.hostname or ""):
        raise ValueError("image_source must be a public http(s) URL")
    resp = requests.get(image_source, stream=True, timeout=60)
    return resp.headers.get("Content-Length")
