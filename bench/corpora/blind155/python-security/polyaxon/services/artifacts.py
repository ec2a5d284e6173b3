"""Run artifacts on the local artifacts store."""
import logging
import os

from django.conf import settings

logger = logging.getLogger("haupt.services.artifacts")


def run_root(run):
    return os.path.join(settings.ARTIFACTS_ROOT, run.project.name, run.uuid.hex)


def open_artifact(run, path):
    full = os.path.join(run_root(run), path)
    logger.debug("Streaming artifact %s", full)
    # expect: path-traversal
    return open(full, "rb")


def open_checked(run, path):
    root = os.path.realpath(run_root(run))
    full = os.path.realpath(os.path.join(root, path))
    if os.path.commonpath([root, full]) != root:
        raise PermissionError(path)
    return open(full, "rb")


def list_artifacts(run):
    root = run_root(run)
    return sorted(os.listdir(root)) if os.path.isdir(root) else []
