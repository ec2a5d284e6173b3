"""Mirrors customer repositories onto the build hosts (uses the `sh` package)."""
import logging
from pathlib import Path

import sh

log = logging.getLogger(__name__)

MIRROR_ROOT = Path("/srv/mirrors")
BUILD_HOSTS = ("build-01.internal", "build-02.internal")


def mirror_path(project_slug: str) -> Path:
    return MIRROR_ROOT / f"{project_slug}.git"


def clone_mirror(project_slug, repo_url):
    dest = mirror_path(project_slug)
    sh.git("clone", "--mirror", "--", repo_url, str(dest))
    sh.touch(str(dest) + "/git-daemon-export-ok")
    return dest


def refresh(project_slug):
    sh.git("remote", "update", "--prune", _cwd=str(mirror_path(project_slug)))


def prepare_incoming():
    sh.mkdir("-p", str(MIRROR_ROOT) + "/incoming")


def remote_size(host, branch_dir):
    """branch_dir comes from the branch name a customer pushed."""
    # expect: command-injection
    out = sh.ssh(host, "du -sh /srv/checkouts/" + branch_dir)
    return out.split()[0]


def sync_to_build_hosts(project_slug):
    src = str(mirror_path(project_slug)) + "/"
    for host in BUILD_HOSTS:
        sh.rsync("-a", "--delete", "--", src, f"{host}:/srv/mirrors/{project_slug}.git/")


def archive_branch(project_slug, branch):
    dest = f"/srv/archives/{project_slug}-{branch}.tar.gz"
    # expect: command-injection
    sh.bash("-c", f"git -C {mirror_path(project_slug)} archive {branch} | gzip > {dest}")
    return dest


def branch_log(project_slug, branch, limit=20):
    return sh.git("log", f"--max-count={int(limit)}", "--format=%h %s", branch, "--", _cwd=str(mirror_path(project_slug)))
