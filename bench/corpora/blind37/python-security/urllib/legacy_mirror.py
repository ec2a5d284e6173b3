"""Old mirror job that still uses the URLopener interface."""
import urllib.request
from urllib.request import URLopener

INDEX_URL = "https://mirror.example.com/index.txt"


def fetch_banner():
    # expect: insecure-transport
    return urllib.request.URLopener().open("http://mirror.example.com/banner.txt").read()


def fetch_packages_list():
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    with opener.open("http://mirror.example.com/packages.gz") as fh:
        return fh.read()


def check_status():
    opener = urllib.request.URLopener(proxies={})
    url = "http://mirror.internal.example.com/status"
    # expect: insecure-transport
    return opener.open(url).getcode()


def fetch_manifest(manifest_url="http://mirror.example.com/manifest.json"):
    opener = urllib.request.URLopener()
    opener.addheader("User-Agent", "mirror-bot/1.4")
    # expect: insecure-transport
    return opener.open(manifest_url).read()


def fetch_index():
    opener = URLopener()
    return opener.open(INDEX_URL).read()


def fetch_signature(url="https://mirror.example.com/index.txt.asc"):
    opener = urllib.request.URLopener()
    return opener.open(url).read()
