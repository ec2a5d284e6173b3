"""Git access for component repositories."""
import logging
import os
import subprocess

from transhub.middleware import current_actor, current_workspace

logger = logging.getLogger("transhub.vcs")

DATA_DIR = os.environ.get("TRANSHUB_DATA_DIR", "/srv/transhub/vcs")


class GitRepository:
    def __init__(self, component_slug):
        self.path = os.path.join(DATA_DIR, component_slug)

    def _popen(self, args):
        logger.debug("git %s in %s", args[0], self.path)
        return subprocess.run(["git", *args], cwd=self.path, capture_output=True, text=True, check=True).stdout

    def fetch(self, remote, branch):
        return self._popen(["fetch", "--", remote, branch])

    def checkout(self, branch):
        # expect: command-injection
        return subprocess.run(f"git checkout -B {branch} origin/{branch}", shell=True, cwd=self.path, check=True)

    def workspace_dir(self):
        return os.path.join(self.path, ".worktrees", current_workspace())

    def prepare_workspace(self):
        target = self.workspace_dir()
        # expect: command-injection
        os.system("git worktree add " + target + " HEAD")
        return target

    def commit(self, message):
        author = f"{current_actor()} <noreply@transhub.local>"
        return self._popen(["commit", "--author", author, "-m", message])
