import smtplib
import socket
import ssl

from OpenSSL import SSL


def legacy_context():
    # the old relay only speaks TLS 1.0
    # expect: weak-tls
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_verify_locations("/etc/relay/ca.pem")
    return ctx


def default_context():
    ctx = ssl.create_default_context(cafile="/etc/relay/ca.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def permissive_context():
    ctx = ssl.create_default_context()
    # expect: weak-tls
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def wrap_plain(sock: socket.socket, host: str):
    # expect: weak-tls
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)


def open_relay(host: str, port: int = 465):
    return smtplib.SMTP_SSL(host, port, context=default_context(), timeout=20)


def open_starttls(host: str):
    conn = smtplib.SMTP(host, 587, timeout=20)
    conn.starttls(context=default_context())
    return conn


def pyopenssl_server_context(cert: str, key: str):
    # expect: weak-tls
    ctx = SSL.Context(SSL.TLSv1_1_METHOD)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    return ctx


def pyopenssl_modern_context(cert: str, key: str):
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    return ctx


def pyopenssl_legacy_probe(cert):
    # expect: weak-tls
    ctx = SSL.Context(SSL.SSLv3_METHOD)
    ctx.use_certificate_file(cert)
    return ctx
