"""Wrappers around shell tools used by the ops pages."""
import shlex
import subprocess


def ping(host: str) -> str:
    # expect: command-injection
    result = subprocess.run(f"ping -c 1 -W 2 {host}", shell=True, capture_output=True, text=True)
    return result.stdout


def ping_safe(host: str) -> str:
    result = subprocess.run(["ping", "-c", "1", "-W", "2", host], capture_output=True, text=True)
    return result.stdout


def dig(name: str, record_type: str = "A") -> str:
    cmd = "dig +short %s %s" % (shlex.quote(name), shlex.quote(record_type))
    return subprocess.check_output(cmd, shell=True, text=True)


def uptime() -> str:
    return subprocess.check_output("uptime", shell=True, text=True)
