"""Launcher: hands the process over to the editor, a hook or the real binary."""
import argparse
import getopt
import os
import sys


def open_editor(path):
    editor = os.environ.get("EDITOR", "vi")
    # expect: command-injection
    os.execvp(editor, [editor, path])


def run_hook():
    parser = argparse.ArgumentParser(prog="relaunch")
    parser.add_argument("--hook", required=True)
    args = parser.parse_args()
    # expect: command-injection
    os.execl("/bin/sh", "sh", "-c", args.hook)


def passthrough():
    # expect: command-injection
    os.execv(sys.argv[1], sys.argv[1:])


def post_install():
    cmd = os.getenv("POST_INSTALL_CMD", "true")
    shell = "/bin/bash"
    # expect: command-injection
    os.execve(shell, [shell, "-c", cmd], {"PATH": "/usr/bin:/bin"})


def main_getopt():
    opts, rest = getopt.getopt(sys.argv[1:], "c:")
    for flag, value in opts:
        if flag == "-c":
            # expect: command-injection
            os.execlp("bash", "bash", "-c", "set -e; " + value)


def restart_self():
    os.execv(sys.executable, [sys.executable] + sys.argv)


def show_status():
    os.execlp("git", "git", "status", "--short")


if __name__ == "__main__":
    main_getopt()
