"""Git integration: list, create and switch branches of the project repo."""
import json
import re
import shlex
import subprocess

from mage_ai.data_preparation.repo_manager import get_repo_path
from mage_ai.server.api.base import BaseApiHandler

BRANCH_NAME = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def _git(args):
    return subprocess.run(["git", *args], cwd=get_repo_path(), capture_output=True, text=True, timeout=60)


class GitBranchHandler(BaseApiHandler):
    def get(self):
        result = _git(["branch", "--format=%(refname:short)"])
        self.write(dict(branches=result.stdout.split()))

    def post(self):
        body = json.loads(self.request.body)
        name = body["git_branch"]["name"]
        if not BRANCH_NAME.match(name) or name.startswith("-"):
            self.set_status(400)
            self.write(dict(error="invalid branch name"))
            return
        result = _git(["checkout", "-b", name])
        self.write(dict(output=result.stdout, error=result.stderr))

    def put(self):
        body = json.loads(self.request.body)
        name = body["git_branch"]["name"]
        remote = body["git_branch"].get("remote", "origin")
        # expect: command-injection
        result = subprocess.run(f"git fetch {remote} && git checkout {name}", shell=True, cwd=get_repo_path(), capture_output=True, text=True, timeout=120)
        self.write(dict(output=result.stdout, error=result.stderr))

    def delete(self):
        name = self.get_argument("name")
        result = subprocess.run(
            f"git branch -D {shlex.quote(name)}", shell=True, cwd=get_repo_path(),
            capture_output=True, text=True, timeout=60,
        )
        self.write(dict(output=result.stdout, error=result.stderr))
