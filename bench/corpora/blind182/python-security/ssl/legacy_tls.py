"""TLS contexts for the payment terminal gateway and its old peers."""
import socket
import ssl

from OpenSSL import SSL

from .config import CA_BUNDLE, CLIENT_CERT, CLIENT_KEY


def modern_client_context():
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    return ctx


def terminal_context():
    # expect: weak-tls-version
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_verify_locations(CA_BUNDLE)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


def acquirer_context():
    # expect: weak-tls-version
    ctx = SSL.Context(SSL.TLSv1_1_METHOD)
    ctx.load_verify_locations(CA_BUNDLE)
    ctx.use_certificate_file(CLIENT_CERT)
    ctx.use_privatekey_file(CLIENT_KEY)
    return ctx


def server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert, key)
    return ctx


def pyopenssl_modern():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.load_verify_locations(CA_BUNDLE)
    return ctx


def connect(host, port=443):
    sock = socket.create_connection((host, port), timeout=10)
    return modern_client_context().wrap_socket(sock, server_hostname=host)
