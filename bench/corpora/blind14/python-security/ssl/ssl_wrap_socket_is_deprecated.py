# library: ssl (wrap_socket)
"""Raw TLS client for the metrics relay."""
import socket
import ssl

RELAY = ("relay.metrics.example.com", 6514)


def connect_legacy():
    raw = socket.create_connection(RELAY, timeout=10)
    # expect: tls-verify-off
    return ssl.wrap_socket(raw)


def connect_legacy_v2(certfile):
    raw = socket.create_connection(RELAY, timeout=10)
    # expect: tls-verify-off
    return ssl.wrap_socket(raw, certfile=certfile, ssl_version=ssl.PROTOCOL_TLS)


def connect():
    ctx = ssl.create_default_context()
    raw = socket.create_connection(RELAY, timeout=10)
    return ctx.wrap_socket(raw, server_hostname=RELAY[0])


def connect_mtls(certfile, keyfile):
    ctx = ssl.create_default_context(cafile="/etc/relay/ca.pem")
    ctx.load_cert_chain(certfile, keyfile)
    raw = socket.create_connection(RELAY, timeout=10)
    return ctx.wrap_socket(raw, server_hostname=RELAY[0])
