"""Collects facts from the fleet over SSH for the inventory page."""
import paramiko
from paramiko import AutoAddPolicy as TrustNewHosts
from paramiko.client import SSHClient

KNOWN_HOSTS = "/etc/inventory/known_hosts"


def uname(host, user="inventory"):
    client = paramiko.SSHClient()
    # expect: unverified-host-key
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename="/etc/inventory/id_ed25519")
    _, out, _ = client.exec_command("uname -a")
    return out.read().decode()


def disk_usage(host):
    ssh = SSHClient()
    ssh.load_system_host_keys()
    # expect: unverified-host-key
    ssh.set_missing_host_key_policy(paramiko.client.WarningPolicy)
    ssh.connect(host, username="inventory")
    _, out, _ = ssh.exec_command("df -h /")
    return out.read().decode()


class FleetSession:
    def __init__(self, host):
        self.client = paramiko.client.SSHClient()
        self.client.set_missing_host_key_policy(
            # expect: unverified-host-key
            TrustNewHosts()
        )
        self.client.connect(host, username="inventory", timeout=10)

    def facts(self):
        _, out, _ = self.client.exec_command("cat /etc/os-release")
        return out.read().decode()


async def memory(host):
    client = paramiko.SSHClient()
    # expect: unverified-host-key
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(host, username="inventory")
    _, out, _ = client.exec_command("free -m")
    return out.read().decode()


def strict_client():
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


class PinnedPolicy(paramiko.MissingHostKeyPolicy):
    def __init__(self, fingerprints):
        self.fingerprints = fingerprints

    def missing_host_key(self, client, hostname, key):
        if key.get_fingerprint().hex() != self.fingerprints.get(hostname):
            raise paramiko.SSHException(f"unknown host key for {hostname}")
        client.get_host_keys().add(hostname, key.get_name(), key)
