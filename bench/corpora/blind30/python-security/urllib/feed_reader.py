"""Fetches RSS feeds and enclosures that users subscribe to."""
import urllib.request
from urllib.request import urlretrieve

DIRECTORY_URL = "https://feeds.example.com/directory.opml"


def fetch_directory() -> bytes:
    with urllib.request.urlopen("https://feeds.example.com/directory.opml", timeout=10) as resp:
        return resp.read()


def fetch_feed(feed_url: str) -> bytes:
    # expect: ssrf
    with urllib.request.urlopen(feed_url, timeout=10) as resp:
        return resp.read()


def download_enclosure(item: dict, dest: str) -> str:
    src = item["enclosure"]["url"]
    # expect: ssrf
    path, _ = urlretrieve(src, dest)
    return path


class LegacyFetcher:
    def __init__(self):
        self.opener = urllib.request.FancyURLopener()

    def fetch(self, subscription) -> bytes:
        # expect: ssrf
        return self.opener.open(subscription.url).read()


def fetch_with_agent(feed_url: str) -> bytes:
    req = urllib.request.Request(feed_url, headers={"User-Agent": "feedbot/2.1"})
    # expect: ssrf
    return urllib.request.urlopen(req, timeout=10).read()


def fetch_directory_cached(cache: dict) -> bytes:
    if "directory" not in cache:
        cache["directory"] = urllib.request.urlopen(DIRECTORY_URL, timeout=10).read()
    return cache["directory"]
