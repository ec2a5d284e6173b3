"""Fetching log files."""
from urllib.parse import urlparse

import requests

ALLOWED_LOG_HOSTS = {"firefox-ci-tc.services.mozilla.com", "community-tc.services.mozilla.com"}


def fetch_text(url):
    # expect: ssrf
    response = requests.get(url, timeout=30, headers={"Accept-Encoding": "gzip"})
    response.raise_for_status()
    return response.text


def fetch_text_checked(url):
    if urlparse(url).hostname not in ALLOWED_LOG_HOSTS:
        raise ValueError("log url on an unknown host")
    return requests.get(url, timeout=30).text
