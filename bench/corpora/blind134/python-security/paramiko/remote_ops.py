"""Runs maintenance commands on the edge nodes over SSH."""
import shlex

import paramiko


def connect(host):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    return client


def tail_log(host, service, lines):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    # expect: command-injection
    _, stdout, _ = client.exec_command(f"journalctl -u {service} -n {lines}")
    return stdout.read().decode()


def restart(host, unit):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    # expect: command-injection
    client.exec_command("sudo systemctl restart " + unit)
    client.close()


def disk_usage(host, path):
    ssh = paramiko.client.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    cmd = "du -sh %s" % path
    # expect: command-injection
    _, out, _ = ssh.exec_command(cmd)
    return out.read().decode().split()[0]


def uptime(host):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    _, stdout, _ = client.exec_command("uptime -p")
    return stdout.read().decode().strip()


def tail_log_safe(host, service):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    _, stdout, _ = client.exec_command("journalctl -n 100 -u " + shlex.quote(service))
    return stdout.read().decode()
