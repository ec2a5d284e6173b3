"""TCP probes used by the status page."""
import socket
from contextlib import closing


def probe_http(host, port=80):
    sock = socket.create_connection((host, port), timeout=3)
    sock.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
    status = sock.recv(64)
    # expect: socket-leak
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()
    return status.split(b" ")[1]


def probe_banner(host, port):
    conn = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    conn.settimeout(3)
    conn.connect((host, port))
    banner = conn.recv(128)
    # expect: socket-leak
    conn.shutdown(socket.SHUT_WR)
    conn.close()
    return banner


def probe_smtp(host):
    s = socket.create_connection((host, 25), timeout=5)
    greeting = s.recv(256)
    s.sendall(b"QUIT\r\n")
    # expect: socket-leak
    s.shutdown(socket.SHUT_RDWR)
    s.close()
    return greeting.startswith(b"220")


def probe_safe(host, port):
    sock = socket.create_connection((host, port), timeout=3)
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


def probe_with(host, port):
    with closing(socket.create_connection((host, port), timeout=3)) as sock:
        return sock.recv(16)
