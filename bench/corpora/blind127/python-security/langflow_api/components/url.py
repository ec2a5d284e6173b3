"""URL component: loads the pages of the given URLs."""
import re

import httpx

ALLOWED = re.compile(r"^https://([a-z0-9-]+\.)*docs\.langflow\.org/")


class URLComponent:
    def __init__(self, urls=None, format="Text", **kwargs):
        self.urls = urls or []
        self.format = format

    def fetch_content(self):
        pages = []
        for url in self.urls:
            # expect: ssrf
            pages.append(httpx.get(url, timeout=10, follow_redirects=True).text)
        return pages

    def fetch_docs(self):
        return [httpx.get(url, timeout=10).text for url in self.urls if ALLOWED.match(url)]
