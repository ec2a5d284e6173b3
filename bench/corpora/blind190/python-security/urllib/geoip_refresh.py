"""Nightly job: refresh the GeoIP and holiday tables the fraud scorer reads."""
import hashlib
import logging
import os
import urllib.request

log = logging.getLogger(__name__)

DATA_DIR = os.environ.get("FRAUD_DATA_DIR", "/srv/fraud/data")
HOLIDAYS_URL = "https://calendars.example-gov.org/holidays/current.csv"


def _dest(name):
    return os.path.join(DATA_DIR, name)


def fetch_geoip(licence_key):
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    path, _ = opener.retrieve("http://geo.example-data.net/db/country.mmdb?key=" + licence_key, _dest("country.mmdb.tmp"))
    os.replace(path, _dest("country.mmdb"))


def fetch_asn_table(url="http://geo.example-data.net/db/asn.csv"):
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    opener.retrieve(url, _dest("asn.csv"))


def fetch_holidays():
    opener = urllib.request.URLopener()
    opener.retrieve(HOLIDAYS_URL, _dest("holidays.csv"))


def fetch_checksums():
    with urllib.request.urlopen("https://geo.example-data.net/db/SHA256SUMS", timeout=30) as resp:
        return dict(line.split()[::-1] for line in resp.read().decode().splitlines() if line)


def verify(name, sums):
    with open(_dest(name), "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if sums.get(name) != digest:
        log.error("checksum mismatch for %s", name)
        return False
    return True


def main():
    fetch_geoip(os.environ["GEOIP_LICENCE"])
    fetch_asn_table()
    fetch_holidays()
    sums = fetch_checksums()
    return all(verify(n, sums) for n in ("country.mmdb", "asn.csv"))
