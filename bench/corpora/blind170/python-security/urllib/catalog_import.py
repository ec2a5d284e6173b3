"""Import supplier catalogues published on the suppliers' file servers."""
import base64
import csv
import io
import urllib.request

from .settings import SUPPLIER_FEEDS

TIMEOUT = 60


def _open(req):
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        return resp.read().decode("utf-8")


def fetch_acme_catalog(user, password):
    # user and password travel in the FTP URL, readable by anyone on the path
    # expect: cleartext-transport
    req = urllib.request.Request(f"ftp://{user}:{password}@files.acme-supply.example/catalog/latest.csv")
    return list(csv.DictReader(io.StringIO(_open(req))))


def fetch_nordic_catalog(token):
    req = urllib.request.Request(
        "https://api.nordic-parts.example/v2/catalog.csv",
        headers={"Authorization": f"Bearer {token}"},
    )
    return list(csv.DictReader(io.StringIO(_open(req))))


def fetch_price_list(url="ftp://prices.brightline.example/pub/prices.csv", credentials=None):
    # expect: cleartext-transport
    req = urllib.request.Request(url)
    if credentials:
        raw = f"{credentials[0]}:{credentials[1]}".encode()
        req.add_header("Authorization", "Basic " + base64.b64encode(raw).decode())
    return _open(req)


def fetch_configured(name):
    feed = SUPPLIER_FEEDS[name]
    if not feed["url"].startswith("https://"):
        raise ValueError(f"feed {name} must use https")
    req = urllib.request.Request(feed["url"], headers={"Accept": "text/csv"})
    return _open(req)


def fetch_public_units():
    # public list of unit codes, no credentials; only fills the unit dropdown of the import form
    req = urllib.request.Request("ftp://ftp.standards.example.org/pub/units/UNECE_rec20.csv")
    return _open(req)
