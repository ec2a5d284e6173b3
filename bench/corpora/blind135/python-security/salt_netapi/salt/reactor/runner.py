"""Reactor: maps hook tags to actions and runs them."""
import subprocess

from salt.reactor.queue import REACTOR_QUEUE


def _deploy(data):
    branch = data["post"].get("branch")
    if not branch:
        branch = "master"
    # expect: command-injection
    subprocess.run("cd /srv/salt && git fetch origin && git checkout %s" % branch, shell=True, check=False)


def _restart(data):
    service = data["post"].get("service", "")
    if service in ("nginx", "salt-minion"):
        subprocess.run(["systemctl", "restart", service], check=False)


HANDLERS = {"salt/netapi/hook/deploy": _deploy, "salt/netapi/hook/restart": _restart}


def run_once():
    event = REACTOR_QUEUE.get()
    handler = HANDLERS.get(event["tag"])
    if handler is not None:
        handler(event["data"])
