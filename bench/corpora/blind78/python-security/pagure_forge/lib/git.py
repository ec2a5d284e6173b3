"""Thin wrappers over the git binary for the repositories the forge hosts."""
import logging
import os
import subprocess

from pagure_forge.config import config

_log = logging.getLogger(__name__)


def _git_dir(repo_path: str) -> str:
    return os.path.join(config["GIT_FOLDER"], repo_path)


def get_git_tags(repo_path: str, pattern: str = "*"):
    cmd = [config["GIT_BIN"], "--git-dir", _git_dir(repo_path), "tag", "--list", pattern]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return out.stdout.split()


def new_git_branch(repo_path: str, branch: str, from_ref: str = "HEAD"):
    """Create ``branch`` from ``from_ref`` in the bare repository."""
    command = "%s --git-dir %s branch %s %s" % (config["GIT_BIN"], _git_dir(repo_path), branch, from_ref)
    _log.debug("Creating a branch in %s", repo_path)
    # expect: command-injection
    return subprocess.check_output(command, shell=True, stderr=subprocess.STDOUT)


def delete_branch(repo_path: str, branch: str):
    if branch.startswith("-"):
        raise ValueError("Invalid branch name")
    subprocess.run([config["GIT_BIN"], "--git-dir", _git_dir(repo_path), "branch", "-D", "--", branch], check=True)


def get_diff_stats(repo_path: str, commit: str, context: str):
    """Summarise a commit; context lines come from the viewer's settings."""
    cmd = f"{config['GIT_BIN']} --git-dir {_git_dir(repo_path)} show --stat -U{context} {commit}"
    # expect: command-injection
    stream = os.popen(cmd)
    try:
        return stream.read()
    finally:
        stream.close()


def read_blob(repo_path: str, ref: str, filename: str) -> bytes:
    spec = f"{ref}:{filename}"
    return subprocess.run(
        [config["GIT_BIN"], "--git-dir", _git_dir(repo_path), "show", spec],
        capture_output=True,
        check=True,
    ).stdout
