# library: urllib.request (OpenerDirector / URLopener)
"""Fetchers for the catalogue sync job."""
import urllib.request

opener = urllib.request.build_opener()
opener.addheaders = [("User-Agent", "catalogue-sync/2.1")]


def fetch_catalogue():
    # expect: insecure-transport
    with opener.open("http://feeds.supplier.example.com/catalogue.xml", timeout=30) as resp:
        return resp.read()


def fetch_catalogue_tls():
    with opener.open("https://feeds.supplier.example.com/catalogue.xml", timeout=30) as resp:
        return resp.read()


def fetch_prices_ftp():
    # expect: insecure-transport
    with opener.open("ftp://ftp.supplier.example.com/prices.csv", timeout=30) as resp:
        return resp.read()


def download_images(dest):
    legacy = urllib.request.URLopener()
    # expect: insecure-transport
    legacy.retrieve("http://img.supplier.example.com/pack.zip", dest)


def fetch_local_health():
    with opener.open("http://127.0.0.1:8080/health", timeout=5) as resp:
        return resp.status
