"""Deploys builds to app hosts over SSH (paramiko)."""
import os
import shlex

import paramiko

KNOWN_HOSTS = os.path.expanduser("~/.ssh/known_hosts")
DEPLOY_KEY = os.path.expanduser("~/.ssh/deploy_ed25519")
RELEASES = "/srv/app/releases"


def connect(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename=DEPLOY_KEY, timeout=15)
    return client


def connect_any(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    # expect: ssh-host-key
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy", key_filename=DEPLOY_KEY, timeout=15)
    return client


def connect_lab(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    # expect: ssh-host-key
    client.set_missing_host_key_policy(paramiko.WarningPolicy)
    client.connect(host, username="lab", password=os.environ["LAB_PASSWORD"])
    return client


def list_releases(client: paramiko.SSHClient) -> list[str]:
    _, stdout, _ = client.exec_command(f"ls -1 {RELEASES}")
    return stdout.read().decode().split()


def activate(client: paramiko.SSHClient, release: str) -> None:
    # expect: command-injection
    client.exec_command(f"ln -sfn {RELEASES}/{release} /srv/app/current && systemctl restart app")


def activate_quoted(client: paramiko.SSHClient, release: str) -> None:
    target = shlex.quote(f"{RELEASES}/{release}")
    client.exec_command(f"ln -sfn {target} /srv/app/current && sudo systemctl restart app")


def tail_log(client: paramiko.SSHClient, service: str, lines: str) -> str:
    # expect: command-injection
    _, stdout, _ = client.exec_command("journalctl -u " + service + " -n " + lines)
    return stdout.read().decode()


def tail_log_checked(client: paramiko.SSHClient, service: str, lines: int) -> str:
    if service not in {"app", "worker", "nginx"}:
        raise ValueError(service)
    _, stdout, _ = client.exec_command(f"journalctl -u {service} -n {int(lines)}")
    return stdout.read().decode()
