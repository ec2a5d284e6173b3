# library: os (exec* family)
"""Re-exec helpers used by the supervisor after an upgrade."""
import os
import shlex
import sys

PYTHON = sys.executable


def restart_worker(worker_args):
    os.execv(PYTHON, [PYTHON, "-m", "worker", *worker_args])


def run_hook(hook_line):
    # expect: command-injection
    os.execl("/bin/sh", "sh", "-c", hook_line)


def run_user_script(script_name, target):
    # expect: command-injection
    os.execlp("bash", "bash", "-c", f"./hooks/{script_name} {target}")


def run_quoted_hook(script_name, target):
    os.execlp("bash", "bash", "-c", "./hooks/deploy.sh " + shlex.quote(target))


def replace_with_env(env):
    os.execve("/usr/bin/env", ["env", "python3", "-m", "worker"], env)


def spawn_fixed():
    os.execvp("uptime", ["uptime"])
