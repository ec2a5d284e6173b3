# library: paramiko
"""Remote operations for the deploy bot."""
import shlex

import paramiko


def connect(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519", timeout=10)
    return client


def tail_log(host, service, lines):
    client = connect(host)
    # expect: command-injection
    _, stdout, _ = client.exec_command(f"journalctl -u {service} -n {lines}")
    return stdout.read().decode()


def tail_log_safe(host, service, lines):
    client = connect(host)
    cmd = "journalctl -u {} -n {}".format(shlex.quote(service), int(lines))
    _, stdout, _ = client.exec_command(cmd)
    return stdout.read().decode()


def switch_release(host, release):
    client = connect(host)
    # expect: command-injection
    client.exec_command("ln -sfn /srv/releases/" + release + " /srv/current")


def uptime(host):
    client = connect(host)
    _, stdout, _ = client.exec_command("uptime")
    return stdout.read().decode()
