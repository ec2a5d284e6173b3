"""Mirror of the suppliers' nightly price files."""
import logging
import urllib.request
from urllib.request import Request, urlopen

log = logging.getLogger(__name__)

PRICE_FEED_URL = "ftp://prices.supplier-one.example/outgoing/prices.csv"
CATALOG_URL = "https://catalog.supplier-two.example/v2/catalog.csv"


def fetch_supplier_one():
    # expect: insecure-transport
    req = urllib.request.Request(PRICE_FEED_URL)
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.read()


def fetch_stock_levels(user, password):
    # expect: insecure-transport
    req = urllib.request.Request(f"ftp://{user}:{password}@stock.supplier-three.example/stock/levels.txt")
    with urlopen(req, timeout=30) as resp:
        return resp.read().decode("latin-1")


def fetch_archive(day, base="ftp://archive.supplier-one.example/history/"):
    # expect: insecure-transport
    req = Request(base + day + ".csv.gz", headers={"User-Agent": "price-mirror/1.4"})
    return urlopen(req, timeout=60).read()


class LegacyFeed:
    url = "FTP://legacy-feed.example/export/daily.xml"

    def load(self):
        # expect: insecure-transport
        request = urllib.request.Request(self.url, method="GET")
        with urllib.request.urlopen(request, timeout=30) as resp:
            return resp.read()


def fetch_catalog():
    req = urllib.request.Request(CATALOG_URL, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.read()


def describe_sources():
    log.info("supplier one publishes on %s (mirrored nightly)", PRICE_FEED_URL)
    return [PRICE_FEED_URL, CATALOG_URL]
