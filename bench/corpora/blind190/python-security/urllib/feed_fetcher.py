"""Fetch partner price feeds for the comparison site."""
import logging
import urllib.request

log = logging.getLogger(__name__)

USER_AGENT = "price-compare-bot/2.3 (+https://compare.example.org/bot)"


def _opener():
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(), urllib.request.HTTPRedirectHandler()):
        opener.add_handler(handler)
    opener.addheaders = [("User-Agent", USER_AGENT)]
    return opener


def fetch_partner_feed(token):
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    opener.addheaders = [("Authorization", "Bearer " + token)]
    # expect: cleartext-transport
    with opener.open("http://feeds.acme-retail.example/prices.xml", timeout=30) as resp:
        return resp.read()


def fetch_outlet_feed():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPSHandler())
    with opener.open("https://outlet.example.net/feed/prices.json", timeout=30) as resp:
        return resp.read()


def fetch_regional_feed(url="http://regional.example.net/prices.csv"):
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    # expect: cleartext-transport
    return opener.open(url, timeout=30).read()


def fetch_all(partners):
    results = {}
    opener = _opener()
    for name, url in partners.items():
        if not url.startswith("https://"):
            log.warning("skipping %s: feed is not https", name)
            continue
        with opener.open(url, timeout=30) as resp:
            results[name] = resp.read()
    return results
