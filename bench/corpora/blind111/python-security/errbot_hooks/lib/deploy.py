"""Deploy helpers used by the CI webhook plugin."""
import re
import subprocess

REPOS = {"api": "/srv/api", "web": "/srv/web"}
REF_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


class Deployer:
    def __init__(self, repo_dir):
        self.repo_dir = repo_dir

    def checkout(self, ref):
        # expect: command-injection
        return subprocess.run(f"git -C {self.repo_dir} fetch origin && git -C {self.repo_dir} checkout {ref}", shell=True, capture_output=True, text=True)

    def checkout_checked(self, ref):
        if not REF_RE.match(ref) or ref.startswith("-"):
            raise ValueError("bad ref")
        return subprocess.run(["git", "-C", self.repo_dir, "checkout", ref], capture_output=True, text=True)


def deployer_for(repo_name):
    return Deployer(REPOS.get(repo_name, REPOS["api"]))
