"""Launcher that hands over to the configured toolchain."""
import argparse
import getopt
import os
import sys

DEFAULT_EDITOR = "/usr/bin/vi"


def open_editor(path):
    editor = os.environ.get("EDITOR", DEFAULT_EDITOR)
    # expect: command-injection
    os.execvp(editor, [editor, path])


def run_hook():
    hook = os.getenv("DEPLOY_HOOK")
    if hook:
        # expect: command-injection
        os.execv("/bin/sh", ["/bin/sh", "-c", hook])


def main():
    parser = argparse.ArgumentParser(description="toolchain launcher")
    parser.add_argument("tool")
    parser.add_argument("rest", nargs="*")
    args = parser.parse_args()
    # expect: command-injection
    os.execlp(args.tool, args.tool, *args.rest)


def legacy_main(argv=None):
    opts, rest = getopt.getopt(sys.argv[1:], "c:")
    for flag, value in opts:
        if flag == "-c":
            # expect: command-injection
            os.execl("/bin/bash", "/bin/bash", "-c", value)


def restart_self():
    os.execv(sys.executable, [sys.executable, "-m", "launcher", "--resume"])


def run_fixed_check():
    os.execl("/usr/bin/env", "/usr/bin/env", "python3", "--version")


def run_pager(path):
    os.execvp("less", ["less", "-R", path])
