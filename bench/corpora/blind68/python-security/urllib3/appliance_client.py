"""HTTP clients for lab appliances and the corporate proxy."""
import socket
import ssl

import certifi
import urllib3
from urllib3 import PoolManager as Pool
from urllib3.connectionpool import HTTPSConnectionPool

PROXY_URL = "http://proxy.corp.example:3128"
NO_VERIFY = "CERT_NONE"

# expect: tls-verify-off
lab_http = urllib3.PoolManager(num_pools=4, cert_reqs="CERT_NONE")


class ApplianceClient:
    def __init__(self, host, port=8443):
        self.pool = HTTPSConnectionPool(
            host,
            port,
            # expect: tls-verify-off
            cert_reqs=ssl.CERT_NONE,
            timeout=urllib3.Timeout(connect=3, read=10),
        )

    def status(self):
        return self.pool.request("GET", "/api/status").data


def proxied_pool():
    # expect: tls-verify-off
    return urllib3.ProxyManager(PROXY_URL, cert_reqs="CERT_OPTIONAL")


def from_url(url):
    # expect: tls-verify-off
    return urllib3.connection_from_url(url, cert_reqs=NO_VERIFY, maxsize=2)


def raw_tls_probe(host, port=443):
    sock = socket.create_connection((host, port), timeout=5)
    # expect: tls-verify-off
    tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)
    tls.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
    return tls.recv(1024)


verified = Pool(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def verified_probe(host, port=443):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.version()


def internal_pool(ca_bundle="/etc/ssl/corp-ca.pem"):
    return urllib3.PoolManager(cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca_bundle)
