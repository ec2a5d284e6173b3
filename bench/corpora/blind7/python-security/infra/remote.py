import logging
import socket
import ssl

import paramiko

log = logging.getLogger(__name__)


def ssh_client(host: str, user: str, key_path: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_path, timeout=10)
    return client


def ssh_client_lab(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    # expect: ssh-host-key-unverified
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    # expect: hardcoded-password
    client.connect(host, username="root", password="labroot123")
    return client


def run_remote(client: paramiko.SSHClient, service: str) -> str:
    # expect: command-injection
    _, stdout, _ = client.exec_command("systemctl status " + service)
    return stdout.read().decode()


def legacy_tls_socket(host: str, port: int) -> ssl.SSLSocket:
    # expect: weak-tls-version
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def tls_socket(host: str, port: int) -> ssl.SSLSocket:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def metrics_listener(port: int = 9100) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all-interfaces
    sock.bind(("0.0.0.0", port))
    sock.listen(16)
    return sock
