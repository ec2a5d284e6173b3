"""Probes the status endpoints of the partner gateways."""
import http.client
import ssl
import urllib.request
from ssl import _create_unverified_context as insecure_context

import certifi

GATEWAYS = ["gw1.partner.example.com", "gw2.partner.example.com"]


def probe(url):
    # expect: cert-validation
    with urllib.request.urlopen(url, context=ssl._create_unverified_context(), timeout=5) as resp:
        return resp.status


def probe_gateway(host):
    # expect: cert-validation
    ctx = insecure_context()
    conn = http.client.HTTPSConnection(host, 443, context=ctx, timeout=5)
    conn.request("GET", "/status")
    return conn.getresponse().status


class GatewayClient:
    # expect: cert-validation
    CONTEXT = ssl._create_unverified_context(cafile=None)

    def __init__(self, host):
        self.conn = http.client.HTTPSConnection(host, context=self.CONTEXT)


def disable_verification_globally():
    # expect: cert-validation
    ssl._create_default_https_context = ssl._create_unverified_context


def probe_verified(url):
    ctx = ssl.create_default_context(cafile=certifi.where())
    with urllib.request.urlopen(url, context=ctx, timeout=5) as resp:
        return resp.status


def probe_all():
    ctx = ssl.create_default_context()
    results = {}
    for host in GATEWAYS:
        conn = http.client.HTTPSConnection(host, context=ctx, timeout=5)
        conn.request("GET", "/status")
        results[host] = conn.getresponse().status
    return results
