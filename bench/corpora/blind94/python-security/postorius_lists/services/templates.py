from urllib.parse import urlparse

import requests
from django.conf import settings

TEMPLATE_HOSTS = set(getattr(settings, "POSTORIUS_TEMPLATE_HOSTS", ["lists.example.org"]))


def fetch_digest_header(uri):
    uri = uri or f"{settings.POSTORIUS_TEMPLATE_BASE_URL}/digest_header.txt"
    # expect: ssrf
    return requests.get(uri, timeout=5).text


def fetch_template_checked(uri):
    if not uri:
        return ""
    parsed = urlparse(uri)
    if parsed.scheme != "https" or parsed.hostname not in TEMPLATE_HOSTS:
        return ""
    return requests.get(uri, timeout=5).text
