"""HTTP pools for the metrics exporter."""
import ssl

import certifi
import requests
import urllib3

# expect: cert-validation-disabled
insecure_pool = urllib3.PoolManager(cert_reqs="CERT_NONE")

pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def push(url, payload):
    # expect: cert-validation-disabled
    return requests.post(url, json=payload, verify=False, timeout=10)


def push_checked(url, payload):
    return requests.post(url, json=payload, verify=certifi.where(), timeout=10)


def wrap(sock, ctx: ssl.SSLContext):
    # expect: cert-validation-disabled
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)


def legacy_pool(host):
    # expect: cert-validation-disabled
    return urllib3.HTTPSConnectionPool(host, port=8443, cert_reqs="CERT_NONE")
