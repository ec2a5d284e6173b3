# library: socket (bind addresses)
"""Listeners for the telemetry collector."""
import os
import socket


def udp_listener(port=8125):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    # expect: bind-all
    sock.bind(("0.0.0.0", port))
    return sock


def tcp_admin(port=9000):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(16)
    return sock


def tcp_any(port=9001):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("", port))
    sock.listen(16)
    return sock


def tcp_configured(port=9002):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((os.environ.get("COLLECTOR_BIND", "127.0.0.1"), port))
    sock.listen(16)
    return sock


def unix_listener(path="/run/collector.sock"):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(path)
    return sock
