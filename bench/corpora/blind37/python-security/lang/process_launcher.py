"""Replaces the supervisor stub with the configured worker process."""
import json
import os
import sys
from os import execvpe as replace_process

CONFIG_PATH = "/etc/launcher/worker.json"


def load_config():
    with open(CONFIG_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def exec_worker():
    cfg = load_config()
    # expect: command-injection
    os.execv(cfg["binary"], [cfg["binary"], *cfg.get("args", [])])


def exec_tool(message):
    tool = message["tool"]
    # expect: command-injection
    os.execlp(tool, tool, message["file"])


def exec_hook(hook_command):
    env = dict(os.environ, LAUNCHER="1")
    # expect: command-injection
    os.execve("/bin/sh", ["/bin/sh", "-c", hook_command], env)


def exec_pipeline(job):
    script = "cd %s && %s" % (job["workdir"], job["command"])
    # expect: command-injection
    os.execl("/bin/bash", "bash", "-c", script)


class Runner:
    def __init__(self, program, argv):
        self.program = program
        self.argv = argv

    def become(self):
        # expect: command-injection
        replace_process(self.program, [self.program] + self.argv, os.environ.copy())


def exec_server():
    os.execv("/usr/bin/gunicorn", ["gunicorn", "--workers", "4", "app:app"])


def exec_nginx():
    os.execlp("bash", "bash", "-c", "exec nginx -g 'daemon off;'")


def restart_self():
    os.execv(sys.executable, [sys.executable] + sys.argv)
