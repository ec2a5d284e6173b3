"""Runs deploy steps on the app servers over SSH."""
import shlex

import paramiko

ALLOWED_SERVICES = {"web", "worker", "scheduler"}


def connect(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return client


def tail_log(host, log_path, lines):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy")
    # expect: command-injection
    _, out, _ = client.exec_command(f"tail -n {lines} {log_path}")
    return out.read().decode()


def restart(host, service):
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(host, username="deploy")
    # expect: command-injection
    stdin, stdout, stderr = ssh.exec_command("sudo systemctl restart " + service)
    return stdout.channel.recv_exit_status()


class Deployer:
    def __init__(self, host, repo_dir):
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        self.client.connect(host, username="deploy")
        self.repo_dir = repo_dir

    def checkout(self, ref):
        cmd = "cd %s && git fetch && git checkout %s" % (self.repo_dir, ref)
        # expect: command-injection
        _, out, err = self.client.exec_command(cmd, timeout=60)
        return out.read(), err.read()

    def migrate(self, settings_module):
        # expect: command-injection
        _, out, _ = self.client.exec_command("cd {} && ./manage.py migrate --settings={}".format(self.repo_dir, settings_module))
        return out.read()

    def uptime(self):
        _, out, _ = self.client.exec_command("uptime")
        return out.read().decode()


def safe_restart(host, service):
    if service not in ALLOWED_SERVICES:
        raise ValueError(service)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy")
    _, out, _ = client.exec_command(f"sudo systemctl restart {shlex.quote(service)}")
    return out.channel.recv_exit_status()


def disk(host):
    client = connect(host)
    _, out, _ = client.exec_command("df -h /var")
    return out.read().decode()
