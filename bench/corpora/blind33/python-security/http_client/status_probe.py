"""Health probes for the partner APIs, run from the status page worker."""
import http.client
import http.client as httplib
import ssl
from http.client import HTTPSConnection

import certifi
import urllib3
from six.moves import http_client


def probe(host, path="/health"):
    # expect: cert-validation
    conn = http.client.HTTPSConnection(host, timeout=5)
    conn.request("GET", path)
    return conn.getresponse().status


class PartnerProbe:
    def __init__(self, host, port=443):
        # expect: cert-validation
        self.conn = HTTPSConnection(host, port, timeout=10)

    def status(self):
        self.conn.request("HEAD", "/")
        return self.conn.getresponse().status


def probe_staging(host):
    # expect: cert-validation
    conn = httplib.HTTPSConnection(host, context=ssl._create_unverified_context())
    conn.request("GET", "/health")
    return conn.getresponse().read()


def legacy_probe(host):
    # expect: cert-validation
    conn = http_client.HTTPSConnection(host)
    conn.request("GET", "/ping")
    return conn.getresponse().status


def probe_verified(host, path="/health"):
    ctx = ssl.create_default_context(cafile=certifi.where())
    conn = http.client.HTTPSConnection(host, timeout=5, context=ctx)
    conn.request("GET", path)
    return conn.getresponse().status


def probe_pool(host):
    pool = urllib3.HTTPSConnectionPool(host, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())
    return pool.request("GET", "/health").status
