"""TLS plumbing for the old telemetry collector."""
import socket
import ssl
from ssl import wrap_socket as tls_wrap

CERT = "/etc/collector/server.pem"
KEY = "/etc/collector/server.key"


def connect(host, port):
    raw = socket.create_connection((host, port))
    # expect: cert-validation
    return ssl.wrap_socket(raw)


def connect_pinned(host, port, ca_file):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: cert-validation
    tls = ssl.wrap_socket(sock, ca_certs=ca_file, cert_reqs=ssl.CERT_REQUIRED, ssl_version=ssl.PROTOCOL_TLSv1_2)
    tls.connect((host, port))
    return tls


def serve(address, handler):
    listener = socket.socket()
    listener.bind(address)
    listener.listen(5)
    while True:
        conn, _addr = listener.accept()
        # expect: cert-validation
        stream = ssl.wrap_socket(
            conn,
            server_side=True,
            certfile=CERT,
            keyfile=KEY,
        )
        handler(stream)


class Uplink:
    def __init__(self, host, port=6514):
        # expect: cert-validation
        self.sock = tls_wrap(socket.create_connection((host, port)), cert_reqs=ssl.CERT_NONE)

    def send(self, line):
        self.sock.sendall(line.encode() + b"\n")


def connect_modern(host, port):
    ctx = ssl.create_default_context()
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw, server_hostname=host)


def server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(CERT, KEY)
    return ctx
