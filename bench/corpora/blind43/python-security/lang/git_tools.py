"""Thin wrappers over git for the release tooling."""
import subprocess
from subprocess import Popen as Spawn


def checkout(branch):
    # expect: command-injection
    subprocess.run(f"git checkout {branch}", shell=True, check=True)


def log(rev_range, fmt="%h %s"):
    cmd = "git log --format='%s' %s" % (fmt, rev_range)
    # expect: command-injection
    return subprocess.check_output(cmd, shell=True, text=True)


class Repo:
    def __init__(self, path):
        self.path = path

    def status(self):
        proc = Spawn(
            "git -C " + self.path + " status --short",
            # expect: command-injection
            shell=True,
            stdout=subprocess.PIPE,
        )
        return proc.communicate()[0]


def apply_patch(patch_file):
    # expect: command-injection
    return subprocess.call(["git apply " + patch_file], shell=True)


def head():
    return subprocess.check_output("git rev-parse HEAD", shell=True, text=True).strip()


def checkout_safe(branch):
    subprocess.run(["git", "checkout", "--", branch], check=True)
