"""Nightly config backup for the lab's old access switches."""
import os
import telnetlib
from telnetlib import Telnet
import telnetlib as tn

import paramiko

SWITCHES = ["10.20.0.11", "10.20.0.12", "10.20.0.13"]
PROMPT = b"#"


def backup_switch(host, user, password):
    # expect: insecure-transport
    session = telnetlib.Telnet(host, 23, timeout=15)
    session.read_until(b"Username: ")
    session.write(user.encode() + b"\n")
    session.read_until(b"Password: ")
    session.write(password.encode() + b"\n")
    session.write(b"terminal length 0\nshow running-config\nexit\n")
    return session.read_all().decode("ascii", "replace")


def uptime(host):
    # expect: insecure-transport
    with Telnet(host, timeout=5) as conn:
        conn.write(b"show version | include uptime\n")
        return conn.read_until(PROMPT, timeout=5)


class PortBouncer:
    def __init__(self, host):
        # expect: insecure-transport
        self.conn = tn.Telnet(
            host,
            port=23,
            timeout=10,
        )

    def bounce(self, port):
        self.conn.write(f"interface {port}\nshutdown\nno shutdown\n".encode())


def backup_core(host):
    """The core switches speak SSH; this is the path new hardware takes."""
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="backup", key_filename=os.environ["BACKUP_KEY"], timeout=15)
    _, out, _ = client.exec_command("show running-config")
    return out.read().decode()


def main():
    user, password = os.environ["SWITCH_USER"], os.environ["SWITCH_PASSWORD"]
    for host in SWITCHES:
        with open(f"backups/{host}.cfg", "w") as fh:
            fh.write(backup_switch(host, user, password))
    print(backup_core("10.20.0.1"))


if __name__ == "__main__":
    main()
