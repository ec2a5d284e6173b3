"""Command-line launcher for the desktop sync tool: opens the editor, runs hooks."""
import argparse
import getopt
import optparse
import os
import sys


def open_editor(path):
    editor = os.environ.get("EDITOR", "vi")
    # expect: command-injection
    return os.spawnlp(os.P_WAIT, editor, editor, path)


def run_hook_from_args():
    parser = argparse.ArgumentParser(prog="sync")
    parser.add_argument("--post-sync-hook", default="")
    parser.add_argument("folder")
    args = parser.parse_args()
    if args.post_sync_hook:
        # expect: command-injection
        os.spawnvp(os.P_WAIT, "sh", ["sh", "-c", args.post_sync_hook])
    return args.folder


def legacy_main():
    parser = optparse.OptionParser(usage="%prog [options] folder")
    parser.add_option("-x", "--exec", dest="command")
    options, rest = parser.parse_args()
    if options.command:
        # expect: command-injection
        os.spawnl(os.P_NOWAIT, "/bin/bash", "bash", "-c", options.command)


def run_target():
    target = sys.argv[1]
    # expect: command-injection
    pid = os.posix_spawnp(target, [target] + sys.argv[2:], dict(os.environ))
    return os.waitpid(pid, 0)


def notify_cli(argv):
    opts, rest = getopt.getopt(argv, "n:", ["notifier="])
    for opt, val in opts:
        if opt in ("-n", "--notifier"):
            # expect: command-injection
            os.spawnv(os.P_NOWAIT, val, [val, "--title", "sync finished"])


def status():
    return os.spawnlp(os.P_WAIT, "git", "git", "status", "--short")


def mirror(src, dst):
    return os.spawnv(os.P_WAIT, "/usr/bin/rsync", ["rsync", "-a", "--delete", "--", src, dst])


if __name__ == "__main__":
    run_hook_from_args()
