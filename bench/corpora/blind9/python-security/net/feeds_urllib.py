# library: urllib.request (stdlib)
"""Pulls partner price feeds on a schedule."""
import json
import urllib.request

TIMEOUT = 15


def fetch_prices():
    # expect: insecure-transport
    with urllib.request.urlopen("http://feeds.partner-prices.example/v2/prices.json", timeout=TIMEOUT) as resp:
        return json.load(resp)


def fetch_prices_tls():
    with urllib.request.urlopen("https://feeds.partner-prices.example/v2/prices.json", timeout=TIMEOUT) as resp:
        return json.load(resp)


def fetch_catalogue():
    # expect: insecure-transport
    req = urllib.request.Request("http://catalogue.partner.example/export.csv", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        return resp.read().decode("utf-8")


def fetch_archive(name):
    # expect: insecure-transport
    return urllib.request.urlopen("ftp://ftp.partner.example/pub/archive/" + name, timeout=60).read()


def fetch_with_auth(user, password):
    mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    mgr.add_password(None, "https://api.partner.example/", user, password)
    opener = urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(mgr))
    return opener.open("https://api.partner.example/v1/stock", timeout=TIMEOUT).read()


def fetch_legacy_stock():
    opener = urllib.request.build_opener()
    opener.addheaders = [("User-Agent", "price-sync/2.1")]
    # expect: insecure-transport
    return opener.open("http://legacy-stock.partner.example/stock.xml", timeout=TIMEOUT).read()
