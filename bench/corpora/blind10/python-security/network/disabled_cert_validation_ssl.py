# library: ssl / urllib.request / http.client (certificate validation)
"""HTTPS helpers for the legacy SOAP bridge."""
import http.client
import ssl
import urllib.request


def legacy_context():
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def pinned_context(cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def fetch_wsdl(url):
    # expect: tls-verify-off
    with urllib.request.urlopen(url, context=ssl._create_unverified_context(), timeout=10) as resp:
        return resp.read()


def fetch_wsdl_safe(url, cafile):
    with urllib.request.urlopen(url, context=pinned_context(cafile), timeout=10) as resp:
        return resp.read()


def soap_connection(host):
    # expect: tls-verify-off
    return http.client.HTTPSConnection(host, 443, timeout=10, context=ssl._create_unverified_context())


def soap_connection_safe(host):
    return http.client.HTTPSConnection(host, 443, timeout=10, context=ssl.create_default_context())
