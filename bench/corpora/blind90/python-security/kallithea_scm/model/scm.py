"""ScmModel: runs git for the controllers."""
import os
import subprocess

from kallithea_scm.lib.utils2 import is_valid_ref

REPOS_BASE = "/srv/kallithea/repos"


class ScmModel:
    def __init__(self, sa=None):
        self.sa = sa

    def repo_path(self, repo_name):
        return os.path.join(REPOS_BASE, repo_name)

    def get_diff(self, repo_name, org_ref, other_ref, context=3):
        cwd = self.repo_path(repo_name)
        # expect: command-injection
        return subprocess.check_output("git diff -U%d %s..%s" % (context, org_ref, other_ref), shell=True, cwd=cwd)

    def get_diff_checked(self, repo_name, org_ref, other_ref, context=3):
        if not (is_valid_ref(org_ref) and is_valid_ref(other_ref)):
            raise ValueError("bad ref")
        cwd = self.repo_path(repo_name)
        return subprocess.check_output(["git", "diff", "-U%d" % int(context), "%s..%s" % (org_ref, other_ref), "--"], cwd=cwd)

    def read_raw(self, repo_name, f_path):
        base = self.repo_path(repo_name)
        full = os.path.join(base, f_path)
        # expect: path-traversal
        with open(full, "rb") as fh:
            return fh.read()

    def read_raw_checked(self, repo_name, f_path):
        base = os.path.realpath(self.repo_path(repo_name))
        full = os.path.realpath(os.path.join(base, f_path))
        if os.path.commonpath([base, full]) != base:
            raise PermissionError(f_path)
        with open(full, "rb") as fh:
            return fh.read()
