"""TLS contexts for talking to the payment terminals and the old LDAP server."""
import socket
import ssl

from OpenSSL import SSL


def terminal_context():
    # expect: weak-tls-version
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_verify_locations("/etc/terminals/ca.pem")
    return ctx


def ldap_context():
    # expect: weak-tls-version
    ctx = ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def modern_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def pinned_context():
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def legacy_wrap(host, port):
    sock = socket.create_connection((host, port))
    # expect: weak-tls-version
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)


def pyopenssl_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    return ctx
