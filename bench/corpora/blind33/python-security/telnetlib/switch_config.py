"""Pushes VLAN changes to the access switches of the branch offices."""
import getpass
import telnetlib
import telnetlib as tl
from telnetlib import Telnet

from netmiko import ConnectHandler

TELNET_PORT = 23
TIMEOUT = 10


def login(host, user, password):
    # expect: insecure-transport
    conn = telnetlib.Telnet(host, TELNET_PORT, TIMEOUT)
    conn.read_until(b"Username: ")
    conn.write(user.encode("ascii") + b"\n")
    conn.read_until(b"Password: ")
    conn.write(password.encode("ascii") + b"\n")
    return conn


def show_version(host, user, password):
    # expect: insecure-transport
    with Telnet(host, port=TELNET_PORT, timeout=TIMEOUT) as tn:
        tn.write(user.encode() + b"\n" + password.encode() + b"\nshow version\nexit\n")
        return tn.read_all().decode("ascii", "replace")


class SwitchSession:
    def __init__(self, host):
        self.host = host
        # expect: insecure-transport
        self.tn = tl.Telnet()

    def open(self):
        self.tn.open(self.host, TELNET_PORT, TIMEOUT)
        return self


def push_vlans(hosts, vlans):
    password = getpass.getpass()
    for host in hosts:
        # expect: insecure-transport
        conn = ConnectHandler(device_type="cisco_ios_telnet", host=host, username="netops", password=password)
        conn.send_config_set([f"vlan {v}" for v in vlans])
        conn.disconnect()


def push_vlans_ssh(hosts, vlans):
    password = getpass.getpass()
    for host in hosts:
        conn = ConnectHandler(device_type="cisco_ios", host=host, username="netops", password=password)
        conn.send_config_set([f"vlan {v}" for v in vlans])
        conn.disconnect()


def negotiate(sock, cmd, opt):
    if cmd in (telnetlib.DO, telnetlib.DONT):
        sock.sendall(telnetlib.IAC + telnetlib.WONT + opt)
