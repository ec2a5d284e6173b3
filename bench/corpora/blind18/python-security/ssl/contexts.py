"""Helpers that open TLS connections to devices and internal services."""
import socket
import ssl
import urllib.request
from ssl import CERT_NONE, create_default_context


def fetch_device_config(url):
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()


def open_device_socket(host, port):
    ctx = create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = CERT_NONE
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)


def legacy_context():
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = True
    context.load_default_certs()
    return context


def internal_fetch(url):
    # safe: verifying context with an internal CA
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()


def patch_global():
    # expect: tls-verify-off
    ssl._create_default_https_context = ssl._create_unverified_context


def strict_socket(host, port):
    ctx = ssl.create_default_context()
    # safe: explicit verification
    ctx.verify_mode = ssl.CERT_REQUIRED
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)
