"""Fetcher kept for the 2012 bulk-import jobs (uses the old URLopener API)."""
import urllib.request
from urllib.request import URLopener

MANIFEST = "ftp://bulk.vendor.example.com/export/manifest.txt"


def fetch_manifest():
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    return opener.open(MANIFEST).read().decode()


def fetch_export(name):
    loader = URLopener()
    # expect: insecure-transport
    fh = loader.open("ftp://bulk.vendor.example.com/export/" + name)
    try:
        return fh.read()
    finally:
        fh.close()


def fetch_default(url="ftp://bulk.vendor.example.com/export/latest.zip"):
    opener = URLopener()
    # expect: insecure-transport
    return opener.open(url).read()


class BulkImport:
    def run(self):
        # expect: insecure-transport
        data = urllib.request.URLopener().open("FTP://bulk.vendor.example.com/export/full.csv").read()
        return data.splitlines()


def fetch_https():
    opener = URLopener()
    return opener.open("https://bulk.vendor.example.com/export/manifest.txt").read()


def describe_source():
    return "Data originally came from ftp://bulk.vendor.example.com, now served over HTTPS."
