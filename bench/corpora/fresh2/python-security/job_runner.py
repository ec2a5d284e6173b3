"""Runs maintenance jobs received from the queue."""
import os
import pty
import shlex
import subprocess as sp
import sys
from os import execvp as replace_process

TOOLS = {"vacuum": "/usr/local/bin/db-vacuum", "rotate": "/usr/sbin/logrotate"}


def run_job(job):
    program = job["program"]
    args = job.get("args", [])
    # expect: command-injection
    return os.spawnvp(os.P_WAIT, program, [program, *args])


def run_known_job(job):
    tool = TOOLS[job["name"]]
    return os.spawnv(os.P_WAIT, tool, [tool, "--quiet"])


def run_shell_line(job):
    # expect: command-injection
    os.spawnlp(os.P_NOWAIT, "sh", "sh", "-c", job["line"])


def hand_over(job):
    # expect: command-injection
    replace_process(job["cmd"], [job["cmd"]] + job["argv"])


def reexec_self():
    os.execv(sys.executable, [sys.executable] + sys.argv)


def spawn_posix(job):
    env = dict(os.environ)
    env.update(job.get("env", {}))
    # expect: command-injection
    pid = os.posix_spawn(job["path"], [job["path"]], env)
    return os.waitpid(pid, 0)


def spawn_fixed():
    pid = os.posix_spawnp("uptime", ["uptime"], os.environ)
    return os.waitpid(pid, 0)


def attach_terminal(job):
    # expect: command-injection
    pty.spawn(["/bin/bash", "-c", job["script"]])


def attach_fixed():
    pty.spawn("/bin/bash")


def run_with_env(job):
    # expect: command-injection
    return sp.run(["make", "deploy"], env={"PATH": job["path"], "LD_PRELOAD": job.get("preload", "")}, check=True)


def run_quoted(job):
    return sp.run("git log --oneline " + shlex.quote(job["ref"]), shell=True, check=True, capture_output=True)


def exec_env(job):
    # expect: command-injection
    os.execlpe("python3", "python3", job["script"], {"PYTHONPATH": "/srv/app"})
