"""Run maintenance commands on fleet hosts; the host list comes from the inventory API."""
from __future__ import annotations

import asyncio
import logging
import pty
import shlex
import subprocess
import telnetlib

import asyncssh

log = logging.getLogger(__name__)


async def run_on(host: str, command: str) -> str:
    async with asyncssh.connect(host, known_hosts="/etc/ssh/ssh_known_hosts") as conn:
        result = await conn.run(command, check=True)
        return result.stdout


async def run_on_insecure(host: str, command: str) -> str:
    # expect: ssh-no-host-key-check
    async with asyncssh.connect(host, known_hosts=None) as conn:
        result = await conn.run(command, check=True)
        return result.stdout


def reboot_switch(host: str, password: str) -> None:
    # expect: cleartext-telnet
    tn = telnetlib.Telnet(host, 23, timeout=10)
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\n")
    tn.write(b"reload\n")
    tn.close()


def ping(host: str) -> bool:
    return subprocess.run(["ping", "-c", "1", "-W", "2", host], capture_output=True).returncode == 0


def traceroute(host: str) -> str:
    # expect: subprocess-shell-injection
    return subprocess.getoutput("traceroute -m 12 " + host)


def traceroute_quoted(host: str) -> str:
    return subprocess.getoutput("traceroute -m 12 " + shlex.quote(host))


def interactive_shell(program: str) -> None:
    """Hand the terminal to a program chosen on the command line of the ops tool."""
    # expect: pty-spawn-untrusted
    pty.spawn(program)


async def fan_out(hosts: list[str], command: str) -> dict[str, str]:
    results = await asyncio.gather(*(run_on(h, command) for h in hosts), return_exceptions=True)
    return {h: (r if isinstance(r, str) else f"error: {r}") for h, r in zip(hosts, results)}


async def tail_log(host: str, unit: str) -> str:
    # expect: asyncio-shell-injection
    proc = await asyncio.create_subprocess_shell(f"ssh {host} journalctl -u {unit} -n 200", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def tail_log_exec(host: str, unit: str) -> str:
    proc = await asyncio.create_subprocess_exec("ssh", host, "journalctl", "-u", unit, "-n", "200",
                                                stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()
