"""UDP/TCP listeners for the metrics agent that runs beside each service."""
import logging
import os
import socket
import threading

log = logging.getLogger(__name__)

BIND_HOST = os.environ.get("AGENT_BIND_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))
ADMIN_PORT = int(os.environ.get("AGENT_ADMIN_PORT", "8126"))


def statsd_socket() -> socket.socket:
    """Receives counters from the local service only."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((BIND_HOST, STATSD_PORT))
    return sock


def admin_socket() -> socket.socket:
    """Plain-text admin console: 'flush', 'dump', 'reload'. No authentication."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # expect: bind-all
    sock.bind(("0.0.0.0", ADMIN_PORT))
    sock.listen(5)
    return sock


def debug_socket(port: int = 8127) -> socket.socket:
    """Dumps raw buffered metrics to whoever connects."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("", port))
    sock.listen(1)
    return sock


def health_socket(port: int = 8128) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("localhost", port))
    sock.listen(16)
    return sock


def v6_admin_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("::", ADMIN_PORT))
    sock.listen(5)
    return sock


def v6_loopback_socket(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    sock.bind(("::1", port))
    return sock


def serve(sock: socket.socket, handler) -> threading.Thread:
    def loop():
        while True:
            conn, addr = sock.accept()
            log.info("admin connection from %s", addr[0])
            threading.Thread(target=handler, args=(conn,), daemon=True).start()

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    return t
