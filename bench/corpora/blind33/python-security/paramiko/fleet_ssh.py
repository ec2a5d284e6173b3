"""SSH helpers for the fleet inventory job."""
import os

import paramiko
from paramiko import AutoAddPolicy, SSHClient
from paramiko.client import WarningPolicy

KNOWN_HOSTS = os.path.expanduser("~/.ssh/known_hosts")


def run_inventory(host, user, key_file):
    client = paramiko.SSHClient()
    # expect: host-key-verification
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_file)
    _, stdout, _ = client.exec_command("cat /etc/os-release")
    return stdout.read().decode()


class FleetConnection:
    def __init__(self, host, user):
        self._ssh = SSHClient()
        # expect: host-key-verification
        self._ssh.set_missing_host_key_policy(AutoAddPolicy())
        self._ssh.connect(host, username=user, timeout=10)

    def close(self):
        self._ssh.close()


def probe(host, user, password):
    ssh = paramiko.client.SSHClient()
    ssh.load_system_host_keys()
    # expect: host-key-verification
    ssh.set_missing_host_key_policy(WarningPolicy())
    ssh.connect(hostname=host, username=user, password=password)
    return ssh


def bastion(host, user):
    with paramiko.SSHClient() as client:
        # expect: host-key-verification
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy)
        client.connect(host, username=user, allow_agent=True)
        return client.get_transport().getpeername()


def run_inventory_strict(host, user, key_file):
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_file)
    return client


def connect_known(host, user):
    client = SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=user)
    return client
