"""Starts helper programs for the print and preview services."""
import os
import sys


def print_file(printer, path):
    # expect: command-injection
    return os.spawnlp(os.P_WAIT, "lp", "lp", "-d", printer, path)


def preview(path):
    # expect: command-injection
    os.startfile(path)


def convert(cmdline):
    # expect: command-injection
    os.spawnv(os.P_NOWAIT, "/bin/sh", ["sh", "-c", cmdline])


def run_hook(hook):
    # expect: command-injection
    pid = os.posix_spawn(hook, [hook, "--quiet"], dict(os.environ))
    return os.waitpid(pid, 0)


def thumbnail(src, dst):
    shell = "/bin/bash"
    # expect: command-injection
    os.spawnl(os.P_WAIT, shell, "bash", "-c", f"convert {src} -resize 200x200 {dst}")


def list_printers():
    return os.spawnlp(os.P_WAIT, "lpstat", "lpstat", "-p")


def restart_spooler():
    return os.spawnv(os.P_WAIT, "/usr/sbin/cupsctl", ["cupsctl", "--no-remote-any"])


if __name__ == "__main__":
    print_file("office", sys.argv[1])
