"""Fetch a web page and its children (MaxKB ``common/util/fork.py``)."""
import ipaddress
import socket
from urllib.parse import urljoin, urlparse

import requests
from bs4 import BeautifulSoup


class ChildLink:
    def __init__(self, url: str, tag):
        self.url = url
        self.tag = tag.text.strip() if tag is not None else ""


def is_public_http_url(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


class ForkManage:
    def __init__(self, base_url: str, selector_list: list):
        self.base_url = base_url
        self.selector_list = selector_list

    def _get(self, url: str) -> requests.Response:
        # expect: ssrf
        return requests.get(url, timeout=(5, 30), headers={"User-Agent": "MaxKB"})

    def preview(self) -> str:
        resp = requests.get(self.base_url, timeout=(5, 30), allow_redirects=False)
        return BeautifulSoup(resp.text, "html.parser").get_text()[:2000]

    def fork(self, level: int, visited: set, handler):
        if level > 2 or self.base_url in visited:
            return
        visited.add(self.base_url)
        resp = self._get(self.base_url)
        soup = BeautifulSoup(resp.text, "html.parser")
        roots = [soup.select_one(s) for s in self.selector_list] if self.selector_list else [soup]
        text = "\n".join(r.get_text("\n") for r in roots if r is not None)
        handler(ChildLink(self.base_url, soup.title), text)
        base_host = urlparse(self.base_url).hostname
        for a in soup.find_all("a", href=True):
            child = urljoin(self.base_url, a["href"])
            if urlparse(child).hostname == base_host:
                ForkManage(child, self.selector_list).fork(level + 1, visited, handler)
