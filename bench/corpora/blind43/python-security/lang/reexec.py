"""Process re-exec helpers for the supervisor."""
import os
import sys
from os import execvp as replace_with


def restart_self():
    # expect: command-injection
    os.execv(sys.executable, [sys.executable] + sys.argv)


class Launcher:
    def __init__(self, program, env):
        self.program = program
        self.env = env

    def become(self, args):
        # expect: command-injection
        os.execve(self.program, [self.program, *args], self.env)


def exec_hook(hook_cmd):
    # expect: command-injection
    os.execl("/bin/sh", "sh", "-c", hook_cmd)


def exec_tool(tool, *args):
    # expect: command-injection
    replace_with(tool, [tool, *args])


def exec_shell_list(line):
    # expect: command-injection
    os.execvp("bash", ["bash", "-c", line])


def exec_fixed():
    os.execl("/usr/bin/env", "env", "-i", "/usr/sbin/nginx")


def exec_fixed_shell():
    os.execv("/bin/sh", ["/bin/sh", "-c", "exec /usr/sbin/sshd -D"])
