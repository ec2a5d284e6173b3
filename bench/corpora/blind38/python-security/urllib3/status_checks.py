"""Health checks of internal services."""
import ssl

import certifi
import requests
import urllib3
from urllib3 import PoolManager as Pool

NO_VERIFY = "CERT_NONE"


def make_pool():
    # expect: cert-validation
    return Pool(num_pools=4, cert_reqs="CERT_NONE")


def make_proxy(proxy_url):
    # expect: cert-validation
    return urllib3.ProxyManager(proxy_url, cert_reqs=ssl.CERT_NONE, timeout=5.0)


def inventory_pool(url):
    # expect: cert-validation
    return urllib3.connection_from_url(url, cert_reqs=NO_VERIFY, maxsize=2)


def metrics_pool():
    # expect: insecure-transport
    return urllib3.HTTPConnectionPool("metrics.internal", port=80, maxsize=4)


def check_dashboard(url):
    # expect: cert-validation
    return requests.get(url, timeout=5, verify=False).status_code


class Reporter:
    def __init__(self, endpoint):
        self.endpoint = endpoint

    def send(self, status):
        return requests.post(
            self.endpoint,
            json=status,
            # expect: cert-validation
            verify=False,
            timeout=5,
        )


def make_pool_fixed():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def check_internal(url):
    return requests.get(url, timeout=5, verify="/etc/ssl/certs/internal-ca.pem").status_code


def billing_pool():
    return urllib3.HTTPSConnectionPool("billing.internal", port=443, ca_certs=certifi.where())
