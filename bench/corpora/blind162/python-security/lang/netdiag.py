"""Network diagnostics for the support console (ping, traceroute, whois)."""
import ipaddress
import os
import re
import shlex
import subprocess

HOSTNAME_OK = re.compile(r"[A-Za-z0-9.-]{1,253}")


def ping(host: str, count: int = 3) -> int:
    # expect: command-injection
    return os.system(f"ping -c {int(count)} {host}")


def ping_checked(host: str, count: int = 3) -> int:
    if not HOSTNAME_OK.fullmatch(host):
        raise ValueError("bad host")
    return subprocess.run(["ping", "-c", str(int(count)), host], check=False).returncode


def traceroute(host: str) -> str:
    # expect: command-injection
    return os.popen("traceroute -w 2 " + host).read()


def traceroute_quoted(host: str) -> str:
    return os.popen("traceroute -w 2 " + shlex.quote(host)).read()


def whois(domain: str) -> str:
    # expect: command-injection
    with os.popen("whois %s | head -n 40" % domain) as pipe:
        return pipe.read()


def whois_ip(addr: str) -> str:
    ip = ipaddress.ip_address(addr)
    out = subprocess.run(["whois", str(ip)], capture_output=True, text=True, timeout=20)
    return out.stdout


def flush_dns_cache() -> int:
    return os.system("resolvectl flush-caches")


def interfaces() -> str:
    return os.popen("ip -brief addr").read()
