#!/usr/bin/env python3
"""deployctl: small CLI the on-call uses to restart and inspect services."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess as sp
import sys
from os import system as run

SERVICES = {"api", "worker", "scheduler"}


def restart(service: str) -> int:
    if service not in SERVICES:
        raise SystemExit(f"unknown service {service!r}; choose from {sorted(SERVICES)}")
    return sp.call(["systemctl", "restart", f"acme-{service}"])


def logs(service: str, grep: str) -> int:
    # expect: command-injection
    return sp.call(f"journalctl -u acme-{service} | grep {grep}", shell=True)


def logs_quoted(service: str, grep: str) -> int:
    cmd = f"journalctl -u acme-{shlex.quote(service)} | grep -- {shlex.quote(grep)}"
    return sp.call(cmd, shell=True)


def disk_usage(path: str) -> None:
    # expect: command-injection
    run("du -sh " + path)


def uptime() -> str:
    return sp.check_output("uptime", shell=True, text=True)


def exec_hook(hook: str, env_extra: list[str]) -> int:
    env = dict(os.environ)
    env.update(kv.split("=", 1) for kv in env_extra)
    # expect: command-injection
    return sp.run(hook, shell=True, env=env).returncode


def tail(service: str, lines: int) -> int:
    return sp.run(["journalctl", "-u", f"acme-{service}", "-n", str(int(lines))], check=False).returncode


def replace_process(tool: str, args: list[str]) -> None:
    # expect: command-injection
    os.execvp(tool, [tool, *args])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="deployctl")
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("restart"); r.add_argument("service")
    lg = sub.add_parser("logs"); lg.add_argument("service"); lg.add_argument("grep")
    du = sub.add_parser("du"); du.add_argument("path")
    hk = sub.add_parser("hook"); hk.add_argument("hook"); hk.add_argument("--env", action="append", default=[])
    ex = sub.add_parser("exec"); ex.add_argument("tool"); ex.add_argument("args", nargs="*")
    a = p.parse_args(argv)
    if a.cmd == "restart":
        return restart(a.service)
    if a.cmd == "logs":
        return logs(a.service, a.grep)
    if a.cmd == "du":
        disk_usage(a.path)
        return 0
    if a.cmd == "hook":
        return exec_hook(a.hook, a.env)
    replace_process(a.tool, a.args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
