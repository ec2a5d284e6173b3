"""Fetches supplier feeds with a custom opener (proxy and cookie handling)."""
import urllib.request
from http.cookiejar import CookieJar
from urllib.request import OpenerDirector

FEED_URL = "https://feeds.supplier.example.com/catalog.xml"


def _opener():
    director = urllib.request.OpenerDirector()
    director.add_handler(urllib.request.HTTPHandler())
    director.add_handler(urllib.request.HTTPSHandler())
    director.add_handler(urllib.request.HTTPCookieProcessor(CookieJar()))
    return director


def fetch_prices():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    # expect: insecure-transport
    with opener.open("http://feeds.supplier.example.com/prices.csv", timeout=30) as resp:
        return resp.read()


def fetch_stock():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    url = "http://feeds.supplier.example.com/stock.json"
    # expect: insecure-transport
    with opener.open(url, timeout=30) as resp:
        return resp.read()


def fetch_images_index(url="http://cdn.supplier.example.com/index.txt"):
    # expect: insecure-transport
    with urllib.request.OpenerDirector().open(url, timeout=30) as resp:
        return resp.read()


def fetch_catalog():
    with _opener().open(FEED_URL, timeout=30) as resp:
        return resp.read()


def fetch_tls():
    opener = OpenerDirector()
    opener.add_handler(urllib.request.HTTPSHandler())
    with opener.open("https://feeds.supplier.example.com/prices.csv", timeout=30) as resp:
        return resp.read()
