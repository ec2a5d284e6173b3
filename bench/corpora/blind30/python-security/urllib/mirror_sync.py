"""Downloads the nightly GeoIP and holiday files to the local cache."""
import os
import urllib.request as ureq
from urllib.request import URLopener, urlretrieve

CACHE_DIR = "/var/cache/mirror"
HOLIDAYS_URL = "https://data.example.org/holidays/2026.ics"


def sync_geoip() -> str:
    dest = os.path.join(CACHE_DIR, "GeoLite2-City.mmdb")
    # expect: insecure-transport
    ureq.URLopener().retrieve("http://geo.example.org/GeoLite2-City.mmdb", dest)
    return dest


def sync_holidays() -> str:
    dest = os.path.join(CACHE_DIR, "holidays.ics")
    URLopener().retrieve(HOLIDAYS_URL, dest)
    return dest


class MirrorJob:
    BASE = "http://mirror.example.org/pub/"

    def __init__(self):
        self.opener = URLopener()

    def fetch(self, name: str) -> str:
        dest = os.path.join(CACHE_DIR, os.path.basename(name))
        source = self.BASE + "tzdata-latest.tar.gz"
        # expect: insecure-transport
        self.opener.retrieve(source, dest)
        return dest


def fetch_signatures() -> None:
    opener = URLopener()
    sig_url = "http://mirror.example.org/pub/SHA256SUMS"
    # expect: insecure-transport
    filename, headers = opener.retrieve(sig_url, os.path.join(CACHE_DIR, "SHA256SUMS"))
    urlretrieve("https://mirror.example.org/pub/SHA256SUMS.asc", os.path.join(CACHE_DIR, "SHA256SUMS.asc"))
