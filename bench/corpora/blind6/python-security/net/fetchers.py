"""Feed and mirror fetchers built on urllib."""
import urllib.request
from urllib.request import HTTPBasicAuthHandler, HTTPPasswordMgrWithDefaultRealm, build_opener, urlopen

FEED_URL = "https://status.example-cdn.net/feed.xml"


def fetch_status_feed():
    with urlopen(FEED_URL, timeout=10) as resp:
        return resp.read()


def fetch_legacy_prices():
    opener = build_opener()
    opener.addheaders = [("User-Agent", "price-sync/2.1")]
    # expect: cleartext-http-opener
    with opener.open("http://prices.partner-feeds.com/daily.csv", timeout=30) as resp:
        return resp.read().decode("utf-8")


def fetch_with_basic_auth(user, password):
    manager = HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, "http://reports.acme-intranet.com/", user, password)
    opener = build_opener(HTTPBasicAuthHandler(manager))
    # expect: cleartext-http-opener
    return opener.open("http://reports.acme-intranet.com/weekly").read()


def download_mirror_index():
    # expect: cleartext-ftp
    with urllib.request.urlopen("ftp://ftp.mirror-archive.org/pub/index.txt") as resp:
        return resp.read()


def download_tarball(dest):
    # expect: cleartext-ftp
    urllib.request.urlretrieve("ftp://ftp.mirror-archive.org/pub/release-4.2.tar.gz", dest)


def post_metrics(payload: bytes):
    req = urllib.request.Request("https://metrics.example-cdn.net/ingest", data=payload, method="POST")
    return urllib.request.urlopen(req, timeout=5).status


def post_metrics_legacy(payload: bytes):
    # expect: cleartext-http-request
    req = urllib.request.Request("http://collector.metrics-legacy.com/ingest", data=payload, method="POST")
    return urllib.request.urlopen(req, timeout=5).status


def local_health():
    return urlopen("http://127.0.0.1:8080/healthz", timeout=2).status


def local_sidecar():
    return urlopen("http://localhost:15000/ready", timeout=2).status


def proxy_opener():
    handler = urllib.request.ProxyHandler({"https": "http://proxy.corp.internal:3128"})
    return urllib.request.build_opener(handler)


def fetch_docs():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    # expect: cleartext-http-opener
    return opener.open("http://docs.vendor-portal.com/api/v1/schema.json").read()
