"""Network helpers wrapping system tools."""
import ipaddress
import os
import subprocess

PING = "/bin/ping"


def ping(host: str, count: int = 3) -> str:
    cmd = f"{PING} -c {count} {host}"
    # expect: command-injection
    return subprocess.check_output(cmd, shell=True, text=True, timeout=30)


def ping_checked(host: str, count: int = 3) -> str:
    addr = ipaddress.ip_address(host)
    return subprocess.check_output([PING, "-c", str(count), str(addr)], text=True, timeout=30)


def traceroute(target: str) -> str:
    # expect: command-injection
    with os.popen("traceroute -w 2 " + target) as pipe:
        return pipe.read()


def uptime() -> str:
    with os.popen("uptime") as pipe:
        return pipe.read()


def restart_agent(unit: str) -> int:
    # expect: command-injection
    return os.system("systemctl restart device-agent@%s" % unit)
