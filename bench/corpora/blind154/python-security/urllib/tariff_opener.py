"""Fetches tariff tables through a shared opener with proxy support."""
import logging
import os
import urllib.request

log = logging.getLogger(__name__)

PROXY = os.environ.get("HTTP_PROXY_URL")


def build():
    handlers = []
    if PROXY:
        handlers.append(urllib.request.ProxyHandler({"https": PROXY, "ftp": PROXY}))
    return urllib.request.build_opener(*handlers)


def tariffs_ftp(region):
    opener = build()
    # expect: cleartext-transport
    with opener.open(f"ftp://tariffs.energy.example/{region}/current.txt", timeout=30) as resp:
        return resp.read().decode("latin-1")


def tariffs_archive(year):
    director = urllib.request.OpenerDirector()
    director.add_handler(urllib.request.FTPHandler())
    # expect: cleartext-transport
    resp = director.open("ftp://archive.energy.example/tariffs/%d.zip" % year)
    return resp.read()


def tariffs_partner(login, password):
    opener = build()
    # expect: cleartext-transport
    return opener.open("ftp://%s:%s@partner.energy.example/outbox/tariffs.csv" % (login, password)).read()


def tariffs_https(region):
    opener = build()
    with opener.open(f"https://api.energy.example/v2/tariffs/{region}", timeout=30) as resp:
        return resp.read()


def refresh(regions):
    out = {}
    for region in regions:
        try:
            out[region] = tariffs_https(region)
        except OSError as exc:
            log.warning("tariffs for %s failed: %s", region, exc)
    return out
