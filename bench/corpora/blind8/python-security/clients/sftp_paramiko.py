# library: paramiko
"""Pulls bank statements over SFTP."""
import os

import paramiko

HOST = "sftp.bank.example.com"


def connect() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(HOST, username="acme", key_filename=os.environ["BANK_SFTP_KEY"])
    return client


def connect_legacy() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    # expect: tls-verify-off
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    # expect: hardcoded-secret
    client.connect("sftp-old.bank.example.com", username="acme", password="Stmt#Pull2022")
    return client


def fetch_statements(day: str) -> list[str]:
    client = connect()
    try:
        sftp = client.open_sftp()
        names = [n for n in sftp.listdir("/outgoing") if n.startswith(day)]
        for name in names:
            sftp.get(f"/outgoing/{name}", os.path.join("/srv/statements", os.path.basename(name)))
        return names
    finally:
        client.close()


def archive_remote(client: paramiko.SSHClient, name: str) -> None:
    # expect: command-injection
    client.exec_command("mv /outgoing/" + name + " /outgoing/archive/")
