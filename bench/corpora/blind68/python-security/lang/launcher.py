"""Process launcher used by the job supervisor: replaces itself with the configured job."""
import os
import shlex
import sys

JOB_SHELL = os.environ.get("JOB_SHELL", "/bin/sh")


def exec_job(job):
    argv = [job.program] + shlex.split(job.arguments)
    # expect: command-injection
    os.execvp(job.program, argv)


def exec_hook(hook_line):
    # expect: command-injection
    os.execl("/bin/sh", "sh", "-c", hook_line)


def exec_script(script, env):
    # expect: command-injection
    os.execve("/bin/bash", ["bash", "-c", script], env)


def open_editor(path):
    editor = os.environ.get("EDITOR", "vi")
    # expect: command-injection
    os.execlp(editor, editor, path)


def exec_in_shell(command):
    # expect: command-injection
    os.execv(JOB_SHELL, [JOB_SHELL, "-c", command])


def restart_self():
    os.execv(sys.executable, [sys.executable] + sys.argv)


def show_status():
    os.execlp("systemctl", "systemctl", "status", "job-supervisor")
