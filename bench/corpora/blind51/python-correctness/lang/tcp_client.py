"""Small line-oriented TCP client used by the printer bridge and the health checker."""
import logging
import socket
import socket as sk
from contextlib import suppress
from socket import SHUT_RDWR

log = logging.getLogger(__name__)

DEFAULT_PORT = 9100


class PrinterLink:
    def __init__(self, host, port=DEFAULT_PORT, timeout=5.0):
        self.host = host
        self.port = port
        self._sock = socket.create_connection((host, port), timeout=timeout)

    def send_job(self, payload: bytes) -> None:
        self._sock.sendall(payload)
        log.info("sent %d bytes to %s", len(payload), self.host)

    def close(self) -> None:
        # expect: resource-leak
        self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()


def ping(host, port=DEFAULT_PORT):
    conn = sk.create_connection((host, port), timeout=2)
    conn.sendall(b"\x10\x04\x01")
    status = conn.recv(1)
    # expect: resource-leak
    conn.shutdown(sk.SHUT_WR)
    conn.close()
    return status


def send_raw(host, data, port=DEFAULT_PORT):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((host, port))
    s.sendall(data)
    # expect: resource-leak
    s.shutdown(SHUT_RDWR)
    s.close()


async def drain_and_close(writer_sock):
    """Called from the asyncio side once the transport is detached."""
    # expect: resource-leak
    writer_sock.shutdown(socket.SHUT_RD)
    writer_sock.close()


def send_and_close(host, data, port=DEFAULT_PORT):
    s = socket.create_connection((host, port), timeout=3)
    try:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
    finally:
        s.close()


def hang_up(sock):
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def query(host, message, port=DEFAULT_PORT):
    with socket.create_connection((host, port), timeout=3) as conn:
        conn.sendall(message)
        return conn.recv(4096)
