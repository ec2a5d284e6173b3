"""Deploys build artefacts to the app servers over SSH."""
import paramiko


def connect(host: str, user: str, key_path: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_path, timeout=10)
    return client


def connect_lab(host: str, user: str, password: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    # expect: ssh-host-key
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, password=password, timeout=10)
    return client


def restart(client: paramiko.SSHClient, service: str) -> str:
    # expect: command-injection
    _, out, _ = client.exec_command(f"sudo systemctl restart {service}")
    return out.read().decode()


def uptime(client: paramiko.SSHClient) -> str:
    _, out, _ = client.exec_command("uptime")
    return out.read().decode()
