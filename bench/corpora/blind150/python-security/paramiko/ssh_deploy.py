"""Deploys release bundles to the app servers over SSH."""
import logging
import os

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = os.path.expanduser("~/.ssh/known_hosts")
DEPLOY_USER = os.environ.get("DEPLOY_USER", "deploy")
KEY_FILE = os.environ.get("DEPLOY_KEY", os.path.expanduser("~/.ssh/id_ed25519"))


def connect(host):
    client = paramiko.SSHClient()
    # expect: ssh-host-key
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=DEPLOY_USER, key_filename=KEY_FILE, timeout=15)
    return client


def connect_bastion(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # expect: ssh-host-key
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(host, username=DEPLOY_USER, key_filename=KEY_FILE, timeout=15)
    return client


def connect_legacy(host, password):
    client = paramiko.client.SSHClient()
    # expect: ssh-host-key
    client.set_missing_host_key_policy(paramiko.client.AutoAddPolicy)
    client.connect(host, username="root", password=password, look_for_keys=False)
    return client


def connect_strict(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=DEPLOY_USER, key_filename=KEY_FILE, timeout=15)
    return client


def deploy(host, bundle_path, release):
    client = connect_strict(host)
    try:
        sftp = client.open_sftp()
        remote = f"/srv/releases/{release}.tar.gz"
        sftp.put(bundle_path, remote)
        _, stdout, stderr = client.exec_command(f"/srv/bin/activate-release {release}")
        rc = stdout.channel.recv_exit_status()
        if rc != 0:
            log.error("activation failed on %s: %s", host, stderr.read().decode())
        return rc
    finally:
        client.close()
