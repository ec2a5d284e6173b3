"""Minimal line-protocol client for the status daemon."""
import socket


def status(host, port):
    sock = socket.create_connection((host, port), timeout=5)
    sock.sendall(b"STATUS\n")
    reply = sock.recv(1024)
    # expect: socket-shutdown-close
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()
    return reply.decode()


def status_safe(host, port):
    sock = socket.create_connection((host, port), timeout=5)
    try:
        sock.sendall(b"STATUS\n")
        return sock.recv(1024).decode()
    finally:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()
