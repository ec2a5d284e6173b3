import ipaddress
import socket
from urllib.parse import urlparse

import requests


def validate_import_url(url):
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https"):
        return False
    try:
        infos = socket.getaddrinfo(parsed.hostname, None)
    except (socket.gaierror, TypeError):
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


def fetch_recipe_page(url, checked=True):
    if checked and not validate_import_url(url):
        raise ValueError("url not allowed")
    return requests.get(url, headers={"User-Agent": "Mozilla/5.0"}, timeout=10).text


def fetch_recipe_image(image_url):
    # expect: ssrf
    return requests.get(image_url, stream=True, timeout=10).content
