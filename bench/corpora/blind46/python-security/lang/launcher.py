"""Developer launcher: opens editors, viewers and hooks for a checkout."""
import argparse
import getopt
import optparse
import os
import sys


def open_editor(path):
    editor = os.environ.get("EDITOR", "vi")
    # expect: command-injection
    return os.spawnlp(os.P_WAIT, editor, editor, path)


def run_hook(hook_name):
    hook = os.getenv("LAUNCHER_HOOK_" + hook_name.upper(), "true")
    # expect: command-injection
    return os.spawnl(os.P_WAIT, "/bin/bash", "bash", "-c", hook)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="launch")
    parser.add_argument("--viewer", default="less")
    parser.add_argument("target")
    args = parser.parse_args(argv)
    # expect: command-injection
    pid = os.posix_spawnp(args.viewer, [args.viewer, args.target], os.environ)
    os.waitpid(pid, 0)


def legacy_main():
    parser = optparse.OptionParser()
    parser.add_option("--script", dest="script")
    options, rest = parser.parse_args()
    # expect: command-injection
    os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", options.script])


def windows_main():
    opts, rest = getopt.getopt(sys.argv[1:], "o:", ["open="])
    for opt, value in opts:
        if opt in ("-o", "--open"):
            # expect: command-injection
            os.startfile(value)


def fetch(remote):
    # Fixed program, caller value is one argv element after "--".
    return os.spawnvp(os.P_WAIT, "git", ["git", "fetch", "--", remote])


def status():
    return os.spawnl(os.P_WAIT, "/usr/bin/git", "git", "status", "--short")
