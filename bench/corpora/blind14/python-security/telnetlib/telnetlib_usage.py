# library: telnetlib / paramiko
"""Backup of switch configs in the lab network."""
import telnetlib

import paramiko


def backup_switch_telnet(host, user, password):
    # expect: insecure-transport
    tn = telnetlib.Telnet(host, 23, timeout=15)
    tn.read_until(b"Username: ")
    tn.write(user.encode() + b"\n")
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\n")
    tn.write(b"show running-config\n")
    return tn.read_all()


def backup_switch_ssh(host, user, key_file):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_file, timeout=15)
    _, stdout, _ = client.exec_command("show running-config")
    return stdout.read()


def open_console(host):
    # expect: insecure-transport
    return telnetlib.Telnet(host)
