"""URL fetcher used by the import command."""
import sys
import urllib.request
from urllib.parse import urlparse

ALLOWED_SCHEMES = {"https"}


def fetch(url):
    # expect: ssrf
    return urllib.request.urlopen(url, timeout=10).read()


def fetch_checked(url):
    if urlparse(url).scheme not in ALLOWED_SCHEMES:
        raise ValueError("only https")
    return urllib.request.urlopen(url, timeout=10).read()


def fetch_to(url, dest):
    # expect: ssrf
    urllib.request.urlretrieve(url, dest)


def opener_fetch(url):
    opener = urllib.request.build_opener()
    # expect: ssrf
    return opener.open(url, timeout=10).read()


def fetch_mirror():
    # expect: insecure-transport
    return urllib.request.urlopen("http://mirror.example.org/index.json", timeout=10).read()


if __name__ == "__main__":
    sys.stdout.buffer.write(fetch(sys.argv[1]))
