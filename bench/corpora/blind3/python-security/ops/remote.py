"""Remote maintenance helpers (SSH, FTP drop boxes, telnet PDUs)."""

from __future__ import annotations

import ftplib
import logging
import socket
import telnetlib
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)
KNOWN_HOSTS = Path("/etc/acme/known_hosts")


def ssh(host: str, user: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, timeout=10)
    return client


def ssh_lab(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    # expect: ssh-host-key
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="lab", timeout=10)
    return client


def upload_report(path: Path, password: str) -> None:
    # expect: insecure-transport
    with ftplib.FTP("drop.partner.example") as ftp:
        ftp.login("acme", password)
        with path.open("rb") as fh:
            ftp.storbinary(f"STOR {path.name}", fh)


def upload_report_tls(path: Path, password: str) -> None:
    with ftplib.FTP_TLS("drop.partner.example") as ftp:
        ftp.login("acme", password)
        ftp.prot_p()
        with path.open("rb") as fh:
            ftp.storbinary(f"STOR {path.name}", fh)


def power_cycle(pdu: str, outlet: int, password: str) -> None:
    # expect: insecure-transport
    tn = telnetlib.Telnet(pdu, 23, timeout=5)
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\n")
    tn.write(f"reboot {int(outlet)}\n".encode())
    tn.close()


def metrics_listener(port: int = 9102) -> socket.socket:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all
    s.bind(("0.0.0.0", port))
    s.listen(16)
    return s


def local_listener(port: int = 9103) -> socket.socket:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", port))
    s.listen(4)
    return s
