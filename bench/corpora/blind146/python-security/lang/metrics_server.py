"""Minimal TCP metrics exporter and control socket for the worker pool."""
import logging
import os
import socket
import threading

log = logging.getLogger("metrics")

HOST = os.environ.get("METRICS_HOST", "127.0.0.1")
PORT = int(os.environ.get("METRICS_PORT", "9200"))


def _serve(sock, handler):
    while True:
        conn, addr = sock.accept()
        threading.Thread(target=handler, args=(conn, addr), daemon=True).start()


def metrics_handler(conn, addr):
    with conn:
        conn.sendall(b"workers_busy 3\nworkers_idle 5\n")


def control_handler(conn, addr):
    with conn:
        cmd = conn.recv(64).strip()
        log.info("control %r from %s", cmd, addr)


def start_metrics():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, PORT))
    sock.listen(16)
    return sock


def start_control():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("0.0.0.0", 9300))
    sock.listen(4)
    return sock


def start_debug():
    sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("::", 9301))
    sock.listen(1)
    return sock


def start_heartbeat():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    # expect: bind-all
    sock.bind(("", 9302))
    return sock


def start_local_admin():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("localhost", 9303))
    sock.listen(1)
    return sock


if __name__ == "__main__":
    threading.Thread(target=_serve, args=(start_metrics(), metrics_handler), daemon=True).start()
    _serve(start_control(), control_handler)
