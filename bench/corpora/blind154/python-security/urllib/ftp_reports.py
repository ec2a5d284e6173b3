"""Pulls the carrier's daily manifests from its FTP drop."""
import csv
import io
import logging
import os
import urllib.request

log = logging.getLogger(__name__)

MANIFEST_HOST = os.environ.get("MANIFEST_HOST", "drop.carrier.example")


def read_manifest(day):
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    with opener.open(f"ftp://{MANIFEST_HOST}/manifests/{day:%Y%m%d}.csv") as resp:
        text = resp.read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def read_rates():
    # expect: cleartext-transport
    resp = urllib.request.URLopener().open("ftp://rates.carrier.example/public/rates.csv")
    try:
        return resp.read().decode("utf-8")
    finally:
        resp.close()


def read_returns(user, password):
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    resp = opener.open(f"ftp://{user}:{password}@{MANIFEST_HOST}/returns/latest.csv")
    data = resp.read()
    resp.close()
    return data


def read_status():
    opener = urllib.request.URLopener()
    with opener.open("https://status.carrier.example/api/v1/summary.json") as resp:
        return resp.read()


def sync(day):
    rows = read_manifest(day)
    log.info("manifest %s: %d rows", day, len(rows))
    return rows
