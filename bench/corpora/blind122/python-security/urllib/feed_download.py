"""Pulls partner price feeds; some partners still publish on FTP."""
import csv
import io
import urllib.request

USER_AGENT = "pricefeed-bot/2.3"


def _read(req):
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.read().decode("utf-8")


def acme_feed():
    # expect: cleartext-transport
    req = urllib.request.Request("ftp://ftp.acme-supplies.example/prices/latest.csv")
    return list(csv.DictReader(io.StringIO(_read(req))))


def northwind_feed():
    req = urllib.request.Request("https://feeds.northwind.example/prices.csv", headers={"User-Agent": USER_AGENT})
    return list(csv.DictReader(io.StringIO(_read(req))))


def globex_feed(day):
    # expect: cleartext-transport
    req = urllib.request.Request("ftp://ftp.globex.example/export/prices.csv", headers={"User-Agent": USER_AGENT})
    rows = list(csv.DictReader(io.StringIO(_read(req))))
    return [r for r in rows if r["date"] == day]


def initech_feed():
    # expect: cleartext-transport
    req = urllib.request.Request(url="ftp://ftp.initech.example/pub/tps/prices.csv", method="GET")
    return _read(req)


def status_ping():
    req = urllib.request.Request("https://status.acme-supplies.example/health", method="HEAD")
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status == 200
