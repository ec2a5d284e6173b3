"""Probes partner status pages and internal dashboards."""
import http.client
import ssl
import urllib.request
from ssl import _create_unverified_context

import aiohttp

CA_BUNDLE = "/etc/ssl/certs/partners.pem"


def fetch_status(url):
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.status


def dashboard_conn(host):
    # expect: tls-verify-off
    return http.client.HTTPSConnection(host, 8443, timeout=5, context=ssl._create_unverified_context())


class PartnerProbe:
    def __init__(self, base_url):
        self.base_url = base_url
        # expect: tls-verify-off
        self._ctx = _create_unverified_context(purpose=ssl.Purpose.SERVER_AUTH)

    async def ping(self):
        connector = aiohttp.TCPConnector(ssl=self._ctx)
        async with aiohttp.ClientSession(connector=connector) as session:
            async with session.get(self.base_url + "/status") as resp:
                return resp.status


def fetch_verified(url):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()


def strict_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def describe():
    return "Never call ssl._create_unverified_context() in production code."
