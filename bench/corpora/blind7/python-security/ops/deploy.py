#!/usr/bin/env python3
"""Deploy helper used by the release pipeline."""
import argparse
import os
import shlex
import subprocess
import sys

SERVICES = ("api", "worker", "scheduler")


def run(cmd: list[str]) -> None:
    print("+", " ".join(shlex.quote(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True)


def build_image(service: str, tag: str) -> None:
    run(["docker", "build", "-t", f"registry.internal/{service}:{tag}", f"services/{service}"])


def push_image(service: str, tag: str) -> None:
    # expect: command-injection
    subprocess.call(f"docker push registry.internal/{service}:{tag}", shell=True)


def restart(host: str, service: str) -> None:
    remote = f"sudo systemctl restart {shlex.quote(service)}"
    run(["ssh", host, remote])


def tail_logs(host, service, lines):
    # expect: command-injection
    os.system("ssh %s journalctl -u %s -n %s" % (host, service, lines))


def git_sha() -> str:
    return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()


def changelog(since):
    # expect: command-injection
    out = os.popen("git log --oneline " + since + "..HEAD").read()
    return out.splitlines()


def clean_workspace():
    subprocess.run("rm -rf build/ dist/ *.egg-info", shell=True, check=False)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("service", choices=SERVICES)
    parser.add_argument("--tag", default=None)
    parser.add_argument("--host", action="append", default=[])
    args = parser.parse_args(argv)
    tag = args.tag or git_sha()
    build_image(args.service, tag)
    push_image(args.service, tag)
    for host in args.host:
        restart(host, args.service)
    return 0


if __name__ == "__main__":
    sys.exit(main())
