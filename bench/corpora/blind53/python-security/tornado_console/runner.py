"""Runs diagnostics for the ops console."""
import shlex
import subprocess

import pexpect

DIAGNOSTICS = {
    "disk": ["df", "-h"],
    "memory": ["free", "-m"],
    "load": ["uptime"],
}


def run_diagnostic(name: str) -> str:
    argv = DIAGNOSTICS.get(name)
    if argv is None:
        return "unknown diagnostic"
    return subprocess.run(argv, capture_output=True, text=True, timeout=15).stdout


def open_shell(host: str) -> pexpect.spawn:
    # expect: command-injection
    child = pexpect.spawn("ssh ops@" + host, timeout=30)
    return child


def open_shell_quoted(host: str) -> pexpect.spawn:
    return pexpect.spawn("ssh", ["ops@" + host, "--", "uptime"], timeout=30)


def grep_logs(pattern: str, unit: str) -> str:
    cmd = "journalctl -u %s --no-pager | grep -- %s" % (shlex.quote(unit), shlex.quote(pattern))
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout


def tail_logs(unit: str, lines: str) -> str:
    cmd = "journalctl -u " + unit + " -n " + lines
    # expect: command-injection
    return subprocess.getoutput(cmd)
