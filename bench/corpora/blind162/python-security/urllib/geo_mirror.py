"""Mirrors reference data files (postcodes, holidays, GeoIP) into the data dir."""
import logging
import os
import urllib.request
from pathlib import Path

log = logging.getLogger(__name__)

DATA_DIR = Path(os.environ.get("REFDATA_DIR", "/var/lib/refdata"))


def mirror_postcodes() -> Path:
    target = DATA_DIR / "postcodes.zip"
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    opener.retrieve("ftp://ftp.geodata.example.org/pub/postcodes/latest.zip", str(target))
    return target


def mirror_holidays() -> Path:
    target = DATA_DIR / "holidays.json"
    opener = urllib.request.URLopener()
    opener.retrieve("https://data.example.org/holidays/2026.json", str(target))
    return target


def mirror_geoip(license_key: str) -> Path:
    """GeoIP database; the vendor's FTP mirror takes the licence key in the URL."""
    url = f"ftp://geoip:{license_key}@mirror.geo-vendor.example/GeoLite2-City.tar.gz"
    target = DATA_DIR / "geoip.tar.gz"
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    opener.retrieve(url, str(target))
    return target


def mirror_tariffs(source="ftp://ftp.customs.example.gov/tariffs/current.csv") -> Path:
    target = DATA_DIR / "tariffs.csv"
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    opener.retrieve(source, str(target))
    log.info("tariffs mirrored to %s", target)
    return target


def mirror_exchange_rates() -> Path:
    target = DATA_DIR / "rates.xml"
    path, _ = urllib.request.urlretrieve("https://rates.example-bank.eu/daily.xml", str(target))
    return Path(path)
