"""Pulls nightly data dumps from the public mirrors."""
import shutil
import urllib.request
from urllib.request import urlopen

GEO_DUMP = "ftp://ftp.geodata.example.org/pub/cities/cities15000.zip"
MIRROR_HTTPS = "https://mirror.example.org/pub/cities/cities15000.zip"


def fetch_geo(dest):
    # expect: insecure-transport
    with urllib.request.urlopen(GEO_DUMP, timeout=60) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)


def fetch_rates():
    # expect: insecure-transport
    return urllib.request.urlopen("ftp://ftp.rates.example.net/daily/eurofxref.csv").read()


def fetch_listing(url="FTP://ftp.example.edu/pub/README"):
    # expect: insecure-transport
    with urlopen(url, timeout=30) as resp:
        return resp.read().decode("latin-1")


class MirrorJob:
    def __init__(self, dest):
        self.dest = dest

    def run(self):
        source = "ftp://ftp.census.example.gov/data/latest.tar.gz"
        # expect: insecure-transport
        with urllib.request.urlopen(source) as resp, open(self.dest, "wb") as out:
            shutil.copyfileobj(resp, out)


def fetch_geo_https(dest):
    with urllib.request.urlopen(MIRROR_HTTPS, timeout=60) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)


def local_copy(path):
    with urllib.request.urlopen("file://" + path) as resp:
        return resp.read()


def mirrors():
    return ["ftp://ftp.geodata.example.org (retired)", MIRROR_HTTPS]
