"""Client for the old telemetry collector that speaks TLS on a raw socket."""
import socket
import ssl

COLLECTOR = ("collector.internal.example", 7443)


def send_metrics(payload: bytes):
    raw = socket.create_connection(COLLECTOR, timeout=5)
    # expect: tls-verify-off
    tls = ssl.wrap_socket(raw)
    tls.sendall(payload)
    tls.close()


def send_with_client_cert(payload: bytes, cert, key):
    raw = socket.create_connection(COLLECTOR, timeout=5)
    # expect: tls-verify-off
    tls = ssl.wrap_socket(raw, keyfile=key, certfile=cert, ssl_version=ssl.PROTOCOL_TLS)
    tls.sendall(payload)
    return tls.recv(1024)


class CollectorConnection:
    def __init__(self, ca_file):
        self.ca_file = ca_file

    def open(self):
        raw = socket.create_connection(COLLECTOR, timeout=5)
        # expect: tls-verify-off
        return ssl.wrap_socket(raw, cert_reqs=ssl.CERT_REQUIRED, ca_certs=self.ca_file)

    def open_modern(self):
        context = ssl.create_default_context(cafile=self.ca_file)
        raw = socket.create_connection(COLLECTOR, timeout=5)
        return context.wrap_socket(raw, server_hostname=COLLECTOR[0])


def send_metrics_modern(payload: bytes):
    context = ssl.create_default_context()
    with socket.create_connection(COLLECTOR, timeout=5) as raw:
        with context.wrap_socket(raw, server_hostname=COLLECTOR[0]) as tls:
            tls.sendall(payload)
