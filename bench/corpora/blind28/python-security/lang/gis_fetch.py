"""Downloads the public boundary files the map layer needs."""
import urllib.request
import urllib.request as ureq
from urllib.request import urlopen

BOUNDARIES_URL = "ftp://ftp.example-gis.org/pub/boundaries/latest.zip"
MIRROR = "https://gis-mirror.example.org/boundaries/latest.zip"


def fetch_boundaries(dest):
    # expect: insecure-transport
    with urllib.request.urlopen("ftp://ftp.example-gis.org/pub/boundaries/index.txt", timeout=30) as r:
        index = r.read().decode()
    url = BOUNDARIES_URL
    # expect: insecure-transport
    with ureq.urlopen(url, timeout=60) as r, open(dest, "wb") as out:
        out.write(r.read())
    return index


# expect: insecure-transport
def fetch_readme(url="ftp://ftp.example-gis.org/pub/README"):
    return urllib.request.urlopen(url, timeout=30).read()


def fetch_codes(region):
    # expect: insecure-transport
    return urlopen(f"ftp://ftp.example-gis.org/pub/codes/{region}.csv", timeout=30).read()


def fetch_from_mirror(dest):
    with urllib.request.urlopen(MIRROR, timeout=60) as r, open(dest, "wb") as out:
        out.write(r.read())


def source_note():
    return "Data originally published at ftp://ftp.example-gis.org/pub/ (now mirrored over https)."
