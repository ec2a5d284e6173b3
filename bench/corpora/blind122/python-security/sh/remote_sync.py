"""Mirrors customer repositories to the build hosts with the `sh` package."""
import logging
import os

import sh

log = logging.getLogger(__name__)

HOOKS_DIR = "/srv/mirror/hooks"
REPORTS_DIR = "/srv/mirror/reports"
CACHE_DIR = "/var/cache/mirror"
ALLOWED_HOOKS = {"pre": "pre_sync.sh", "post": "post_sync.sh"}


def host_uptime(target):
    """target comes from the build-host form: "user@host"."""
    return sh.ssh("-o", "BatchMode=yes", "--", target, "uptime")


def open_tunnel(form):
    user = form["user"]
    host = form["host"]
    # expect: command-injection
    return sh.ssh(f"{user}@{host}", _bg=True)


def run_hook(hook_name):
    """hook_name is the `hook` field of the mirror's settings page."""
    # expect: command-injection
    return sh.bash(HOOKS_DIR + "/" + hook_name)


def build_report(report_name):
    # expect: command-injection
    out = sh.python3("{}/{}.py".format(REPORTS_DIR, report_name))
    return str(out)


def run_known_hook(kind):
    return sh.bash(os.path.join(HOOKS_DIR, ALLOWED_HOOKS[kind]))


def clone(repo_url, dest):
    sh.git("clone", "--depth", "1", "--", repo_url, dest)
    log.info("cloned %s", repo_url)


def list_cache():
    return sh.ls("-1", CACHE_DIR).split()


def disk_usage(path):
    return sh.du("-sh", path).split()[0]
