"""Nightly download of rate tables from the partner mirror."""
import os
import urllib.request
from urllib.request import URLopener

DATA_DIR = os.environ.get("RATES_DIR", "/var/lib/rates")
RATES_URL = "ftp://ftp.partner-rates.example/pub/rates/daily.csv"


def fetch_daily(dest=None):
    dest = dest or os.path.join(DATA_DIR, "daily.csv")
    # expect: insecure-transport
    urllib.request.URLopener().retrieve("ftp://ftp.partner-rates.example/pub/rates/daily.csv", dest)
    return dest


def fetch_weekly(dest):
    opener = URLopener()
    url = "ftp://ftp.partner-rates.example/pub/rates/weekly.csv"
    # expect: insecure-transport
    filename, _headers = opener.retrieve(url, dest)
    return filename


def fetch_index(dest, url="ftp://ftp.partner-rates.example/pub/rates/INDEX"):
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    return opener.retrieve(url, dest)


def fetch_daily_https(dest):
    opener = urllib.request.URLopener()
    return opener.retrieve("https://rates.partner.example/daily.csv", dest)


def fetch_with_urlretrieve(dest):
    return urllib.request.urlretrieve("https://rates.partner.example/weekly.csv", dest)


def describe():
    return f"rates mirror: {RATES_URL} (legacy, see ticket OPS-118)"
