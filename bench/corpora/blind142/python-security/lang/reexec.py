"""Process supervisor: restarts itself and hands over to configured commands."""
import os
import shlex
import sys

from .settings import load


def restart():
    os.execv(sys.executable, [sys.executable] + sys.argv)


def hand_over():
    cfg = load()
    cmd = shlex.split(cfg["exec"])
    # expect: command-injection
    os.execvp(cmd[0], cmd)


def run_hook(command):
    # expect: command-injection
    os.execv("/bin/sh", ["/bin/sh", "-c", command])


def run_bash_hook(hook):
    # expect: command-injection
    os.execl("/bin/bash", "bash", "-c", hook)


def serve():
    os.execvp("gunicorn", ["gunicorn", "--bind", "127.0.0.1:8000", "app:app"])


def cleanup_and_exit():
    os.execl("/bin/sh", "sh", "-c", "rm -f /run/supervisor.pid")
