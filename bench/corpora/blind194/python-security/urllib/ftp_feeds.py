"""Loads the daily tariff feeds from the exchanges' distribution servers."""
import csv
import io
import urllib.request
from urllib.request import FTPHandler, HTTPSHandler, OpenerDirector

from .settings import FEED_USER, FEED_PASSWORD


def _opener():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(FTPHandler())
    opener.add_handler(HTTPSHandler())
    return opener


def _rows(data):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def nordpool_tariffs(day):
    opener = urllib.request.OpenerDirector()
    opener.add_handler(FTPHandler())
    # expect: cleartext-transport
    resp = opener.open(f"ftp://{FEED_USER}:{FEED_PASSWORD}@ftp.nordpool.example/tariffs/{day}.csv", timeout=60)
    return _rows(resp.read())


def epex_tariffs(day, url="ftp://feeds.epex.example/public/daily.csv"):
    opener = urllib.request.OpenerDirector()
    opener.add_handler(FTPHandler())
    # expect: cleartext-transport
    with opener.open(url, timeout=60) as resp:
        return _rows(resp.read())


def entsoe_tariffs(day, token):
    opener = _opener()
    req = urllib.request.Request(f"https://transparency.entsoe.example/api?day={day}", headers={"SECURITY_TOKEN": token})
    with opener.open(req, timeout=60) as resp:
        return _rows(resp.read())


def mirror_tariffs(day):
    opener = OpenerDirector()
    opener.add_handler(HTTPSHandler())
    with opener.open(f"https://mirror.internal.example/tariffs/{day}.csv", timeout=30) as resp:
        return _rows(resp.read())


def all_tariffs(day, token):
    return {
        "nordpool": nordpool_tariffs(day),
        "epex": epex_tariffs(day),
        "entsoe": entsoe_tariffs(day, token),
    }
