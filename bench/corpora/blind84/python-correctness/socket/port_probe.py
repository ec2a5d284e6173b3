"""Health probes of the load balancer's backends (raw TCP and a line protocol)."""
import logging
import socket
import time

log = logging.getLogger(__name__)


class LineClient:
    def __init__(self, host, port, timeout=2.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)

    def ask(self, line):
        self.sock.sendall(line.encode() + b"\n")
        return self.sock.recv(4096).decode().strip()

    def close(self):
        # expect: socket-not-closed
        self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()


def tcp_probe(host, port, timeout=1.0):
    started = time.monotonic()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    sock.connect((host, port))
    elapsed = time.monotonic() - started
    # expect: socket-not-closed
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()
    return elapsed


def send_and_hang_up(host, port, payload):
    conn = socket.create_connection((host, port), timeout=3)
    conn.sendall(payload)
    # expect: socket-not-closed
    conn.shutdown(socket.SHUT_WR)
    conn.close()


def drain(conn):
    data = conn.recv(65536)
    # expect: socket-not-closed
    conn.shutdown(socket.SHUT_RD)
    conn.close()
    return data


def safe_probe(host, port, timeout=1.0):
    sock = socket.create_connection((host, port), timeout=timeout)
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        log.debug("peer %s:%s already closed", host, port)
    finally:
        sock.close()


def banner(host, port):
    with socket.create_connection((host, port), timeout=2) as sock:
        return sock.recv(256)


def quick_close(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
