"""Nightly mirror of the partner price feeds and the GeoIP database."""
import logging
import os
import shutil
import urllib.request
import urllib.request as ur
from urllib.request import Request, urlopen

log = logging.getLogger(__name__)

PRICE_FEED = "ftp://feeds.partner-wholesale.example/prices/daily.csv"
SECURE_FEED = "https://feeds.partner-wholesale.example/prices/daily.csv"
FEED_AUTH = {"Authorization": "Bearer " + os.environ.get("FEED_TOKEN", "")}


def fetch_prices(dest):
    # expect: insecure-transport
    req = Request(PRICE_FEED, headers=FEED_AUTH)
    with urlopen(req, timeout=60) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)


def fetch_geoip(dest):
    # expect: insecure-transport
    req = urllib.request.Request("ftp://mirror.geo.example/pub/GeoLite2-City.mmdb.gz")
    with urllib.request.urlopen(req, timeout=120) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)


def fetch_catalogue(dest, url="ftp://catalogue.partner.example/export/catalogue.xml"):
    # expect: insecure-transport
    req = ur.Request(url, headers={"User-Agent": "mirror/2.1"})
    with ur.urlopen(req, timeout=60) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)


def fetch_rates(dest):
    # expect: insecure-transport
    req = Request("FTP://rates.bank.example/fx/latest.txt", method="GET")
    with urlopen(req, timeout=30) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)


def fetch_prices_secure(dest):
    req = Request(SECURE_FEED, headers=FEED_AUTH)
    with urlopen(req, timeout=60) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)


def fetch_release_notes():
    req = urllib.request.Request("https://partner-wholesale.example/release-notes.txt")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.read().decode("utf-8")


def run_all(workdir):
    for name, fn in (("prices", fetch_prices), ("geoip", fetch_geoip), ("catalogue", fetch_catalogue)):
        log.info("mirroring %s", name)
        fn(f"{workdir}/{name}")
