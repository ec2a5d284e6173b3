"""Pulls rate tables from the bank's legacy export server."""
import urllib.request
from urllib.request import FancyURLopener, URLopener

RATES_URL = "http://rates.examplebank.net/export/daily.csv"
SECURE_RATES_URL = "https://rates.examplebank.net/export/daily.csv"


def fetch_daily() -> bytes:
    # expect: insecure-transport
    with urllib.request.URLopener().open("http://rates.examplebank.net/export/daily.csv") as fh:
        return fh.read()


def fetch_daily_secure() -> bytes:
    with urllib.request.URLopener().open("https://rates.examplebank.net/export/daily.csv") as fh:
        return fh.read()


def fetch_history(year: int) -> bytes:
    opener = URLopener()
    opener.addheader("Accept", "text/csv")
    # expect: insecure-transport
    return opener.open("http://rates.examplebank.net/export/%d.csv" % year).read()


class RatesClient:
    def __init__(self):
        self.opener = URLopener()

    def latest(self) -> bytes:
        # expect: insecure-transport
        response = self.opener.open(RATES_URL)
        return response.read()

    def latest_secure(self) -> bytes:
        return self.opener.open(SECURE_RATES_URL).read()


def fetch_mirror(url="http://mirror.examplebank.net/daily.csv") -> bytes:
    opener = FancyURLopener()
    # expect: insecure-transport
    return opener.open(url).read()
