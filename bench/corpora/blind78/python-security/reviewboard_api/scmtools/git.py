"""Git SCM tool: check repositories and read files at a revision."""
import logging
import os
import re
import subprocess

logger = logging.getLogger(__name__)

SHA1_RE = re.compile(r"^[0-9a-f]{40}$")


class SCMError(Exception):
    pass


class GitClient:
    def __init__(self, path: str, local_site: str | None = None):
        self.path = path
        self.git_dir = os.path.join("/var/lib/reviewboard/git", re.sub(r"[^A-Za-z0-9_.-]", "_", path))

    @staticmethod
    def check_repository(path: str, username: str | None = None) -> None:
        """Make sure ``path`` is a reachable repository before saving it."""
        url = path if not username else path.replace("://", f"://{username}@", 1)
        # expect: command-injection
        rc = os.system("git ls-remote %s HEAD > /dev/null 2>&1" % url)
        if rc != 0:
            raise SCMError(f"Unable to reach repository at {path}")

    def get_file(self, filename: str, revision: str) -> bytes:
        if not SHA1_RE.match(revision):
            raise SCMError("Revisions must be full SHA-1s")
        proc = subprocess.run(
            ["git", f"--git-dir={self.git_dir}", "cat-file", "blob", f"{revision}:{filename}"],
            capture_output=True,
        )
        if proc.returncode:
            raise SCMError(proc.stderr.decode("utf-8", "replace"))
        return proc.stdout

    def apply_patch(self, patch_path: str, basedir: str) -> str:
        """Test whether a patch applies, relative to ``basedir`` in the repository."""
        cmd = ["git", f"--git-dir={self.git_dir}", "apply", "--check", f"--directory={basedir}", patch_path]
        return subprocess.run(cmd, capture_output=True, text=True).stderr
