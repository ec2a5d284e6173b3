"""Pulls price lists from suppliers that only offer older transports."""
import logging
import urllib.request
from base64 import b64encode

from .settings import SUPPLIER_PASSWORD, SUPPLIER_USER

log = logging.getLogger(__name__)

METRICS_URL = "http://127.0.0.1:9102/metrics"


def _auth_header() -> str:
    token = b64encode(f"{SUPPLIER_USER}:{SUPPLIER_PASSWORD}".encode()).decode()
    return f"Basic {token}"


def fetch_pricelist() -> bytes:
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    opener.add_handler(urllib.request.HTTPSHandler())
    opener.addheaders = [("Authorization", _auth_header())]
    # expect: cleartext-transport
    with opener.open("http://prices.acme-supplies.example/export/latest.csv") as resp:
        return resp.read()


def fetch_pricelist_tls() -> bytes:
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPSHandler())
    opener.addheaders = [("Authorization", _auth_header())]
    with opener.open("https://prices.acme-supplies.example/export/latest.csv") as resp:
        return resp.read()


def fetch_stock_levels() -> bytes:
    url = "http://stock.acme-supplies.example/api/levels?format=csv"
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    opener.addheaders = [("Authorization", _auth_header())]
    # expect: cleartext-transport
    return opener.open(url, timeout=30).read()


def post_order(payload: bytes, endpoint="http://orders.acme-supplies.example/submit") -> int:
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    opener.addheaders = [("Authorization", _auth_header()), ("Content-Type", "application/json")]
    # expect: cleartext-transport
    resp = opener.open(endpoint, data=payload, timeout=30)
    return resp.status


def scrape_local_metrics() -> str:
    """The exporter sidecar only listens on loopback."""
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    with opener.open(METRICS_URL, timeout=5) as resp:
        return resp.read().decode()
