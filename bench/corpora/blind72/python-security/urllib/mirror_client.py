"""Pulls package indexes from the old mirror (Python 2 era code, still in use)."""
import urllib.request
from urllib.request import URLopener, FancyURLopener

LEGACY_INDEX = "http://mirror.internal.example/simple/index.html"
SECURE_INDEX = "https://mirror.example.org/simple/index.html"


class MirrorClient:
    base_url = "http://mirror.internal.example/packages/"

    def __init__(self):
        self.opener = urllib.request.URLopener()
        self.opener.addheader("User-Agent", "mirror-sync/1.4")

    def fetch_index(self):
        # expect: insecure-transport
        with self.opener.open(LEGACY_INDEX) as resp:
            return resp.read()

    def fetch_package(self, name):
        # expect: insecure-transport
        return self.opener.open(self.base_url + name).read()


def fetch_changelog():
    # expect: insecure-transport
    return urllib.request.URLopener().open("http://mirror.internal.example/CHANGELOG").read()


def fetch_status(url="http://status.internal.example/health"):
    opener = URLopener()
    # expect: insecure-transport
    return opener.open(url).read()


def fetch_signatures():
    sig_url = "HTTP://mirror.internal.example/simple/SHA256SUMS"
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    body = opener.open(sig_url).read()
    return body.decode().splitlines()


def fetch_secure_index():
    opener = urllib.request.URLopener()
    return opener.open(SECURE_INDEX).read()


def fetch_local(path):
    return URLopener().open("file://" + path).read()


def fancy_index():
    fancy = FancyURLopener()
    return fancy.open("https://mirror.example.org/simple/").read()
