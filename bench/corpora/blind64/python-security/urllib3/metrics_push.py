"""Push metrics to the collectors and talk to the device fleet's management ports."""
import socket
import ssl

import certifi
import requests
import urllib3
import urllib3 as u3
from urllib3.connectionpool import HTTPSConnectionPool

COLLECTOR = "https://collector.internal.example.com"
CA_BUNDLE = "/etc/pki/internal-ca.pem"

# expect: tls-verify-off
http = urllib3.PoolManager(num_pools=4, cert_reqs="CERT_NONE")


def proxied_pool(proxy_url):
    # expect: tls-verify-off
    return u3.ProxyManager(proxy_url, cert_reqs=ssl.CERT_NONE, maxsize=8)


def device_pool(host):
    return HTTPSConnectionPool(
        host,
        port=8443,
        # expect: tls-verify-off
        cert_reqs="CERT_OPTIONAL",
    )


def collector_pool():
    # expect: insecure-transport
    return urllib3.HTTPConnectionPool("collector.internal.example.com", port=8080, maxsize=4)


def push(payload):
    # expect: tls-verify-off
    return requests.post(COLLECTOR + "/v1/push", json=payload, timeout=5, verify=False)


def raw_probe(host, port=9443):
    sock = socket.create_connection((host, port), timeout=3)
    # expect: tls-verify-off
    tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)
    tls.sendall(b"PING\n")
    return tls.recv(64)


secure_http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def push_verified(payload):
    return requests.post(COLLECTOR + "/v1/push", json=payload, timeout=5, verify=CA_BUNDLE)


def probe_verified(host, port=9443):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    with socket.create_connection((host, port), timeout=3) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"PING\n")
            return tls.recv(64)
