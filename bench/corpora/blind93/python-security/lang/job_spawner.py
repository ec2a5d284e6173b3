"""Spawns helper processes for the batch importer (CLI, run from cron)."""
import argparse
import getopt
import os
import sys

PAGER = os.environ.get("PAGER", "less")


def show_report(path):
    # expect: command-injection
    os.spawnlp(os.P_WAIT, PAGER, PAGER, path)


def run_post_hook(hook_cmd):
    # expect: command-injection
    return os.spawnl(os.P_WAIT, "/bin/bash", "bash", "-c", hook_cmd)


def open_in_editor(path):
    editor = os.getenv("VISUAL") or os.getenv("EDITOR", "vi")
    # expect: command-injection
    os.spawnvp(os.P_WAIT, editor, [editor, path])


def convert(tool, src, dst):
    return os.spawnv(os.P_WAIT, "/usr/bin/iconv", ["iconv", "-f", "latin1", "-t", "utf-8", "-o", dst, src])


def compress(path):
    return os.spawnlp(os.P_NOWAIT, "gzip", "gzip", "-9", path)


def main(argv):
    opts, rest = getopt.getopt(argv[1:], "h:", ["hook="])
    parser = argparse.ArgumentParser()
    parser.add_argument("--viewer")
    ns, _ = parser.parse_known_args(rest)
    for opt, val in opts:
        if opt in ("-h", "--hook"):
            run_post_hook(val)
    if ns.viewer:
        # expect: command-injection
        os.spawnlp(os.P_WAIT, ns.viewer, ns.viewer, "/var/reports/latest.txt")
    compress("/var/reports/latest.txt")


if __name__ == "__main__":
    main(sys.argv)
