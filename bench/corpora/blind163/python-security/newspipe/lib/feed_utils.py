"""Helpers that turn a page or feed URL into a feed dict, and find icons."""
import ipaddress
import logging
import socket
from urllib.parse import urljoin, urlparse

import feedparser
import requests
from bs4 import BeautifulSoup

logger = logging.getLogger(__name__)
HEADERS = {"User-Agent": "Newspipe/11 (+https://www.newspipe.org)"}
PINBOARD_API = "https://api.pinboard.in/v1/posts/all"


def is_public_http_url(url):
    """True when the URL is http(s) and every address of its host is global."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


def construct_feed_from(url=None, text=None):
    """Guess title, link and site link of a feed from a page or feed URL."""
    feed = {"link": url, "site_link": url}
    if text is None:
        try:
            # expect: ssrf
            response = requests.get(url, headers=HEADERS, timeout=10, allow_redirects=True)
        except requests.RequestException:
            logger.info("could not fetch %s", url)
            return feed
        text = response.text
    parsed = feedparser.parse(text)
    if parsed.get("bozo") == 0:
        feed["title"] = parsed.feed.get("title")
        feed["site_link"] = parsed.feed.get("link") or url
        return feed
    soup = BeautifulSoup(text, "html.parser")
    alternate = soup.find("link", rel="alternate", type="application/rss+xml")
    if alternate and alternate.get("href"):
        feed["link"] = urljoin(url, alternate["href"])
    if soup.title:
        feed["title"] = soup.title.string
    return feed


def fetch_favicon(site_link):
    """Return the favicon URL of a public site, or None."""
    if not is_public_http_url(site_link):
        return None
    icon_url = urljoin(site_link, "/favicon.ico")
    try:
        response = requests.get(icon_url, headers=HEADERS, timeout=5, allow_redirects=False)
    except requests.RequestException:
        return None
    return icon_url if response.ok else None


def fetch_pinboard_bookmarks(api_token):
    """Read a user's Pinboard bookmarks for the import page."""
    response = requests.get(PINBOARD_API, params={"auth_token": api_token, "format": "json"}, timeout=30)
    response.raise_for_status()
    return response.json()
