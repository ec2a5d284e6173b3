"""HTTP helpers for talking to printers and old appliances on the office network."""
import http.client
import ssl
import urllib.request
from ssl import _create_unverified_context

CA_BUNDLE = "/etc/ssl/certs/office-ca.pem"


def fetch_status(url):
    # expect: cert-validation
    return urllib.request.urlopen(url, context=ssl._create_unverified_context(), timeout=10).read()


def printer_connection(host):
    # expect: cert-validation
    ctx = _create_unverified_context()
    return http.client.HTTPSConnection(host, 443, context=ctx)


class ApplianceClient:
    def __init__(self, base_url):
        self.base_url = base_url
        # expect: cert-validation
        self.context = ssl._create_unverified_context(cafile=None)

    def get(self, path):
        with urllib.request.urlopen(self.base_url + path, context=self.context) as resp:
            return resp.read()


def disable_verification_globally():
    # expect: cert-validation
    ssl._create_default_https_context = ssl._create_unverified_context


def fetch_status_verified(url):
    return urllib.request.urlopen(url, context=ssl.create_default_context(), timeout=10).read()


def printer_connection_verified(host):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    return http.client.HTTPSConnection(host, 443, context=ctx)
