# library: paramiko
"""Nightly backup pull over SSH."""
import os

import paramiko

KNOWN_HOSTS = os.path.expanduser("~/.ssh/known_hosts")


def connect_trusted(host, user, key_path):
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_path, timeout=10)
    return client


def connect_any(host, user, key_path):
    client = paramiko.SSHClient()
    # expect: tls-verify-off
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_path, timeout=10)
    return client


def connect_warn(host, user, password):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # expect: tls-verify-off
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(host, username=user, password=password, timeout=10)
    return client


def open_sftp(host, user):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # expect: tls-verify-off
    client.set_missing_host_key_policy(paramiko.client.AutoAddPolicy)
    client.connect(host, username=user, timeout=10)
    return client.open_sftp()


def pull(sftp, remote, local):
    sftp.get(remote, local)
    os.chmod(local, 0o600)
