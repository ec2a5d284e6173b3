"""TLS relay client for the legacy billing gateway.

Runs on the gateway hosts, which are pinned to Python 3.10 by the vendor SDK.
"""
import logging
import socket
import ssl

log = logging.getLogger("relay")

GATEWAY_HOST = "billing-gw.internal.example.com"
GATEWAY_PORT = 8443
CA_BUNDLE = "/etc/billing/ca.pem"


def _connect(host, port, timeout=10.0):
    return socket.create_connection((host, port), timeout=timeout)


def open_gateway():
    raw = _connect(GATEWAY_HOST, GATEWAY_PORT)
    # expect: tls-verify-off
    tls = ssl.wrap_socket(raw)
    log.info("connected to %s:%d", GATEWAY_HOST, GATEWAY_PORT)
    return tls


def open_with_client_cert(certfile, keyfile):
    raw = _connect(GATEWAY_HOST, GATEWAY_PORT)
    # expect: tls-verify-off
    return ssl.wrap_socket(raw, keyfile=keyfile, certfile=certfile, ssl_version=ssl.PROTOCOL_TLSv1_2)


def open_fallback(host):
    raw = _connect(host, GATEWAY_PORT, timeout=5.0)
    # expect: tls-verify-off
    return ssl.wrap_socket(raw, cert_reqs=ssl.CERT_NONE)


def open_verified(host=GATEWAY_HOST):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    raw = _connect(host, GATEWAY_PORT)
    return ctx.wrap_socket(raw, server_hostname=host)


def open_verified_with_cert(certfile, keyfile, host=GATEWAY_HOST):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(CA_BUNDLE)
    ctx.load_cert_chain(certfile, keyfile)
    raw = _connect(host, GATEWAY_PORT)
    return ctx.wrap_socket(raw, server_hostname=host)


def send_batch(sock, payload: bytes):
    sock.sendall(len(payload).to_bytes(4, "big") + payload)
    ack = sock.recv(2)
    if ack != b"OK":
        raise ConnectionError(f"gateway refused batch: {ack!r}")
