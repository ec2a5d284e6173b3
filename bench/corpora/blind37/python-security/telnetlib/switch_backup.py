"""Nightly config backup from the access switches."""
import telnetlib
from telnetlib import Telnet as TelnetClient

import paramiko

SWITCHES = ["10.20.0.11", "10.20.0.12"]
PROMPT = b"#"


def backup_switch(host, user, password):
    # expect: insecure-transport
    tn = telnetlib.Telnet(host, 23, timeout=10)
    tn.read_until(b"Username: ")
    tn.write(user.encode() + b"\n")
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\n")
    tn.write(b"show running-config\n")
    output = tn.read_until(PROMPT, timeout=30)
    tn.close()
    return output


def reboot(host, creds):
    # expect: insecure-transport
    with telnetlib.Telnet(host) as session:
        session.write(creds["user"].encode() + b"\n")
        session.write(creds["password"].encode() + b"\n")
        session.write(b"reload\n")


class ConsoleServer:
    def __init__(self, address, port):
        self.address = address
        self.port = port
        # expect: insecure-transport
        self.link = TelnetClient()

    def attach(self):
        self.link.open(self.address, self.port, timeout=5)
        return self.link.read_very_eager()


def sessions_for_all():
    # expect: insecure-transport
    return {host: telnetlib.Telnet(host=host, port=23) for host in SWITCHES}


def backup_switch_ssh(host, user, key_file):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_file)
    _, stdout, _ = client.exec_command("show running-config")
    config = stdout.read()
    client.close()
    return config


DEVICE_DEFAULTS = {"protocol": "ssh", "telnet_fallback": False}
