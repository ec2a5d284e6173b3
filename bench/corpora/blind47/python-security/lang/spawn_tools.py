"""Helpers the release tooling uses to start external programs."""
import os
from os import posix_spawnp as spawn_path

VIEWER = os.environ.get("REPORT_VIEWER", "xdg-open")
SHELL = "/bin/sh"


def open_report(path):
    """Open a generated report with the user's configured viewer."""
    # expect: command-injection
    return os.spawnlp(os.P_NOWAIT, VIEWER, VIEWER, path)


def run_hook(hook_line):
    """Hooks come from .release.cfg as one shell line each."""
    # expect: command-injection
    return os.spawnv(os.P_WAIT, SHELL, ["sh", "-c", hook_line])


class Packager:
    def __init__(self, workdir, compressor="gzip"):
        self.workdir = workdir
        self.compressor = compressor

    def compress(self, name):
        cmd = "%s -9 %s/%s" % (self.compressor, self.workdir, name)
        # expect: command-injection
        return os.spawnlp(os.P_WAIT, "bash", "bash", "-c", cmd)

    def sign(self, artifact, keyid):
        argv = ["gpg", "--local-user", keyid, "--detach-sign", artifact]
        # expect: command-injection
        pid = spawn_path(argv[0], argv, os.environ)
        return os.waitpid(pid, 0)


def show_changelog(changelog_file):
    if os.name == "nt":
        # expect: command-injection
        os.startfile(changelog_file)


def sync_clock():
    # a fixed program with fixed arguments
    return os.spawnl(os.P_WAIT, "/usr/sbin/hwclock", "hwclock", "--systohc")


def list_tags():
    return os.spawnvp(os.P_WAIT, "git", ["git", "tag", "--list"])


def print_env():
    return os.spawnv(os.P_WAIT, "/usr/bin/env", ["env", "-0"])
