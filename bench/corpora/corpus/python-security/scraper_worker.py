"""Crawler worker: fetches pages queued by users and extracts metadata."""
import logging
import urllib.request
from urllib.parse import urljoin, urlparse

import requests
from bs4 import BeautifulSoup

log = logging.getLogger(__name__)
session = requests.Session()
session.headers["User-Agent"] = "acme-crawler/2.1"
TIMEOUT = 15


def fetch(url: str) -> str:
    resp = session.get(url, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.text


def fetch_robots(base: str) -> str:
    # expect: no-timeout
    return requests.get(urljoin(base, "/robots.txt")).text


def fetch_robots_safe(base: str) -> str:
    return requests.get(urljoin(base, "/robots.txt"), timeout=TIMEOUT).text


def fetch_insecure_mirror(url: str) -> str:
    # expect: tls-verify-off
    return session.get(url, verify=False, timeout=TIMEOUT).text


def fetch_via_urllib(url: str) -> bytes:
    # expect: ssrf
    with urllib.request.urlopen(url, timeout=TIMEOUT) as resp:
        return resp.read()


def fetch_sitemap(domain: str) -> bytes:
    with urllib.request.urlopen(f"https://{domain}/sitemap.xml", timeout=TIMEOUT) as resp:
        return resp.read()


def extract(html: str, base: str) -> dict:
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.string if soup.title else ""
    links = [urljoin(base, a["href"]) for a in soup.find_all("a", href=True)]
    return {"title": title, "links": links[:100]}


def same_site(a: str, b: str) -> bool:
    return urlparse(a).netloc == urlparse(b).netloc


def notify(webhook: str, data: dict) -> None:
    # expect: no-timeout
    requests.post(webhook, json=data)


def head_ok(url: str) -> bool:
    try:
        return requests.head(url, timeout=5, allow_redirects=True).ok
    except requests.RequestException:
        return False


def download_asset(url: str, dest: str) -> None:
    # expect: no-timeout
    with requests.get(url, stream=True) as r:
        with open(dest, "wb") as fh:
            for chunk in r.iter_content(65536):
                fh.write(chunk)


def put_result(api: str, payload: dict) -> int:
    # expect: no-timeout
    return requests.request("PUT", api, json=payload).status_code


def crawl(job: dict) -> dict:
    html = fetch(job["url"])
    meta = extract(html, job["url"])
    log.info("crawled %s (%d links)", job["url"], len(meta["links"]))
    return meta
