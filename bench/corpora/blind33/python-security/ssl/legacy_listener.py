"""TLS sockets of the legacy device gateway."""
import socket
import ssl
from ssl import wrap_socket as tls_wrap

CERT = "/etc/gateway/server.pem"
KEY = "/etc/gateway/server.key"


def connect_upstream(host, port=8443):
    raw = socket.create_connection((host, port))
    # expect: cert-validation
    return ssl.wrap_socket(raw)


def serve(bind):
    srv = socket.socket()
    srv.bind(bind)
    srv.listen(5)
    conn, _ = srv.accept()
    # expect: cert-validation
    return ssl.wrap_socket(conn, keyfile=KEY, certfile=CERT, server_side=True)


class DeviceLink:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=15)

    def secure(self):
        # expect: cert-validation
        self.sock = tls_wrap(self.sock, ca_certs="/etc/gateway/ca.pem")
        return self.sock


def connect_pinned(host, port):
    raw = socket.create_connection((host, port))
    # expect: cert-validation
    return ssl.wrap_socket(
        raw,
        cert_reqs=ssl.CERT_NONE,
        ssl_version=ssl.PROTOCOL_TLS,
    )


def connect_upstream_ctx(host, port=8443):
    ctx = ssl.create_default_context()
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw, server_hostname=host)


def serve_ctx(conn):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    return ctx.wrap_socket(conn, server_side=True)
