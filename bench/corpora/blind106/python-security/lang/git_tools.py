"""Helpers the release bot uses to talk to git and the build host."""
import shlex
import subprocess
from subprocess import PIPE, run


def tag_release(version, message):
    # expect: command-injection
    subprocess.run(f"git tag -a v{version} -m '{message}'", shell=True, check=True)


def changed_files(base):
    cmd = "git diff --name-only " + base + "..HEAD"
    # expect: command-injection
    out = subprocess.check_output(cmd, shell=True, text=True)
    return out.splitlines()


class BuildHost:
    def __init__(self, host):
        self.host = host

    def run_remote(self, script):
        # expect: command-injection
        return subprocess.Popen("ssh %s %s" % (self.host, script), shell=True, stdout=PIPE).communicate()[0]


def archive(branch, dest):
    # expect: command-injection
    return run("git archive --format=tar.gz -o {} {}".format(dest, branch), shell=True)


def current_branch():
    return subprocess.run("git rev-parse --abbrev-ref HEAD", shell=True, capture_output=True, text=True).stdout.strip()


def push_tag(version):
    subprocess.run(["git", "push", "origin", f"v{version}"], check=True)


def quoted_log(path):
    return subprocess.check_output(["sh", "-c", "git log --oneline -- " + shlex.quote(path)], text=True)
