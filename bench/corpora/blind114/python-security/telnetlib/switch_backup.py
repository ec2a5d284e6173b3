"""Pulls running configs from the access switches every night."""
import getpass
import telnetlib
from telnetlib import Telnet

import paramiko

PROMPT = b"#"


def backup_config(host, username, password):
    # expect: insecure-transport
    tn = telnetlib.Telnet(host, 23, timeout=10)
    tn.read_until(b"Username: ", timeout=5)
    tn.write(username.encode("ascii") + b"\n")
    tn.read_until(b"Password: ", timeout=5)
    tn.write(password.encode("ascii") + b"\n")
    tn.write(b"terminal length 0\n")
    tn.write(b"show running-config\n")
    tn.write(b"exit\n")
    return tn.read_all().decode("ascii", "replace")


def show_version(host):
    # expect: insecure-transport
    with Telnet(host, 23, 10) as tn:
        tn.read_until(PROMPT, timeout=5)
        tn.write(b"show version\n")
        return tn.read_until(PROMPT, timeout=5).decode()


class SwitchSession:
    def __init__(self, host):
        self.host = host
        # expect: insecure-transport
        self.conn = telnetlib.Telnet()

    def open(self):
        self.conn.open(self.host, 23, timeout=10)

    def close(self):
        self.conn.close()


def backup_config_ssh(host, username):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=username, password=getpass.getpass(), timeout=10)
    _, stdout, _ = client.exec_command("show running-config")
    config = stdout.read().decode()
    client.close()
    return config
