#!/usr/bin/env python3
"""deployctl: build, push and roll out a service."""
import argparse
import os
import subprocess
import sys

import requests

REGISTRY = os.environ.get("REGISTRY", "registry.example.com")
API = os.environ.get("DEPLOY_API", "https://deploy.example.com/api")


def sh(args: list[str]) -> None:
    print("+", " ".join(args))
    subprocess.run(args, check=True)


def build(service: str, tag: str) -> None:
    sh(["docker", "build", "-t", f"{REGISTRY}/{service}:{tag}", f"services/{service}"])


def push(service: str, tag: str) -> None:
    # expect: command-injection
    subprocess.call(f"docker push {REGISTRY}/{service}:{tag}", shell=True)


def rollout(service: str, tag: str, env: str) -> None:
    payload = {"service": service, "tag": tag, "env": env}
    r = requests.post(f"{API}/rollouts", json=payload, timeout=30)
    r.raise_for_status()


def rollout_staging(service: str, tag: str) -> None:
    # expect: tls-verify-off
    r = requests.post(f"{API}/rollouts", json={"service": service, "tag": tag, "env": "staging"}, verify=False, timeout=30)
    r.raise_for_status()


def logs(service: str, since: str) -> None:
    cmd = ["kubectl", "logs", "-l", f"app={service}", f"--since={since}"]
    subprocess.run(cmd, check=False)


def exec_in_pod(service: str, command: str) -> None:
    # expect: command-injection
    os.system(f"kubectl exec deploy/{service} -- sh -c '{command}'")


def git_sha() -> str:
    return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()


def changed_files(base: str) -> list[str]:
    out = subprocess.run(["git", "diff", "--name-only", f"{base}...HEAD"], capture_output=True, text=True, check=True)
    return out.stdout.split()


def hooks(name: str) -> None:
    script = os.path.join("hooks", name + ".sh")
    if os.path.exists(script):
        subprocess.run(["bash", script], check=True)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="deployctl")
    p.add_argument("action", choices=["build", "push", "rollout", "logs", "exec"])
    p.add_argument("service")
    p.add_argument("--tag", default=None)
    p.add_argument("--env", default="staging")
    p.add_argument("--since", default="1h")
    p.add_argument("--cmd", default="")
    a = p.parse_args(argv)
    tag = a.tag or git_sha()
    if a.action == "build":
        build(a.service, tag)
    elif a.action == "push":
        push(a.service, tag)
    elif a.action == "rollout":
        rollout(a.service, tag, a.env)
    elif a.action == "logs":
        logs(a.service, a.since)
    else:
        exec_in_pod(a.service, a.cmd)
    return 0


if __name__ == "__main__":
    sys.exit(main())
