"""HTTP pools for partner APIs."""
import ssl

import certifi
import urllib3
from urllib3 import PoolManager

# expect: tls-verify-off
legacy_pool = urllib3.PoolManager(cert_reqs="CERT_NONE", num_pools=4)

secure_pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def partner_pool(host, port=443):
    # expect: tls-verify-off
    return urllib3.HTTPSConnectionPool(host, port=port, cert_reqs=ssl.CERT_NONE, maxsize=8)


def proxy_pool(proxy_url):
    # expect: tls-verify-off
    return urllib3.ProxyManager(proxy_url, cert_reqs="NONE")


class LabClient:
    def __init__(self, base_url):
        # expect: tls-verify-off
        self.pool = urllib3.connection_from_url(base_url, cert_reqs=ssl.CERT_OPTIONAL)

    def get(self, path):
        return self.pool.request("GET", path, timeout=5.0)


def pinned_pool(host, ca_file):
    return urllib3.HTTPSConnectionPool(host, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca_file)


def default_pool():
    return PoolManager(timeout=urllib3.Timeout(connect=2.0, read=10.0))
