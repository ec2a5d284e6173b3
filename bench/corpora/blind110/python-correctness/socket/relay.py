"""A tiny TCP relay used by the integration test harness."""
import socket
import threading
from contextlib import closing, suppress


def close_quietly(sock):
    # expect: unclosed-socket
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class Relay:
    def __init__(self, upstream):
        self.upstream = upstream
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

    def handle(self, client):
        upstream = socket.create_connection(self.upstream, timeout=5)
        try:
            upstream.sendall(client.recv(65536))
            client.sendall(upstream.recv(65536))
        finally:
            # expect: unclosed-socket
            upstream.shutdown(socket.SHUT_WR)
            upstream.close()
            # expect: unclosed-socket
            client.shutdown(socket.SHUT_RDWR)
            client.close()

    def serve_one(self):
        conn, _ = self.listener.accept()
        threading.Thread(target=self.handle, args=(conn,), daemon=True).start()

    def stop(self):
        try:
            self.listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.listener.close()


def send_and_close(addr, payload):
    with closing(socket.create_connection(addr)) as s:
        s.sendall(payload)
        with suppress(OSError):
            s.shutdown(socket.SHUT_WR)


def hangup(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    finally:
        sock.close()
