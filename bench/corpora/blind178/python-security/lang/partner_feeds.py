"""Downloads nightly catalogue feeds from partners over HTTPS (urllib only, no extra deps)."""
import json
import os
import ssl
import urllib.request

FEEDS = {
    "acme": "https://feeds.acme-partner.example/catalogue.json",
    "globex": "https://203.0.113.40/export/catalogue.json",
    "initech": "https://data.initech.example/v2/catalogue.json",
}
INTERNAL_CA = os.environ.get("INTERNAL_CA_BUNDLE", "/etc/ssl/certs/internal-ca.pem")

DEFAULT_CONTEXT = ssl.create_default_context()
# globex serves a certificate for its old hostname; they promised to fix it in Q3
# expect: tls-verify-off
GLOBEX_CONTEXT = ssl._create_unverified_context()


def _context_for(partner):
    if partner == "globex":
        return GLOBEX_CONTEXT
    return DEFAULT_CONTEXT


def fetch_feed(partner):
    req = urllib.request.Request(FEEDS[partner], headers={"Accept": "application/json", "User-Agent": "feed-sync/2.1"})
    with urllib.request.urlopen(req, timeout=30, context=_context_for(partner)) as resp:
        return json.load(resp)


def fetch_internal(url):
    ctx = ssl.create_default_context(cafile=INTERNAL_CA)
    ctx.check_hostname = True
    with urllib.request.urlopen(url, timeout=15, context=ctx) as resp:
        return resp.read()


def fetch_mirror(url, insecure=False):
    """Fallback mirror; ``insecure`` is set by the retry loop after a certificate error."""
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context() if insecure else DEFAULT_CONTEXT
    with urllib.request.urlopen(url, timeout=30, context=ctx) as resp:
        return resp.read()


def sync_all():
    results = {}
    for partner in FEEDS:
        try:
            results[partner] = len(fetch_feed(partner).get("items", []))
        except ssl.SSLCertVerificationError:
            results[partner] = len(json.loads(fetch_mirror(FEEDS[partner], insecure=True)).get("items", []))
    return results
