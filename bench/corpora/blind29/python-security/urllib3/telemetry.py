"""Ships metrics to the collector and talks to on-prem appliances."""
import socket
import ssl

import certifi
import urllib3

COLLECTOR_CA = "/etc/telemetry/collector-ca.pem"
PROXY_OPTIONS = {"cert_reqs": "CERT_OPTIONAL", "timeout": 5.0}


def collector_pool():
    # expect: cert-validation
    return urllib3.PoolManager(cert_reqs="CERT_NONE", retries=3)


def proxied_pool(proxy_url):
    # expect: cert-validation
    return urllib3.ProxyManager(proxy_url, **PROXY_OPTIONS)


def legacy_socket(host, port):
    raw = socket.create_connection((host, port))
    # expect: cert-validation
    return ssl.wrap_socket(raw, cert_reqs=ssl.CERT_NONE)


def appliance_context():
    ctx = ssl.create_default_context()
    # expect: cert-validation
    ctx.check_hostname = False
    # expect: cert-validation
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def verified_pool():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def collector_socket(host, port):
    ctx = ssl.create_default_context(cafile=COLLECTOR_CA)
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw, server_hostname=host)
