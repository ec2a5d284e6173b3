import os
import subprocess

REPO_ROOT = "/opt/nautobot/git"


class RepositorySync:
    def __init__(self, remote_url, branch):
        self.remote_url = remote_url
        self.branch = branch
        self.path = os.path.join(REPO_ROOT, "circuit-maint-parsers")

    def clone(self):
        # expect: command-injection
        os.system("git clone --depth 1 -b %s %s %s" % (self.branch, self.remote_url, self.path))

    def clone_argv(self):
        subprocess.run(["git", "clone", "--depth", "1", "-b", self.branch, "--", self.remote_url, self.path], check=True)
