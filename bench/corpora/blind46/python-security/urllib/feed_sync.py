"""Legacy feed synchronisation (still on the Python 2 era URLopener API)."""
import urllib.request
from urllib.request import FancyURLopener, URLopener

FEED_URL = "ftp://feeds.example.net/daily/prices.csv"


class QuietOpener(FancyURLopener):
    version = "feed-sync/1.4"


def sync_prices(dest):
    # expect: insecure-transport
    return urllib.request.URLopener().retrieve("ftp://feeds.example.net/daily/prices.csv", dest)


def sync_rates(dest):
    opener = URLopener()
    url = "FTP://feeds.example.net/daily/rates.csv"
    # expect: insecure-transport
    filename, headers = opener.retrieve(url, dest)
    return filename


def sync_archive(dest, source="ftp://archive.example.net/feeds/all.zip"):
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    return opener.retrieve(source, dest)[0]


def sync_catalogue(dest):
    # expect: insecure-transport
    return QuietOpener().retrieve(FEED_URL, dest)


def sync_secure(dest):
    opener = URLopener()
    return opener.retrieve("https://feeds.example.net/daily/prices.csv", dest)


def sync_modern(dest):
    path, _ = urllib.request.urlretrieve("https://feeds.example.net/daily/rates.csv", dest)
    return path
