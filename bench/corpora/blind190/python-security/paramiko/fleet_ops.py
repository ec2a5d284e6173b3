"""Fleet operations for the kiosk network: run maintenance commands over SSH.

Called from the ops dashboard; `service` and `pattern` come from its forms.
"""
import shlex

import paramiko

KNOWN_SERVICES = {"kiosk-ui", "printer-agent", "nginx"}


def _client(host):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519", timeout=10)
    return client


def restart_service(host, service):
    client = _client(host)
    try:
        # expect: command-injection
        _, stdout, stderr = client.exec_command(f"sudo systemctl restart {service}")
        return stdout.channel.recv_exit_status(), stderr.read().decode()
    finally:
        client.close()


def restart_known_service(host, service):
    if service not in KNOWN_SERVICES:
        raise ValueError(f"unknown service {service!r}")
    client = _client(host)
    try:
        _, stdout, _ = client.exec_command("sudo systemctl restart " + shlex.quote(service))
        return stdout.channel.recv_exit_status()
    finally:
        client.close()


def grep_logs(host, pattern):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519", timeout=10)
    try:
        # expect: command-injection
        _, stdout, _ = client.exec_command("journalctl -u kiosk-ui --since today | grep " + pattern)
        return stdout.read().decode()
    finally:
        client.close()


def disk_usage(host):
    client = _client(host)
    try:
        _, stdout, _ = client.exec_command("df -h /", timeout=15)
        return stdout.read().decode()
    finally:
        client.close()
