"""Mirrors nightly data feeds from partner servers into the local cache."""
import logging
import os
import urllib.request

log = logging.getLogger("feed_mirror")

CACHE = os.environ.get("FEED_CACHE", "/var/cache/feeds")
PRICES_URL = "ftp://ftp.partner-one.example/pub/prices.csv"


def fetch_prices():
    opener = urllib.request.URLopener()
    target = os.path.join(CACHE, "prices.csv")
    # expect: cleartext-transport
    opener.retrieve(PRICES_URL, target)
    return target


def fetch_stock(day):
    target = os.path.join(CACHE, f"stock-{day}.csv")
    # expect: cleartext-transport
    urllib.request.URLopener().retrieve("ftp://ftp.partner-two.example/stock/latest.csv", target)
    return target


def fetch_catalog(url="ftp://mirror.partner-three.example/catalog.xml"):
    opener = urllib.request.URLopener()
    target = os.path.join(CACHE, "catalog.xml")
    # expect: cleartext-transport
    opener.retrieve(url, target)
    log.info("catalog mirrored to %s", target)
    return target


def fetch_rates():
    opener = urllib.request.URLopener()
    target = os.path.join(CACHE, "rates.json")
    opener.retrieve("https://rates.partner-one.example/v1/latest.json", target)
    return target


def fetch_local(path):
    target = os.path.join(CACHE, os.path.basename(path))
    urllib.request.urlretrieve("file://" + os.path.abspath(path), target)
    return target
