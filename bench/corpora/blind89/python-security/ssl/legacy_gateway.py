"""TLS helpers for talking to the payment terminal gateway and the old LDAP server."""
import socket
import ssl
from ssl import PROTOCOL_TLSv1_1

from OpenSSL import SSL

GATEWAY_HOST = "terminals.payments.internal"
LDAP_HOST = "ldap.corp.internal"

PROTOCOL_BY_NAME = {
    "tls1.2": ssl.PROTOCOL_TLS_CLIENT,
    # expect: weak-tls
    "tls1.0": ssl.PROTOCOL_TLSv1,
}


def gateway_context(cafile):
    # expect: weak-tls
    ctx = ssl.SSLContext(PROTOCOL_TLSv1_1)
    ctx.load_verify_locations(cafile)
    return ctx


def modern_context(cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def context_for(name, cafile):
    ctx = ssl.SSLContext(PROTOCOL_BY_NAME.get(name, ssl.PROTOCOL_TLS_CLIENT))
    ctx.load_verify_locations(cafile)
    return ctx


def ldap_socket():
    # expect: weak-tls
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda *args: args[-1])
    conn = SSL.Connection(ctx, socket.create_connection((LDAP_HOST, 636)))
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def archive_client():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    return ctx


class TerminalLink:
    # expect: weak-tls
    protocol = ssl.PROTOCOL_SSLv3

    def open(self, port=8443):
        ctx = ssl.SSLContext(self.protocol)
        raw = socket.create_connection((GATEWAY_HOST, port))
        return ctx.wrap_socket(raw, server_hostname=GATEWAY_HOST)
