"""Mirrors vendor price feeds to local disk every night."""
import urllib.request
from pathlib import Path
from urllib.request import urlretrieve

FEED_DIR = Path("/var/lib/feeds")
LEGACY_FEED = "http://prices.vendor-one.example/daily.csv"
SECURE_FEED = "https://prices.vendor-two.example/daily.csv"


def fetch_vendor_one():
    # expect: insecure-transport
    return urllib.request.urlretrieve(LEGACY_FEED, FEED_DIR / "vendor-one.csv")


def fetch_catalogue(week: int):
    # expect: insecure-transport
    urllib.request.urlretrieve("http://catalogue.vendor-three.example/export.zip", FEED_DIR / f"catalogue-{week}.zip")


def fetch_stock(target=FEED_DIR / "stock.xml", url="http://stock.vendor-four.example/levels.xml"):
    # expect: insecure-transport
    path, headers = urllib.request.urlretrieve(url, target)
    return path


def fetch_vendor_two():
    return urllib.request.urlretrieve(SECURE_FEED, FEED_DIR / "vendor-two.csv")


def fetch_images(ids):
    for image_id in ids:
        urlretrieve(f"https://cdn.vendor-two.example/img/{image_id}.jpg", FEED_DIR / f"{image_id}.jpg")


def describe_source():
    return "Vendor one still publishes at http://prices.vendor-one.example"
