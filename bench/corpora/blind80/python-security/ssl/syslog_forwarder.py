"""Forward local syslog lines to the central collector over TLS."""
import socket
import ssl
from ssl import wrap_socket

COLLECTOR = ("logs.internal.example", 6514)
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def connect_legacy():
    raw = socket.create_connection(COLLECTOR, timeout=10)
    # expect: tls-verify-off
    return ssl.wrap_socket(raw, ca_certs=CA_BUNDLE, cert_reqs=ssl.CERT_REQUIRED)


def connect_client_cert(certfile, keyfile):
    raw = socket.create_connection(COLLECTOR, timeout=10)
    # expect: tls-verify-off
    return wrap_socket(raw, keyfile=keyfile, certfile=certfile)


class Forwarder:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.sock = None

    def open(self):
        raw = socket.create_connection((self.host, self.port), timeout=10)
        # expect: tls-verify-off
        self.sock = ssl.wrap_socket(
            raw,
            ssl_version=ssl.PROTOCOL_TLS,
        )

    def open_verified(self):
        ctx = ssl.create_default_context(cafile=CA_BUNDLE)
        raw = socket.create_connection((self.host, self.port), timeout=10)
        self.sock = ctx.wrap_socket(raw, server_hostname=self.host)

    def send(self, line):
        self.sock.sendall(line.encode() + b"\n")


def connect_modern():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(CA_BUNDLE)
    raw = socket.create_connection(COLLECTOR, timeout=10)
    return ctx.wrap_socket(raw, server_hostname=COLLECTOR[0])


def forward(path="/var/log/syslog"):
    fwd = Forwarder(*COLLECTOR)
    fwd.open_verified()
    with open(path) as fh:
        for line in fh:
            fwd.send(line.rstrip("\n"))
