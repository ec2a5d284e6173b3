"""SSH helpers used by the release scripts to run commands on app servers."""
import logging
import os

import paramiko
from paramiko import WarningPolicy
from paramiko.client import AutoAddPolicy as TrustOnFirstUse
from paramiko.client import RejectPolicy, SSHClient

log = logging.getLogger(__name__)
KNOWN_HOSTS = os.path.expanduser("~/.ssh/known_hosts")


def run_remote(host, command, user="deploy"):
    client = paramiko.SSHClient()
    # expect: unverified-host-key
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, timeout=10)
    try:
        _, stdout, _ = client.exec_command(command)
        return stdout.read().decode()
    finally:
        client.close()


class Fleet:
    def __init__(self, hosts, key_file):
        self.hosts = hosts
        self.key_file = key_file

    def _connect(self, host):
        ssh = SSHClient()
        ssh.load_system_host_keys()
        # expect: unverified-host-key
        ssh.set_missing_host_key_policy(WarningPolicy())
        ssh.connect(host, key_filename=self.key_file)
        return ssh

    def _connect_bastion(self, host):
        ssh = paramiko.client.SSHClient()
        ssh.set_missing_host_key_policy(
            # expect: unverified-host-key
            TrustOnFirstUse()
        )
        ssh.connect(host, username="jump", key_filename=self.key_file)
        return ssh

    def uptime(self):
        for host in self.hosts:
            ssh = self._connect(host)
            _, out, _ = ssh.exec_command("uptime")
            log.info("%s: %s", host, out.read().decode().strip())
            ssh.close()


def open_sftp(host, user):
    transport_client = paramiko.SSHClient()
    # expect: unverified-host-key
    transport_client.set_missing_host_key_policy(paramiko.client.WarningPolicy)
    transport_client.connect(host, username=user)
    return transport_client.open_sftp()


def strict_client(host):
    client = SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(RejectPolicy())
    client.connect(host, username="deploy")
    return client


class PinnedKeyPolicy(paramiko.MissingHostKeyPolicy):
    def __init__(self, fingerprints):
        self.fingerprints = fingerprints

    def missing_host_key(self, client, hostname, key):
        if key.get_fingerprint().hex() not in self.fingerprints.get(hostname, ()):
            raise paramiko.SSHException(f"unknown host key for {hostname}")


def pinned_client(host, fingerprints):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(PinnedKeyPolicy(fingerprints))
    client.connect(host, username="deploy")
    return client
