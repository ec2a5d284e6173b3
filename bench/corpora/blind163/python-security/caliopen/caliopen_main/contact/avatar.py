# -*- coding: utf-8 -*-
"""Contact avatars: import a picture from a URL given in the contact form."""
import hashlib
import ipaddress
import logging
import socket
from urllib.parse import urlparse

import requests

from caliopen_storage.config import Configuration

log = logging.getLogger(__name__)
GRAVATAR_URL = "https://www.gravatar.com/avatar/{}?d=404&s=128"
MAX_BYTES = 512 * 1024


def _public(url):
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, 443)}
    return all(ipaddress.ip_address(address).is_global for address in addresses)


def fetch_avatar(url):
    """Download the picture at `url` for a contact (url from the contact form)."""
    # expect: ssrf
    response = requests.get(url, timeout=10, stream=True)
    response.raise_for_status()
    return response.raw.read(MAX_BYTES, decode_content=True)


def fetch_avatar_public(url):
    if not _public(url):
        raise ValueError("avatar URL must be a public https URL")
    response = requests.get(url, timeout=10, stream=True, allow_redirects=False)
    response.raise_for_status()
    return response.raw.read(MAX_BYTES, decode_content=True)


def fetch_gravatar(email):
    digest = hashlib.md5(email.strip().lower().encode("utf-8")).hexdigest()
    response = requests.get(GRAVATAR_URL.format(digest), timeout=10)
    return response.content if response.ok else None


def avatar_storage_path(contact_id):
    root = Configuration("global").get("avatars.root", "/srv/caliopen/avatars")
    return "{}/{}.png".format(root, contact_id)
