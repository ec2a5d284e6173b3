"""Downloads partner feeds through custom urllib openers."""
import urllib.request
from urllib.request import FTPHandler, HTTPSHandler, OpenerDirector, ProxyHandler

FEED_URL = "ftp://feeds.partner.example.com/outgoing/catalog.xml"


def build_opener_with_proxy(proxy):
    opener = OpenerDirector()
    opener.add_handler(ProxyHandler({"ftp": proxy}))
    opener.add_handler(FTPHandler())
    return opener


def fetch_catalog():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.FTPHandler())
    # expect: insecure-transport
    with opener.open(FEED_URL, timeout=60) as resp:
        return resp.read()


def fetch_prices():
    director = OpenerDirector()
    director.add_handler(FTPHandler())
    # expect: insecure-transport
    return director.open("ftp://feeds.partner.example.com/outgoing/prices.csv").read()


def fetch_named(name, base="ftp://feeds.partner.example.com/outgoing/"):
    opener = OpenerDirector()
    opener.add_handler(FTPHandler())
    # expect: insecure-transport
    return opener.open(base + name).read()


class FeedClient:
    def __init__(self):
        self.opener = OpenerDirector()
        self.opener.add_handler(FTPHandler())

    def stock(self):
        url = "ftp://feeds.partner.example.com/outgoing/stock.csv"
        # expect: insecure-transport
        return self.opener.open(url).read()


def fetch_catalog_https():
    opener = OpenerDirector()
    opener.add_handler(HTTPSHandler())
    with opener.open("https://feeds.partner.example.com/outgoing/catalog.xml", timeout=60) as resp:
        return resp.read()


def fetch_via_default():
    return urllib.request.build_opener().open("https://feeds.partner.example.com/ping").status
