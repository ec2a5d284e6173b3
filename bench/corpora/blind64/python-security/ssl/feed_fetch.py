"""Fetch partner RSS/Atom feeds and the internal status endpoint."""
import http.client
import ssl
import urllib.request
from ssl import _create_unverified_context as no_verify_context

CA_BUNDLE = "/etc/ssl/certs/partners.pem"


def fetch_feed(url, timeout=15):
    # expect: tls-verify-off
    with urllib.request.urlopen(url, timeout=timeout, context=ssl._create_unverified_context()) as resp:
        return resp.read()


class StatusClient:
    def __init__(self, host, port=443):
        self.host = host
        self.port = port
        # expect: tls-verify-off
        self.context = no_verify_context()

    def status(self):
        conn = http.client.HTTPSConnection(self.host, self.port, context=self.context, timeout=5)
        conn.request("GET", "/status")
        body = conn.getresponse().read()
        conn.close()
        return body


def make_context(verify):
    if verify:
        return ssl.create_default_context()
    # expect: tls-verify-off
    return ssl._create_unverified_context(protocol=ssl.PROTOCOL_TLS_CLIENT)


def install_legacy_mode():
    # expect: tls-verify-off
    ssl._create_default_https_context = ssl._create_unverified_context


def fetch_partner(url):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()


def fetch_pinned(host, cadata):
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cadata=cadata)
    conn = http.client.HTTPSConnection(host, context=ctx, timeout=5)
    conn.request("GET", "/")
    return conn.getresponse().status
