"""TLS client for the card terminal gateway and its old fallback endpoints."""
import socket
import ssl
from ssl import PROTOCOL_TLSv1_1

from OpenSSL import SSL

GATEWAY = ("gateway.payments.example", 8443)
FALLBACK = ("legacy-gw.payments.example", 9443)


def modern_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def pinned_context(cafile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    return ctx


def fallback_context():
    # expect: weak-cipher
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_default_certs()
    return ctx


def terminal_context():
    # expect: weak-cipher
    ctx = ssl.SSLContext(PROTOCOL_TLSv1_1)
    ctx.load_default_certs()
    return ctx


PROTOCOLS = {
    "modern": ssl.PROTOCOL_TLS_CLIENT,
    # expect: weak-cipher
    "legacy": ssl.PROTOCOL_SSLv3,
}


def pyopenssl_connection(host, port):
    # expect: weak-cipher
    context = SSL.Context(SSL.TLSv1_METHOD)
    sock = socket.create_connection((host, port), timeout=10)
    conn = SSL.Connection(context, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def pyopenssl_modern(host, port):
    context = SSL.Context(SSL.TLS_CLIENT_METHOD)
    context.set_min_proto_version(SSL.TLS1_2_VERSION)
    context.set_default_verify_paths()
    return SSL.Connection(context, socket.create_connection((host, port), timeout=10))


def send(payload, legacy=False):
    host, port = FALLBACK if legacy else GATEWAY
    ctx = fallback_context() if legacy else modern_context()
    with socket.create_connection((host, port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(payload)
            return tls.recv(4096)
