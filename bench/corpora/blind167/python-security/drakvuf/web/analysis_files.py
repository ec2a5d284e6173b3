"""Where an analysis keeps its files, and reading them back for the web API."""
import os

from flask import abort

ANALYSES_DIR = os.environ.get("DRAKRUN_ANALYSES_DIR", "/var/lib/drakrun/analyses")

LOG_TYPES = frozenset(
    {
        "apimon",
        "bsodmon",
        "filetracer",
        "memdump",
        "procmon",
        "regmon",
        "socketmon",
        "syscalls",
        "tlsmon",
    }
)


def analysis_dir(task_uid):
    return os.path.join(ANALYSES_DIR, task_uid)


def screenshot_dir(task_uid):
    return os.path.join(analysis_dir(task_uid), "screenshots")


def read_log(task_uid, log_name):
    """Return one plugin log of an analysis (first API version: 'apimon.log')."""
    path = os.path.join(analysis_dir(task_uid), log_name)
    if not os.path.isfile(path):
        abort(404)
    # expect: path-traversal
    with open(path, "rb") as fh:
        return fh.read()


def read_checked_log(task_uid, log_type):
    """Return one plugin log of an analysis; both names are checked."""
    if log_type not in LOG_TYPES:
        abort(404)
    base = os.path.realpath(ANALYSES_DIR)
    path = os.path.realpath(os.path.join(base, task_uid, f"{log_type}.log"))
    if os.path.commonpath([base, path]) != base or not os.path.isfile(path):
        abort(404)
    with open(path, "rb") as fh:
        return fh.read()


def write_metadata(task_uid, blob):
    os.makedirs(analysis_dir(task_uid), exist_ok=True)
    with open(os.path.join(analysis_dir(task_uid), "metadata.json"), "w") as fh:
        fh.write(blob)
