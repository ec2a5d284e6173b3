# library: urllib.request / ssl
"""Fetches RSS feeds for the news digest."""
import json
import ssl
import urllib.request
from urllib.parse import urlparse

ALLOWED_FEED_HOSTS = {"feeds.example.org", "news.example.com"}
CTX = ssl.create_default_context()


def fetch(url: str) -> bytes:
    if urlparse(url).hostname not in ALLOWED_FEED_HOSTS:
        raise ValueError("feed host not allowed")
    with urllib.request.urlopen(url, timeout=10, context=CTX) as resp:
        return resp.read()


def fetch_self_signed(url: str) -> bytes:
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, timeout=10, context=ctx) as resp:
        return resp.read()


def fetch_lab(url: str) -> bytes:
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx))
    return opener.open(url, timeout=10).read()


def fetch_index() -> bytes:
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=CTX))
    opener.addheaders = [("User-Agent", "digest-bot/1.2")]
    return opener.open("https://feeds.example.org/index.json", timeout=10).read()


def load_config(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
