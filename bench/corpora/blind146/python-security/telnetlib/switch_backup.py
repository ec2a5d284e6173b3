"""Nightly configuration backup of the access switches."""
import datetime
import getpass
import logging
import os
import telnetlib

import paramiko

log = logging.getLogger("switch_backup")

BACKUP_DIR = os.environ.get("BACKUP_DIR", "/srv/backups/switches")
TIMEOUT = 10


def backup_via_telnet(host, user, password):
    # expect: cleartext-transport
    tn = telnetlib.Telnet(host, 23, TIMEOUT)
    tn.read_until(b"Username: ", TIMEOUT)
    tn.write(user.encode("ascii") + b"\n")
    tn.read_until(b"Password: ", TIMEOUT)
    tn.write(password.encode("ascii") + b"\n")
    tn.write(b"terminal length 0\nshow running-config\nexit\n")
    config = tn.read_all().decode("ascii", "replace")
    _store(host, config)


def reboot_via_telnet(host, user, password):
    # expect: cleartext-transport
    with telnetlib.Telnet(host, timeout=TIMEOUT) as tn:
        tn.read_until(b"login: ")
        tn.write(f"{user}\n{password}\nreload\ny\n".encode())


def push_vlan(host, user, password, enable_secret, vlan_id):
    # expect: cleartext-transport
    tn = telnetlib.Telnet(host, 23, TIMEOUT)
    tn.read_until(b"Username: ", TIMEOUT)
    tn.write(f"{user}\n{password}\nenable\n{enable_secret}\n".encode())
    tn.write(f"configure terminal\nvlan {int(vlan_id)}\nend\nwrite memory\nexit\n".encode())
    return tn.read_all()


def backup_via_ssh(host, user, key_file):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=user, key_filename=key_file, timeout=TIMEOUT)
    _, stdout, _ = client.exec_command("show running-config")
    _store(host, stdout.read().decode())
    client.close()


def _store(host, config):
    stamp = datetime.date.today().isoformat()
    path = os.path.join(BACKUP_DIR, f"{host}-{stamp}.cfg")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(config)
    log.info("stored %s (%d bytes)", path, len(config))


if __name__ == "__main__":
    backup_via_ssh("sw-core-1", getpass.getuser(), os.path.expanduser("~/.ssh/id_ed25519"))
