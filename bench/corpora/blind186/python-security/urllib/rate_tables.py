"""Downloads the carrier rate tables used to price shipments.

The tables decide what customers are charged, so they must arrive untouched.
"""
import csv
import io
import logging
import urllib.request

log = logging.getLogger(__name__)

RATES_HTTPS = "https://rates.carrier.example.com/tables/current.csv"
ZONES_FTP = "ftp://ftp.carrier.example.com/pub/zones/current.csv"


def _parse(raw: bytes) -> list:
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


def fetch_rates() -> list:
    with urllib.request.urlopen(RATES_HTTPS, timeout=30) as resp:
        return _parse(resp.read())


def fetch_zones() -> list:
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    with opener.open(ZONES_FTP) as resp:
        return _parse(resp.read())


def fetch_surcharges(url="ftp://ftp.carrier.example.com/pub/surcharges.csv") -> list:
    # expect: cleartext-transport
    resp = urllib.request.URLopener().open(url)
    try:
        return _parse(resp.read())
    finally:
        resp.close()


def fetch_holidays() -> list:
    opener = urllib.request.URLopener()
    resp = opener.open("https://rates.carrier.example.com/tables/holidays.csv")
    try:
        return _parse(resp.read())
    finally:
        resp.close()


def refresh_all() -> dict:
    tables = {}
    for name, loader in (("rates", fetch_rates), ("zones", fetch_zones), ("surcharges", fetch_surcharges)):
        try:
            tables[name] = loader()
        except OSError as exc:
            log.error("could not refresh %s: %s", name, exc)
    return tables
