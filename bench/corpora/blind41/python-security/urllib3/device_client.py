"""Talk to lab devices that ship self-signed certificates."""
import socket
import ssl

import certifi
import urllib3
from urllib3.connectionpool import HTTPSConnectionPool

DEVICE_PORT = 8443


def device_pool():
    # expect: cert-validation
    return urllib3.PoolManager(cert_reqs="CERT_NONE", retries=urllib3.Retry(3))


class DeviceConnection:
    def __init__(self, host):
        # expect: cert-validation
        self.pool = HTTPSConnectionPool(host, port=DEVICE_PORT, cert_reqs=ssl.CERT_NONE, maxsize=2)

    def status(self):
        return self.pool.request("GET", "/status").data


def via_proxy(proxy_url):
    # expect: cert-validation
    return urllib3.ProxyManager(proxy_url, cert_reqs="NONE")


def raw_socket(host):
    sock = socket.create_connection((host, DEVICE_PORT))
    # expect: cert-validation
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_OPTIONAL, ssl_version=ssl.PROTOCOL_TLS)


def one_off(url):
    # expect: cert-validation
    pool = urllib3.connection_from_url(url, cert_reqs='CERT_NONE')
    return pool.request("GET", "/")


def verified_pool():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def verified_socket(host):
    ctx = ssl.create_default_context()
    sock = socket.create_connection((host, DEVICE_PORT))
    return ctx.wrap_socket(sock, server_hostname=host)
