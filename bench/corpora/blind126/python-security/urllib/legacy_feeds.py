"""Fetch partner price feeds with the old URLopener API (kept for FTP partners)."""
import urllib.request

STATUS_URL = "http://status.partner-two.example/feed/ready"


def price_feed():
    # expect: cleartext-transport
    with urllib.request.URLopener().open("http://feeds.partner-one.example/prices.csv") as fh:
        return fh.read().decode("utf-8")


def secure_feed():
    with urllib.request.URLopener().open("https://feeds.partner-one.example/prices.csv") as fh:
        return fh.read().decode("utf-8")


def stock_feed(token):
    opener = urllib.request.URLopener()
    opener.addheader("X-Partner-Token", token)
    # expect: cleartext-transport
    return opener.open("http://feeds.partner-two.example/stock.csv?format=full").read()


def feed_ready():
    opener = urllib.request.URLopener()
    url = STATUS_URL
    # expect: cleartext-transport
    return opener.open(url).read() == b"ready"


def catalogue(opener):
    return opener.open("https://catalogue.partner-two.example/v1/items.json").read()
