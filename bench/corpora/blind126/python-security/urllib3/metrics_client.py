"""Push metrics to the collector and the on-prem gateway (urllib3)."""
import os
import ssl

import certifi
import urllib3

COLLECTOR = os.environ.get("COLLECTOR_URL", "https://collector.internal:8443")

# expect: tls-verify-off
http = urllib3.PoolManager(cert_reqs="CERT_NONE", retries=urllib3.Retry(3))

verified = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def push(series):
    return http.request("POST", COLLECTOR + "/v1/series", body=series, headers={"Content-Type": "application/json"})


def gateway_pool(host):
    # expect: tls-verify-off
    return urllib3.HTTPSConnectionPool(host, port=9443, cert_reqs=ssl.CERT_NONE, maxsize=4)


def proxied(proxy_url):
    # expect: tls-verify-off
    return urllib3.ProxyManager(proxy_url, cert_reqs="NONE")


def pinned_pool(host, ca_bundle):
    return urllib3.HTTPSConnectionPool(host, port=443, cert_reqs="CERT_REQUIRED", ca_certs=ca_bundle)


def fetch_health():
    return verified.request("GET", COLLECTOR + "/healthz", timeout=2.0).status
