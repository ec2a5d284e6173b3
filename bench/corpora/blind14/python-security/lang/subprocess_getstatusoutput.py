# library: subprocess (getstatusoutput / getoutput)
"""Host probes for the status dashboard."""
import ipaddress
import subprocess


def ping(host):
    # expect: command-injection
    status, output = subprocess.getstatusoutput(f"ping -c 1 {host}")
    return status == 0, output


def ping_checked(host):
    addr = ipaddress.ip_address(host)
    status, output = subprocess.getstatusoutput(f"ping -c 1 {addr}")
    return status == 0, output


def service_state(unit):
    # expect: command-injection
    return subprocess.getoutput("systemctl is-active " + unit).strip()


def service_state_safe(unit):
    proc = subprocess.run(["systemctl", "is-active", unit], capture_output=True, text=True)
    return proc.stdout.strip()


def kernel():
    return subprocess.getoutput("uname -r").strip()
