"""Scraper for printers' embedded web servers on the office LAN."""
import ssl

import certifi
import urllib3
from urllib3 import PoolManager

# expect: tls-verify-off
http = urllib3.PoolManager(cert_reqs="CERT_NONE")

TIMEOUT = urllib3.Timeout(connect=2.0, read=5.0)


def toner_level(host):
    resp = http.request("GET", f"https://{host}/status.json", timeout=TIMEOUT)
    return resp.json()["toner"]


def make_pool(host):
    # expect: tls-verify-off
    return urllib3.HTTPSConnectionPool(host, port=443, cert_reqs=ssl.CERT_NONE, assert_hostname=False)


def proxy_pool(proxy_url):
    # expect: tls-verify-off
    return urllib3.ProxyManager(proxy_url, cert_reqs="CERT_NONE", timeout=TIMEOUT)


# safe: verified against certifi
verified = PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def firmware_feed():
    resp = verified.request("GET", "https://updates.printer-vendor.example/feed.json", timeout=TIMEOUT)
    return resp.json()


def default_pool():
    # safe: urllib3 verifies by default
    return PoolManager(timeout=TIMEOUT)
