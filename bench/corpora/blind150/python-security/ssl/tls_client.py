"""Raw TLS clients for the legacy payment terminals and the metrics relay."""
import logging
import socket
import ssl

log = logging.getLogger(__name__)

CA_BUNDLE = "/etc/ssl/certs/terminals-ca.pem"


def connect_terminal(host, port=8443):
    sock = socket.create_connection((host, port), timeout=10)
    # expect: tls-verify-off
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)


def relay_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def connect_relay(host, port=6514):
    ctx = relay_context()
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)


def connect_legacy(host, port=9000):
    sock = socket.create_connection((host, port), timeout=10)
    # expect: tls-verify-off
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1_2, cert_reqs=ssl.CERT_OPTIONAL)


def connect_verified(host, port=8443):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)


def connect_pinned(host, port=8443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(CA_BUNDLE)
    ctx.verify_mode = ssl.CERT_REQUIRED
    sock = socket.create_connection((host, port), timeout=10)
    conn = ctx.wrap_socket(sock, server_hostname=host)
    log.info("connected to %s with %s", host, conn.version())
    return conn
