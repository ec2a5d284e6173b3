"""Nightly backup of network switch configs."""
import logging
import telnetlib
import time
from pathlib import Path

from .inventory import switches
from .secrets import device_password

log = logging.getLogger(__name__)
BACKUP_DIR = Path("/var/backups/switches")


def backup_legacy_switch(host):
    # the admin password and the running config cross the office network in clear text
    # expect: cleartext-transport
    tn = telnetlib.Telnet(host, 23, timeout=15)
    tn.read_until(b"Username: ")
    tn.write(b"backup\n")
    tn.read_until(b"Password: ")
    tn.write(device_password(host).encode() + b"\n")
    tn.write(b"terminal length 0\nshow running-config\nexit\n")
    config = tn.read_all().decode("ascii", errors="replace")
    (BACKUP_DIR / f"{host}.cfg").write_text(config)
    return config


def enable_mode(host, tn=None):
    # expect: cleartext-transport
    tn = tn or telnetlib.Telnet(host, timeout=15)
    tn.write(b"enable\n")
    tn.read_until(b"Password: ", timeout=5)
    tn.write(device_password(host, level="enable").encode() + b"\n")
    return tn


def emulator_console(port=5554):
    # the Android emulator console on this machine; no credentials, loopback only
    tn = telnetlib.Telnet("127.0.0.1", port, timeout=5)
    tn.read_until(b"OK", timeout=5)
    tn.write(b"power capacity 50\n")
    tn.close()


def run():
    BACKUP_DIR.mkdir(parents=True, exist_ok=True)
    for sw in switches():
        if sw.protocol != "telnet":
            continue
        try:
            backup_legacy_switch(sw.host)
        except (OSError, EOFError):
            log.exception("backup of %s failed", sw.host)
        time.sleep(1)
