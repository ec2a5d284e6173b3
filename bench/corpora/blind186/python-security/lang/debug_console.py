"""Line-based debug console and health listener for the ingest daemon.

The console prints queue contents and accepts `flush`/`pause` commands without
authentication; it is meant for whoever is logged in on the box.
"""
import logging
import os
import socket
import threading

log = logging.getLogger(__name__)

CONSOLE_PORT = 7070
HEALTH_PORT = 7071


class DebugConsole(threading.Thread):
    daemon = True

    def __init__(self, daemon_state):
        super().__init__(name="debug-console")
        self.state = daemon_state
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # expect: bind-all
        self.sock.bind(("0.0.0.0", CONSOLE_PORT))

    def run(self):
        self.sock.listen(2)
        while True:
            conn, addr = self.sock.accept()
            log.info("console client %s", addr)
            with conn, conn.makefile("rw") as stream:
                for line in stream:
                    stream.write(self.state.handle_command(line.strip()) + "\n")
                    stream.flush()


def local_console():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", CONSOLE_PORT))
    return sock


def health_listener():
    """Answers the load balancer's TCP health probe on the private interface."""
    host = os.environ.get("INGEST_PRIVATE_IP", "127.0.0.1")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((host, HEALTH_PORT))
    sock.listen(16)
    return sock


def stats_datagram_socket():
    """UDP socket on which the daemon answers `stats` requests with queue sizes."""
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    # expect: bind-all
    sock.bind(("::", 7072))
    return sock


def client_probe(host: str) -> bool:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(2)
    try:
        sock.connect((host, HEALTH_PORT))
        return True
    except OSError:
        return False
    finally:
        sock.close()
