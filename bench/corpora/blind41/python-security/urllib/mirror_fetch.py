"""Fetch dataset mirrors listed in the catalogue."""
import urllib.request
from urllib.request import Request, urlopen

MIRROR_URL = "ftp://ftp.data.example.org/pub/census/latest.csv"
TIMEOUT = 30


def fetch_latest():
    # expect: insecure-transport
    req = urllib.request.Request(MIRROR_URL, headers={"User-Agent": "catalogue/2.1"})
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        return resp.read()


def fetch_archive(year, base="ftp://archive.data.example.org/pub/census/"):
    # expect: insecure-transport
    req = urllib.request.Request(base, method="GET")
    listing = urlopen(req, timeout=TIMEOUT).read().decode()
    return [line for line in listing.splitlines() if str(year) in line]


def fetch_readme():
    # expect: insecure-transport
    req = urllib.request.Request("FTP://ftp.data.example.org/pub/README.txt")
    return urlopen(req, timeout=TIMEOUT).read().decode("utf-8")


def fetch_checksums():
    url = "https://data.example.org/pub/census/latest.csv.sha256"
    req = Request(url, headers={"Accept": "text/plain"})
    return urlopen(req, timeout=TIMEOUT).read().decode()


def describe_mirror():
    return "Mirror moved from ftp:// to https://data.example.org"
