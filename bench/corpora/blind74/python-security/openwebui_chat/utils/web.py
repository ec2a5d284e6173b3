"""Fetches web pages for retrieval."""
from urllib.parse import urlparse

import httpx


class WebLoader:
    def __init__(self, verify_ssl=True, timeout=20.0):
        self.verify_ssl = verify_ssl
        self.timeout = timeout
        self.urls = []

    def add(self, url):
        self.urls.append(url)
        return self

    def load(self):
        docs = []
        with httpx.Client(verify=self.verify_ssl, timeout=self.timeout, follow_redirects=False) as client:
            for url in self.urls:
                # expect: ssrf
                resp = client.get(url)
                docs.append({"source": url, "content": resp.text[:200_000]})
        return docs


def host_allowed(url, allowed_hosts):
    parts = urlparse(url)
    return parts.scheme in ("http", "https") and parts.hostname in allowed_hosts
