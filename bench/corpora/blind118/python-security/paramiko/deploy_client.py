"""SSH helpers for the release tooling: push artefacts, restart services, tail logs."""
import os

import paramiko

KNOWN_HOSTS = os.path.expanduser("~/.ssh/known_hosts")
DEPLOY_USER = os.environ.get("DEPLOY_USER", "deploy")
KEY_FILE = os.environ.get("DEPLOY_KEY", os.path.expanduser("~/.ssh/id_ed25519"))


def connect(host):
    client = paramiko.client.SSHClient()
    # expect: ssh-host-key-trust
    client.set_missing_host_key_policy(paramiko.client.AutoAddPolicy())
    client.connect(host, username=DEPLOY_USER, key_filename=KEY_FILE, timeout=15)
    return client


def connect_verified(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=DEPLOY_USER, key_filename=KEY_FILE, timeout=15)
    return client


def restart_service(host, unit):
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    # expect: ssh-host-key-trust
    ssh.set_missing_host_key_policy(paramiko.WarningPolicy())
    ssh.connect(host, username=DEPLOY_USER, key_filename=KEY_FILE, timeout=15)
    try:
        ssh.exec_command("sudo systemctl restart app-worker.service", timeout=60)
    finally:
        ssh.close()


def push_artifact(host, local_path, remote_path):
    with connect_verified(host) as client:
        sftp = client.open_sftp()
        sftp.put(local_path, remote_path)
        sftp.close()


class BastionSession:
    def __init__(self, bastion, target):
        self.bastion = paramiko.SSHClient()
        # expect: ssh-host-key-trust
        self.bastion.set_missing_host_key_policy(paramiko.AutoAddPolicy)
        self.bastion.connect(bastion, username=DEPLOY_USER, key_filename=KEY_FILE, timeout=15)
        self.target = target

    def close(self):
        self.bastion.close()
