"""Fetches partner price feeds with the standard library only."""
import urllib.request
from urllib.request import OpenerDirector, Request, build_opener, urlopen

FEEDS_BASE = "https://feeds.partner.example.com"


def fetch_https(path: str) -> bytes:
    with urlopen(Request(f"{FEEDS_BASE}/{path}", headers={"Accept": "application/json"}), timeout=20) as resp:
        return resp.read()


def fetch_legacy_catalogue() -> bytes:
    # expect: insecure-transport
    with urllib.request.urlopen("http://catalogue.partner.example.com/export.csv", timeout=30) as resp:
        return resp.read()


def fetch_ftp_dump() -> bytes:
    # expect: insecure-transport
    with urlopen("ftp://dumps.partner.example.com/pricing/latest.zip") as resp:
        return resp.read()


def opener_fetch(opener: OpenerDirector) -> bytes:
    # expect: insecure-transport
    return opener.open("http://status.partner.example.com/health").read()


def build_and_fetch() -> bytes:
    opener = build_opener()
    opener.addheaders = [("User-Agent", "price-sync/2.1")]
    return opener.open("https://status.partner.example.com/health").read()


def legacy_request() -> bytes:
    # expect: insecure-transport
    req = urllib.request.Request("http://inventory.partner.example.com/api/stock")
    return urlopen(req, timeout=10).read()


def retrieve_to(path: str) -> None:
    # expect: insecure-transport
    urllib.request.urlretrieve("ftp://mirror.example.org/pub/rates.txt", path)
