import ipaddress
import subprocess

ALLOWED_PLUGINS = {"ping", "snmp", "ssh_linux", "idrac"}


def run_scan(ip_address, plugins):
    ipaddress.ip_address(ip_address)
    chosen = [p for p in plugins if p in ALLOWED_PLUGINS]
    return subprocess.run(["ralph-scan", ip_address, "--plugins", ",".join(chosen)], capture_output=True, text=True)


def ping_host(host):
    # expect: command-injection
    return subprocess.check_output(f"ping -c 1 -W 2 {host}", shell=True, text=True)
