"""LAN discovery and metrics listeners for the edge agent."""
import os
import socket
import socket as sk
from socket import AF_INET6, SOCK_DGRAM, SOCK_STREAM

DISCOVERY_PORT = 48899
METRICS_HOST = "0.0.0.0"
METRICS_PORT = 9102


def discovery_listener():
    s = socket.socket(socket.AF_INET, SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # expect: bind-all-interfaces
    s.bind(("", DISCOVERY_PORT))
    return s


def metrics_server():
    srv = sk.socket(sk.AF_INET, SOCK_STREAM)
    # expect: bind-all-interfaces
    srv.bind((METRICS_HOST, METRICS_PORT))
    srv.listen(16)
    return srv


class ControlChannel:
    def __init__(self, port=7070):
        self.port = port
        self.sock = socket.socket(AF_INET6, SOCK_STREAM)

    def start(self):
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # expect: bind-all-interfaces
        self.sock.bind(("::", self.port))
        self.sock.listen()


def debug_shell_port():
    s = socket.socket()
    # expect: bind-all-interfaces
    s.bind(("0.0.0.0", 0))
    return s.getsockname()[1]


def local_admin():
    s = socket.socket(socket.AF_INET, SOCK_STREAM)
    s.bind(("127.0.0.1", 7071))
    s.listen(1)
    return s


def configured_listener():
    host = os.environ.get("EDGE_BIND_HOST", "127.0.0.1")
    s = socket.socket(socket.AF_INET, SOCK_STREAM)
    s.bind((host, int(os.environ.get("EDGE_PORT", "7072"))))
    return s
