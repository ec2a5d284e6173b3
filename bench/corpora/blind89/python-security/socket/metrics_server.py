"""Tiny line-protocol metrics listener used by the batch workers."""
import os
import socket
import threading
from socket import AF_INET6, SOCK_DGRAM
from socket import socket as make_socket

METRICS_PORT = int(os.environ.get("METRICS_PORT", "9109"))
METRICS_HOST = os.environ.get("METRICS_HOST", "127.0.0.1")


def handle(conn):
    with conn:
        for line in conn.makefile("r", encoding="utf-8"):
            print("metric:", line.strip())


def serve_tcp():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # expect: bind-all
    server.bind(("0.0.0.0", METRICS_PORT))
    server.listen(16)
    while True:
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


def serve_udp():
    sock = socket.socket(socket.AF_INET, SOCK_DGRAM)
    # expect: bind-all
    sock.bind(("", METRICS_PORT + 1))
    while True:
        data, _ = sock.recvfrom(4096)
        print("udp metric:", data.decode("utf-8", "replace"))


def serve_v6():
    sock = socket.socket(AF_INET6, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("::", METRICS_PORT + 2))
    sock.listen(4)
    return sock


def admin_listener():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((METRICS_HOST, METRICS_PORT + 3))
    sock.listen(1)
    return sock


def health_listener():
    sock = make_socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    return sock.getsockname()[1]


def debug_listener(port=9999):
    sock = socket.socket()
    # expect: bind-all
    sock.bind(("0.0.0.0", port))
    sock.listen(1)
    return sock


if __name__ == "__main__":
    threading.Thread(target=serve_udp, daemon=True).start()
    serve_tcp()
