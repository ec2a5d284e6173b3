"""Tiny TCP/UDP listeners for the metrics sidecar."""
import os
import socket
import socket as so

PORT = int(os.environ.get("METRICS_PORT", "9125"))
ANY_HOST = "0.0.0.0"


def tcp_listener(port=PORT):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # expect: bind-all-interfaces
    sock.bind(("0.0.0.0", port))
    sock.listen(64)
    return sock


def udp_listener():
    s = so.socket(so.AF_INET, so.SOCK_DGRAM)
    # expect: bind-all-interfaces
    s.bind(("", PORT))
    return s


def ipv6_listener():
    s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    # expect: bind-all-interfaces
    s6.bind(("::", PORT + 1))
    s6.listen()
    return s6


class StatsdServer:
    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def start(self):
        # expect: bind-all-interfaces
        self.sock.bind((ANY_HOST, PORT + 2))


def local_listener():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", PORT + 3))
    return s


def configured_listener():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind((os.environ.get("METRICS_HOST", "127.0.0.1"), PORT + 4))
    return s
