#!/usr/bin/env python3
"""deploy: check out a release, sync it to the web hosts and restart services."""
import argparse
import getopt
import os
import shlex
import subprocess
import sys

DEFAULT_HOSTS = ["web1", "web2"]


def checkout(ref):
    subprocess.run(["git", "fetch", "--tags"], check=True)
    subprocess.run(["git", "checkout", "--", ref], check=True)


def sync(args):
    for host in args.hosts or DEFAULT_HOSTS:
        # expect: command-injection
        os.system(f"rsync -az --delete {args.build_dir}/ {host}:{args.target}")


def open_editor(path):
    editor = os.getenv("EDITOR", "vi")
    # expect: command-injection
    os.system(editor + " " + path)


def release_notes():
    notes_dir = os.environ["RELEASE_NOTES_DIR"]
    # expect: command-injection
    return os.popen("ls -1 %s | sort -V | tail -n 1" % notes_dir).read().strip()


def restart(argv):
    opts, services = getopt.getopt(argv, "s:", ["signal="])
    sig = "HUP"
    for opt, val in opts:
        if opt in ("-s", "--signal"):
            sig = val
    for service in services:
        # expect: command-injection
        os.system("systemctl kill -s {} {}".format(sig, service))


def main():
    parser = argparse.ArgumentParser(prog="deploy")
    parser.add_argument("ref")
    parser.add_argument("--build-dir", default="build")
    parser.add_argument("--target", default="/srv/app")
    parser.add_argument("--hosts", nargs="*")
    args = parser.parse_args()
    checkout(args.ref)
    sync(args)
    os.system("clear")
    os.system("make -C %s assets" % shlex.quote(args.build_dir))
    # expect: command-injection
    os.system("tar -czf /tmp/release-" + sys.argv[1] + ".tgz " + args.build_dir)


if __name__ == "__main__":
    if sys.argv[1:2] == ["restart"]:
        restart(sys.argv[2:])
    else:
        main()
