# library: paramiko (host key policies)
"""SSH helpers for the deploy tool."""
import os

import paramiko


def connect(host):
    client = paramiko.SSHClient()
    # expect: tls-verify-off
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy", key_filename=os.path.expanduser("~/.ssh/deploy_ed25519"))
    return client


def connect_known(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(os.path.expanduser("~/.ssh/known_hosts"))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy")
    return client


def connect_bastion(host):
    client = paramiko.SSHClient()
    # expect: tls-verify-off
    client.set_missing_host_key_policy(paramiko.client.AutoAddPolicy)
    client.connect(host, username="ops")
    return client


def connect_default(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy")
    return client
