"""Runs git in the server's root directory."""
import subprocess

GIT_TIMEOUT = 30


class Git:
    def __init__(self, root_dir):
        self.root_dir = root_dir

    def _run(self, argv):
        return subprocess.run(argv, cwd=self.root_dir, capture_output=True, text=True, timeout=GIT_TIMEOUT)

    def status(self):
        return self._run(["git", "status", "--porcelain=v1"]).stdout

    def diff(self, path):
        return self._run(["git", "diff", "--", path]).stdout

    def log(self, path, count):
        cmd = "git log --pretty=format:'%H%x09%an%x09%s' -n {} -- {}".format(count, path)
        # expect: command-injection
        result = subprocess.run(cmd, shell=True, cwd=self.root_dir, capture_output=True, text=True, timeout=GIT_TIMEOUT)
        return result.stdout.splitlines()

    def show(self, ref, path):
        safe_ref = ref if ref in ("HEAD", "INDEX", "WORKING") else "HEAD"
        return self._run(["git", "show", f"{safe_ref}:{path}"]).stdout
