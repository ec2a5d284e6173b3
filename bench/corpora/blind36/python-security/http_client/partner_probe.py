"""Health probes against partner endpoints."""
import http.client
import ssl
from http.client import HTTPSConnection as SecureConn

import certifi
from six.moves import http_client

PARTNERS = ["api.partner-one.example", "edi.partner-two.example"]


def probe(host):
    # expect: cert-validation
    conn = http.client.HTTPSConnection(host, 443, timeout=5, context=ssl._create_unverified_context())
    conn.request("GET", "/health")
    return conn.getresponse().status


class LegacyProbe:
    def __init__(self, host):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        # expect: cert-validation
        self.conn = SecureConn(host, context=ctx)

    def status(self):
        self.conn.request("HEAD", "/")
        return self.conn.getresponse().status


def probe_with_client_cert(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_cert_chain("/etc/probe/client.pem", "/etc/probe/client.key")
    # expect: cert-validation
    conn = http_client.HTTPSConnection(host, 443, context=ctx)
    conn.request("GET", "/status")
    return conn.getresponse().read()


def probe_all():
    ctx = ssl.create_default_context(cafile=certifi.where())
    results = {}
    for host in PARTNERS:
        conn = http.client.HTTPSConnection(host, 443, timeout=5, context=ctx)
        conn.request("GET", "/health")
        results[host] = conn.getresponse().status
    return results


def probe_pinned(host):
    ctx = ssl.create_default_context(cafile="/etc/probe/partner-ca.pem")
    conn = SecureConn(host, timeout=5, context=ctx)
    conn.request("GET", "/health")
    return conn.getresponse().status
