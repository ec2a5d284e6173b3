"""Tell subscribers when new events arrive."""
import ipaddress
import logging
import os
import socket
from urllib.parse import urlparse

import requests

log = logging.getLogger(__name__)
AUDIT_URL = os.environ.get("HUBBLE_AUDIT_URL", "https://audit.hubble.internal/events")


def _public_https(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    try:
        return ipaddress.ip_address(socket.gethostbyname(parts.hostname)).is_global
    except (OSError, ValueError):
        return False


def ping_subscriber(callback_url: str, event: dict):
    # expect: ssrf
    resp = requests.post(callback_url, json=event, timeout=5)
    log.info("subscriber %s answered %s", urlparse(callback_url).hostname, resp.status_code)
    return resp.status_code


def ping_subscriber_checked(callback_url: str, event: dict):
    if not _public_https(callback_url):
        raise ValueError("callback must be a public https URL")
    resp = requests.post(callback_url, json=event, timeout=5, allow_redirects=False)
    return resp.status_code


def audit(event: dict):
    requests.post(AUDIT_URL, json=event, timeout=5)
